-- Occupational skill standards as records (the 清障员 skill-appraisal system of Jiangsu Communications).

-- CreateEnum
CREATE TYPE "SkillGrade" AS ENUM ('JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN');

-- CreateTable
CREATE TABLE "SkillStandard" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "SkillStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillStandardLevel" (
    "id" SERIAL NOT NULL,
    "skillStandardId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "SkillStandardLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillStandardAppraisal" (
    "id" SERIAL NOT NULL,
    "skillStandardId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "grade" "SkillGrade" NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "SkillStandardAppraisal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillStandardDocument" (
    "id" SERIAL NOT NULL,
    "skillStandardId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,

    CONSTRAINT "SkillStandardDocument_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "SkillStandard" ADD CONSTRAINT "SkillStandard_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandard" ADD CONSTRAINT "SkillStandard_appraisalCentreId_fkey" FOREIGN KEY ("appraisalCentreId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandard" ADD CONSTRAINT "SkillStandard_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandard" ADD CONSTRAINT "SkillStandard_occupationCitationId_fkey" FOREIGN KEY ("occupationCitationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandard" ADD CONSTRAINT "SkillStandard_drafterId_fkey" FOREIGN KEY ("drafterId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandard" ADD CONSTRAINT "SkillStandard_materialsCitationId_fkey" FOREIGN KEY ("materialsCitationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandard" ADD CONSTRAINT "SkillStandard_trainingSiteId_fkey" FOREIGN KEY ("trainingSiteId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandard" ADD CONSTRAINT "SkillStandard_trainingSiteCitationId_fkey" FOREIGN KEY ("trainingSiteCitationId") REFERENCES "Citation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandardLevel" ADD CONSTRAINT "SkillStandardLevel_skillStandardId_fkey" FOREIGN KEY ("skillStandardId") REFERENCES "SkillStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandardAppraisal" ADD CONSTRAINT "SkillStandardAppraisal_skillStandardId_fkey" FOREIGN KEY ("skillStandardId") REFERENCES "SkillStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandardDocument" ADD CONSTRAINT "SkillStandardDocument_skillStandardId_fkey" FOREIGN KEY ("skillStandardId") REFERENCES "SkillStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillStandardDocument" ADD CONSTRAINT "SkillStandardDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PolicyDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

