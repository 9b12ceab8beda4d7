-- AlterTable
ALTER TABLE "Region" ADD COLUMN "talliedAt" DATETIME;

-- CreateTable
CREATE TABLE "RecordTotal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "honourTitleId" INTEGER NOT NULL DEFAULT 0,
    "honourStatus" TEXT NOT NULL DEFAULT '',
    "fundingPurpose" TEXT NOT NULL DEFAULT '',
    "qualifier" TEXT NOT NULL DEFAULT '',
    "recordCount" INTEGER NOT NULL,
    "amountCny" BIGINT,
    "amountCnyMax" BIGINT
);

-- CreateIndex
CREATE UNIQUE INDEX "RecordTotal_kind_regionId_honourTitleId_honourStatus_fundingPurpose_qualifier_key" ON "RecordTotal"("kind", "regionId", "honourTitleId", "honourStatus", "fundingPurpose", "qualifier");


-- Total the tallies already stored, as the write path does (src/writes/record-tallies.ts).
INSERT INTO "RecordTotal" ("kind", "regionId", "honourTitleId", "honourStatus", "fundingPurpose", "qualifier", "recordCount", "amountCny", "amountCnyMax")
SELECT "kind", "regionId", "honourTitleId", "honourStatus", "fundingPurpose", "qualifier", SUM("recordCount"), SUM("amountCny"), SUM("amountCnyMax")
FROM "RecordTally"
GROUP BY "kind", "regionId", "honourTitleId", "honourStatus", "fundingPurpose", "qualifier";
