-- AlterTable
ALTER TABLE "ReportedFigure" ADD COLUMN     "disputed" BOOLEAN NOT NULL DEFAULT false;


-- Reports of one fact (same subject, indicator, facet and period, both standing) that give numbers
-- neither can be are marked disputed, as src/store/latest-figures.ts marks them on every write.
UPDATE "ReportedFigure" SET "disputed" = true
WHERE "retiredAt" IS NULL AND EXISTS (
  SELECT 1 FROM "ReportedFigure" AS other
  WHERE other."id" <> "ReportedFigure"."id" AND other."retiredAt" IS NULL
    AND other."indicatorId" = "ReportedFigure"."indicatorId"
    AND other."regionId" IS NOT DISTINCT FROM "ReportedFigure"."regionId"
    AND other."organisationId" IS NOT DISTINCT FROM "ReportedFigure"."organisationId"
    AND other."honourTitleId" IS NOT DISTINCT FROM "ReportedFigure"."honourTitleId"
    AND other."honourStatus" IS NOT DISTINCT FROM "ReportedFigure"."honourStatus"
    AND other."skillCompetitionId" IS NOT DISTINCT FROM "ReportedFigure"."skillCompetitionId"
    AND other."policyDocumentId" IS NOT DISTINCT FROM "ReportedFigure"."policyDocumentId"
    AND other."period" IS NOT DISTINCT FROM "ReportedFigure"."period"
    AND (
      -- this one's least is above the other's most, or the other's least above this one's most
      (CASE "ReportedFigure"."qualifier" WHEN 'AT_MOST' THEN 0 ELSE "ReportedFigure"."value" END)
        > (CASE other."qualifier" WHEN 'AT_LEAST' THEN NULL WHEN 'RANGE' THEN COALESCE(other."valueMax", other."value") ELSE other."value" END)
      OR (CASE other."qualifier" WHEN 'AT_MOST' THEN 0 ELSE other."value" END)
        > (CASE "ReportedFigure"."qualifier" WHEN 'AT_LEAST' THEN NULL WHEN 'RANGE' THEN COALESCE("ReportedFigure"."valueMax", "ReportedFigure"."value") ELSE "ReportedFigure"."value" END)
    )
);
