-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('HONOURS', 'FUNDING', 'CRAFTSMAN_STUDIOS', 'DEMONSTRATION_POINTS', 'INNOVATION_PROJECTS', 'SKILL_COMPETITIONS', 'SERVICE_FACILITIES');

-- CreateTable
CREATE TABLE "RecordTally" (
    "id" SERIAL NOT NULL,
    "kind" "RecordKind" NOT NULL,
    "regionId" INTEGER NOT NULL,
    "honourTitleId" INTEGER NOT NULL DEFAULT 0,
    "honourStatus" TEXT NOT NULL DEFAULT '',
    "fundingPurpose" TEXT NOT NULL DEFAULT '',
    "qualifier" TEXT NOT NULL DEFAULT '',
    "year" INTEGER NOT NULL DEFAULT 0,
    "citationId" INTEGER NOT NULL,
    "recordCount" INTEGER NOT NULL,
    "amountCny" BIGINT,
    "amountCnyMax" BIGINT,

    CONSTRAINT "RecordTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecordTally_kind_regionId_honourTitleId_honourStatus_fundin_key" ON "RecordTally"("kind", "regionId", "honourTitleId", "honourStatus", "fundingPurpose", "qualifier", "year", "citationId");

-- CreateIndex
CREATE INDEX "ReportedFigure_indicatorId_regionId_organisationId_honourTi_idx" ON "ReportedFigure"("indicatorId", "regionId", "organisationId", "honourTitleId", "honourStatus", "skillCompetitionId", "policyDocumentId", "period", "retiredAt", "id");


-- Tally the records already stored, as the write path would (src/writes/record-tallies.ts).
INSERT INTO "RecordTally" ("kind", "regionId", "honourTitleId", "honourStatus", "year", "citationId", "recordCount")
SELECT 'HONOURS', "regionId", "honourTitleId", CAST("status" AS TEXT), COALESCE(CAST(SUBSTR("period", 1, 4) AS INTEGER), 0), "citationId", COUNT(*)
FROM "Honour" WHERE "retiredAt" IS NULL AND "regionId" IS NOT NULL
GROUP BY "regionId", "honourTitleId", CAST("status" AS TEXT), COALESCE(CAST(SUBSTR("period", 1, 4) AS INTEGER), 0), "citationId";

INSERT INTO "RecordTally" ("kind", "regionId", "fundingPurpose", "qualifier", "year", "citationId", "recordCount", "amountCny", "amountCnyMax")
SELECT 'FUNDING', "regionId", CAST("purpose" AS TEXT), CAST("qualifier" AS TEXT), COALESCE(CAST(SUBSTR("period", 1, 4) AS INTEGER), 0), "citationId", COUNT(*), SUM("amountCny"), SUM("amountCnyMax")
FROM "FundingAllocation" WHERE "retiredAt" IS NULL
GROUP BY "regionId", CAST("purpose" AS TEXT), CAST("qualifier" AS TEXT), COALESCE(CAST(SUBSTR("period", 1, 4) AS INTEGER), 0), "citationId";

INSERT INTO "RecordTally" ("kind", "regionId", "citationId", "recordCount")
SELECT 'CRAFTSMAN_STUDIOS', "regionId", "citationId", COUNT(*) FROM "CraftsmanStudio" WHERE "retiredAt" IS NULL GROUP BY "regionId", "citationId";

INSERT INTO "RecordTally" ("kind", "regionId", "citationId", "recordCount")
SELECT 'DEMONSTRATION_POINTS', "regionId", "citationId", COUNT(*) FROM "DemonstrationPoint" WHERE "retiredAt" IS NULL GROUP BY "regionId", "citationId";

INSERT INTO "RecordTally" ("kind", "regionId", "citationId", "recordCount")
SELECT 'INNOVATION_PROJECTS', "regionId", "citationId", COUNT(*) FROM "InnovationProject" WHERE "retiredAt" IS NULL GROUP BY "regionId", "citationId";

INSERT INTO "RecordTally" ("kind", "regionId", "citationId", "recordCount")
SELECT 'SKILL_COMPETITIONS', "regionId", "citationId", COUNT(*) FROM "SkillCompetition" WHERE "regionId" IS NOT NULL GROUP BY "regionId", "citationId";

INSERT INTO "RecordTally" ("kind", "regionId", "citationId", "recordCount")
SELECT 'SERVICE_FACILITIES', "regionId", "citationId", COUNT(*) FROM "ServiceFacility" GROUP BY "regionId", "citationId";
