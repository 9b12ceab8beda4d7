-- Sort and search keys of names (records/name-keys.ts). Rows written before this migration get theirs from
-- `npm run db:migrate`, which fills every empty key after migrating (store/name-keys-backfill.ts).

-- AlterTable
ALTER TABLE "Region" ADD COLUMN "sortKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Region" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "sortKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Organisation" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "sortKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Person" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "PolicyDocument" ADD COLUMN "sortKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PolicyDocument" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "HonourTitle" ADD COLUMN "sortKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "HonourTitle" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "SkillCompetition" ADD COLUMN "sortKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SkillCompetition" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Region_sortKey_id_idx" ON "Region"("sortKey", "id");

-- CreateIndex
CREATE INDEX "Organisation_sortKey_id_idx" ON "Organisation"("sortKey", "id");

-- CreateIndex
CREATE INDEX "Person_sortKey_id_idx" ON "Person"("sortKey", "id");

-- CreateIndex
CREATE INDEX "PolicyDocument_sortKey_id_idx" ON "PolicyDocument"("sortKey", "id");

-- CreateIndex
CREATE INDEX "HonourTitle_sortKey_id_idx" ON "HonourTitle"("sortKey", "id");

-- CreateIndex
CREATE INDEX "SkillCompetition_sortKey_id_idx" ON "SkillCompetition"("sortKey", "id");
