-- DropIndex
DROP INDEX "Honour_regionId_honourTitleId_status_period_citationId_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "text" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "birthDate" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "PolicyDocument" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredBy" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Honour" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredBy" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ReportedFigure" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredBy" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "FundingAllocation" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredBy" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "CraftsmanStudio" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredBy" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "DemonstrationPoint" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredBy" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "InnovationProject" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredBy" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityKey_id_idx" ON "AuditEntry"("entity", "entityKey", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_actor_id_idx" ON "AuditEntry"("actor", "id");

-- CreateIndex
CREATE INDEX "Honour_regionId_honourTitleId_status_period_citationId_reti_idx" ON "Honour"("regionId", "honourTitleId", "status", "period", "citationId", "retiredAt");

