-- AlterTable
ALTER TABLE "ReportedFigure" ADD COLUMN     "latestOfFacet" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "ReportedFigure_indicatorId_latestOfFacet_regionId_idx" ON "ReportedFigure"("indicatorId", "latestOfFacet", "regionId");


-- Mark the reports already stored, as the write path does (src/writes/latest-figures.ts).
UPDATE "ReportedFigure" SET "latestOfFacet" = true WHERE "id" IN (
  SELECT MAX("id") FROM "ReportedFigure" WHERE "retiredAt" IS NULL
  GROUP BY "indicatorId", "regionId", "organisationId", "honourTitleId", "honourStatus", "skillCompetitionId", "policyDocumentId"
);
