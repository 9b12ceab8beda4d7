-- Occupational skill standards as records (the 清障员 skill-appraisal system of Jiangsu Communications).

-- CreateTable
CREATE TABLE "SkillStandard" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "appraisalCentreId" INTEGER,
    "citationId" INTEGER NOT NULL,
    "occupationZh" TEXT NOT NULL,
    "occupationEn" TEXT NOT NULL,
    "inNationalClassification" BOOLEAN,
    "occupationCitationId" INTEGER NOT NULL,
    "drafterId" INTEGER,
    "materialsCitationId" INTEGER NOT NULL,
    "trainingSiteId" INTEGER,
    "trainingSiteCitationId" INTEGER,
    CONSTRAINT "SkillStandard_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SkillStandard_appraisalCentreId_fkey" FOREIGN KEY ("appraisalCentreId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SkillStandard_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SkillStandard_occupationCitationId_fkey" FOREIGN KEY ("occupationCitationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SkillStandard_drafterId_fkey" FOREIGN KEY ("drafterId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SkillStandard_materialsCitationId_fkey" FOREIGN KEY ("materialsCitationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SkillStandard_trainingSiteId_fkey" FOREIGN KEY ("trainingSiteId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SkillStandard_trainingSiteCitationId_fkey" FOREIGN KEY ("trainingSiteCitationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SkillStandardLevel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "skillStandardId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    CONSTRAINT "SkillStandardLevel_skillStandardId_fkey" FOREIGN KEY ("skillStandardId") REFERENCES "SkillStandard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SkillStandardAppraisal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "skillStandardId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "grade" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    CONSTRAINT "SkillStandardAppraisal_skillStandardId_fkey" FOREIGN KEY ("skillStandardId") REFERENCES "SkillStandard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SkillStandardDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "skillStandardId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    CONSTRAINT "SkillStandardDocument_skillStandardId_fkey" FOREIGN KEY ("skillStandardId") REFERENCES "SkillStandard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SkillStandardDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PolicyDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SkillStandard_key_key" ON "SkillStandard"("key");

-- CreateIndex
CREATE INDEX "SkillStandard_ownerId_idx" ON "SkillStandard"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "SkillStandardLevel_skillStandardId_ordinal_key" ON "SkillStandardLevel"("skillStandardId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "SkillStandardAppraisal_skillStandardId_ordinal_key" ON "SkillStandardAppraisal"("skillStandardId", "ordinal");

-- CreateIndex
CREATE INDEX "SkillStandardDocument_documentId_idx" ON "SkillStandardDocument"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "SkillStandardDocument_skillStandardId_documentId_key" ON "SkillStandardDocument"("skillStandardId", "documentId");

