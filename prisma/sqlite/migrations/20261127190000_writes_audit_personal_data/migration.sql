-- AlterTable
ALTER TABLE "Article" ADD COLUMN "text" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "birthDate" TEXT;
ALTER TABLE "Person" ADD COLUMN "email" TEXT;
ALTER TABLE "Person" ADD COLUMN "phone" TEXT;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PolicyDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "issued" TEXT,
    "summaryZh" TEXT,
    "summaryEn" TEXT,
    "citationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "retiredBy" TEXT,
    CONSTRAINT "PolicyDocument_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PolicyDocument" ("citationId", "id", "issued", "kind", "status", "summaryEn", "summaryZh", "titleEn", "titleZh") SELECT "citationId", "id", "issued", "kind", "status", "summaryEn", "summaryZh", "titleEn", "titleZh" FROM "PolicyDocument";
DROP TABLE "PolicyDocument";
ALTER TABLE "new_PolicyDocument" RENAME TO "PolicyDocument";
CREATE UNIQUE INDEX "PolicyDocument_titleZh_key" ON "PolicyDocument"("titleZh");
CREATE INDEX "PolicyDocument_issued_idx" ON "PolicyDocument"("issued");
CREATE TABLE "new_Honour" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "honourTitleId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "personId" INTEGER,
    "organisationId" INTEGER,
    "regionId" INTEGER,
    "period" TEXT,
    "citationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "retiredBy" TEXT,
    CONSTRAINT "Honour_honourTitleId_fkey" FOREIGN KEY ("honourTitleId") REFERENCES "HonourTitle" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Honour_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Honour_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Honour_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Honour_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Honour" ("citationId", "honourTitleId", "id", "key", "organisationId", "period", "personId", "regionId", "status") SELECT "citationId", "honourTitleId", "id", "key", "organisationId", "period", "personId", "regionId", "status" FROM "Honour";
DROP TABLE "Honour";
ALTER TABLE "new_Honour" RENAME TO "Honour";
CREATE UNIQUE INDEX "Honour_key_key" ON "Honour"("key");
CREATE INDEX "Honour_honourTitleId_id_idx" ON "Honour"("honourTitleId", "id");
CREATE INDEX "Honour_personId_id_idx" ON "Honour"("personId", "id");
CREATE INDEX "Honour_organisationId_id_idx" ON "Honour"("organisationId", "id");
CREATE INDEX "Honour_regionId_honourTitleId_status_period_citationId_retiredAt_idx" ON "Honour"("regionId", "honourTitleId", "status", "period", "citationId", "retiredAt");
CREATE INDEX "Honour_regionId_id_idx" ON "Honour"("regionId", "id");
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
    CONSTRAINT "ReportedFigure_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_honourTitleId_fkey" FOREIGN KEY ("honourTitleId") REFERENCES "HonourTitle" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_skillCompetitionId_fkey" FOREIGN KEY ("skillCompetitionId") REFERENCES "SkillCompetition" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_policyDocumentId_fkey" FOREIGN KEY ("policyDocumentId") REFERENCES "PolicyDocument" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportedFigure_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReportedFigure" ("citationId", "honourStatus", "honourTitleId", "id", "indicatorId", "key", "organisationId", "period", "policyDocumentId", "qualifier", "regionId", "skillCompetitionId", "statedAs", "value", "valueMax") SELECT "citationId", "honourStatus", "honourTitleId", "id", "indicatorId", "key", "organisationId", "period", "policyDocumentId", "qualifier", "regionId", "skillCompetitionId", "statedAs", "value", "valueMax" FROM "ReportedFigure";
