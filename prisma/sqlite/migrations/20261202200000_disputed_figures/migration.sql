-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReportedFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    "qualifier" TEXT NOT NULL,
    "value" BIGINT NOT NULL,
    "valueMax" BIGINT,
    "statedAs" TEXT NOT NULL,
    "period" TEXT,
    "honourTitleId" INTEGER,
    "honourStatus" TEXT,
    "skillCompetitionId" INTEGER,
    "policyDocumentId" INTEGER,
    "citationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "retiredBy" TEXT,
    "latestOfFacet" BOOLEAN NOT NULL DEFAULT false,
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ReportedFigure_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_honourTitleId_fkey" FOREIGN KEY ("honourTitleId") REFERENCES "HonourTitle" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_skillCompetitionId_fkey" FOREIGN KEY ("skillCompetitionId") REFERENCES "SkillCompetition" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_policyDocumentId_fkey" FOREIGN KEY ("policyDocumentId") REFERENCES "PolicyDocument" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReportedFigure" ("citationId", "honourStatus", "honourTitleId", "id", "indicatorId", "key", "latestOfFacet", "organisationId", "period", "policyDocumentId", "qualifier", "regionId", "retiredAt", "retiredBy", "skillCompetitionId", "statedAs", "value", "valueMax", "version") SELECT "citationId", "honourStatus", "honourTitleId", "id", "indicatorId", "key", "latestOfFacet", "organisationId", "period", "policyDocumentId", "qualifier", "regionId", "retiredAt", "retiredBy", "skillCompetitionId", "statedAs", "value", "valueMax", "version" FROM "ReportedFigure";
DROP TABLE "ReportedFigure";
ALTER TABLE "new_ReportedFigure" RENAME TO "ReportedFigure";
CREATE UNIQUE INDEX "ReportedFigure_key_key" ON "ReportedFigure"("key");
CREATE INDEX "ReportedFigure_regionId_indicatorId_idx" ON "ReportedFigure"("regionId", "indicatorId");
CREATE INDEX "ReportedFigure_organisationId_indicatorId_idx" ON "ReportedFigure"("organisationId", "indicatorId");
CREATE INDEX "ReportedFigure_indicatorId_latestOfFacet_regionId_idx" ON "ReportedFigure"("indicatorId", "latestOfFacet", "regionId");
CREATE INDEX "ReportedFigure_indicatorId_period_idx" ON "ReportedFigure"("indicatorId", "period");
CREATE INDEX "ReportedFigure_regionId_id_idx" ON "ReportedFigure"("regionId", "id");
CREATE INDEX "ReportedFigure_organisationId_id_idx" ON "ReportedFigure"("organisationId", "id");
CREATE INDEX "ReportedFigure_indicatorId_regionId_organisationId_honourTitleId_honourStatus_skillCompetitionId_policyDocumentId_period_retiredAt_id_idx" ON "ReportedFigure"("indicatorId", "regionId", "organisationId", "honourTitleId", "honourStatus", "skillCompetitionId", "policyDocumentId", "period", "retiredAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Reports of one fact (same subject, indicator, facet and period, both standing) that give numbers
-- neither can be are marked disputed, as src/store/latest-figures.ts marks them on every write.
UPDATE "ReportedFigure" SET "disputed" = true
WHERE "retiredAt" IS NULL AND EXISTS (
  SELECT 1 FROM "ReportedFigure" AS other
  WHERE other."id" <> "ReportedFigure"."id" AND other."retiredAt" IS NULL
    AND other."indicatorId" = "ReportedFigure"."indicatorId"
    AND other."regionId" IS "ReportedFigure"."regionId"
    AND other."organisationId" IS "ReportedFigure"."organisationId"
    AND other."honourTitleId" IS "ReportedFigure"."honourTitleId"
    AND other."honourStatus" IS "ReportedFigure"."honourStatus"
    AND other."skillCompetitionId" IS "ReportedFigure"."skillCompetitionId"
    AND other."policyDocumentId" IS "ReportedFigure"."policyDocumentId"
    AND other."period" IS "ReportedFigure"."period"
    AND (
      -- this one's least is above the other's most, or the other's least above this one's most
      (CASE "ReportedFigure"."qualifier" WHEN 'AT_MOST' THEN 0 ELSE "ReportedFigure"."value" END)
        > (CASE other."qualifier" WHEN 'AT_LEAST' THEN NULL WHEN 'RANGE' THEN COALESCE(other."valueMax", other."value") ELSE other."value" END)
      OR (CASE other."qualifier" WHEN 'AT_MOST' THEN 0 ELSE other."value" END)
        > (CASE "ReportedFigure"."qualifier" WHEN 'AT_LEAST' THEN NULL WHEN 'RANGE' THEN COALESCE("ReportedFigure"."valueMax", "ReportedFigure"."value") ELSE "ReportedFigure"."value" END)
    )
);