DROP TABLE "ReportedFigure";
ALTER TABLE "new_ReportedFigure" RENAME TO "ReportedFigure";
CREATE UNIQUE INDEX "ReportedFigure_key_key" ON "ReportedFigure"("key");
CREATE INDEX "ReportedFigure_regionId_indicatorId_idx" ON "ReportedFigure"("regionId", "indicatorId");
CREATE INDEX "ReportedFigure_organisationId_indicatorId_idx" ON "ReportedFigure"("organisationId", "indicatorId");
CREATE INDEX "ReportedFigure_indicatorId_period_idx" ON "ReportedFigure"("indicatorId", "period");
CREATE INDEX "ReportedFigure_regionId_id_idx" ON "ReportedFigure"("regionId", "id");
CREATE INDEX "ReportedFigure_organisationId_id_idx" ON "ReportedFigure"("organisationId", "id");
CREATE TABLE "new_FundingAllocation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "payerId" INTEGER,
    "regionId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL,
    "amountCny" BIGINT NOT NULL,
    "amountCnyMax" BIGINT,
    "statedAs" TEXT NOT NULL,
    "period" TEXT,
    "serviceFacilityId" INTEGER,
    "citationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "retiredBy" TEXT,
    CONSTRAINT "FundingAllocation_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FundingAllocation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FundingAllocation_serviceFacilityId_fkey" FOREIGN KEY ("serviceFacilityId") REFERENCES "ServiceFacility" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FundingAllocation_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_FundingAllocation" ("amountCny", "amountCnyMax", "citationId", "descriptionEn", "descriptionZh", "id", "key", "payerId", "period", "purpose", "qualifier", "regionId", "serviceFacilityId", "statedAs") SELECT "amountCny", "amountCnyMax", "citationId", "descriptionEn", "descriptionZh", "id", "key", "payerId", "period", "purpose", "qualifier", "regionId", "serviceFacilityId", "statedAs" FROM "FundingAllocation";
DROP TABLE "FundingAllocation";
ALTER TABLE "new_FundingAllocation" RENAME TO "FundingAllocation";
CREATE UNIQUE INDEX "FundingAllocation_key_key" ON "FundingAllocation"("key");
CREATE INDEX "FundingAllocation_regionId_purpose_qualifier_period_citationId_idx" ON "FundingAllocation"("regionId", "purpose", "qualifier", "period", "citationId");
CREATE INDEX "FundingAllocation_regionId_id_idx" ON "FundingAllocation"("regionId", "id");
CREATE INDEX "FundingAllocation_payerId_id_idx" ON "FundingAllocation"("payerId", "id");
CREATE TABLE "new_CraftsmanStudio" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "hostId" INTEGER,
    "leadId" INTEGER,
    "established" TEXT,
    "citationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "retiredBy" TEXT,
    CONSTRAINT "CraftsmanStudio_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CraftsmanStudio_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CraftsmanStudio_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CraftsmanStudio_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_CraftsmanStudio" ("citationId", "established", "hostId", "id", "leadId", "nameEn", "nameZh", "regionId") SELECT "citationId", "established", "hostId", "id", "leadId", "nameEn", "nameZh", "regionId" FROM "CraftsmanStudio";
DROP TABLE "CraftsmanStudio";
ALTER TABLE "new_CraftsmanStudio" RENAME TO "CraftsmanStudio";
CREATE UNIQUE INDEX "CraftsmanStudio_nameZh_key" ON "CraftsmanStudio"("nameZh");
CREATE INDEX "CraftsmanStudio_regionId_idx" ON "CraftsmanStudio"("regionId");
CREATE TABLE "new_DemonstrationPoint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "hostId" INTEGER,
    "designated" TEXT,
    "citationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "retiredBy" TEXT,
    CONSTRAINT "DemonstrationPoint_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DemonstrationPoint_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DemonstrationPoint_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_DemonstrationPoint" ("citationId", "designated", "hostId", "id", "nameEn", "nameZh", "regionId") SELECT "citationId", "designated", "hostId", "id", "nameEn", "nameZh", "regionId" FROM "DemonstrationPoint";
DROP TABLE "DemonstrationPoint";
ALTER TABLE "new_DemonstrationPoint" RENAME TO "DemonstrationPoint";
CREATE UNIQUE INDEX "DemonstrationPoint_nameZh_key" ON "DemonstrationPoint"("nameZh");
CREATE INDEX "DemonstrationPoint_regionId_idx" ON "DemonstrationPoint"("regionId");
CREATE TABLE "new_InnovationProject" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "ownerId" INTEGER,
    "period" TEXT,
    "citationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "retiredBy" TEXT,
    CONSTRAINT "InnovationProject_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InnovationProject_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "InnovationProject_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_InnovationProject" ("citationId", "id", "nameEn", "nameZh", "ownerId", "period", "regionId", "status") SELECT "citationId", "id", "nameEn", "nameZh", "ownerId", "period", "regionId", "status" FROM "InnovationProject";
DROP TABLE "InnovationProject";
ALTER TABLE "new_InnovationProject" RENAME TO "InnovationProject";
CREATE UNIQUE INDEX "InnovationProject_nameZh_key" ON "InnovationProject"("nameZh");
CREATE INDEX "InnovationProject_regionId_idx" ON "InnovationProject"("regionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityKey_id_idx" ON "AuditEntry"("entity", "entityKey", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_actor_id_idx" ON "AuditEntry"("actor", "id");

