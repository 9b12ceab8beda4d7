-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'PREFECTURE', 'COUNTY');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('TRADE_UNION', 'ENTERPRISE', 'GOVERNMENT_BODY', 'COORDINATION_BODY', 'EDUCATION_INSTITUTION', 'PUBLISHER');

-- CreateEnum
CREATE TYPE "ArticleSection" AS ENUM ('NEWS_BRIEFS', 'CASES_FROM_ELSEWHERE');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('EXACT', 'AT_LEAST', 'AT_MOST', 'RANGE');

-- CreateEnum
CREATE TYPE "Unit" AS ENUM ('COUNT', 'PERSON', 'PERSON_TIME', 'HOUSEHOLD', 'ENTERPRISE', 'CNY', 'CNY_PER_MONTH', 'SESSION', 'VEHICLE_PER_DAY', 'INCIDENT_PER_YEAR', 'CHARACTER', 'RANK', 'PERCENT');

-- CreateEnum
CREATE TYPE "PolicyDocumentKind" AS ENUM ('RULES', 'WORK_POINTS', 'NOTICE', 'IMPLEMENTATION_OPINIONS', 'IMPLEMENTATION_PLAN', 'MEASURES', 'STANDARD', 'TEXTBOOK', 'QUESTION_BANK');

-- CreateEnum
CREATE TYPE "PolicyDocumentStatus" AS ENUM ('IN_FORCE', 'TRIAL', 'INTERIM', 'DRAFT');

-- CreateEnum
CREATE TYPE "HonourKind" AS ENUM ('MODEL_WORKER', 'LABOUR_MEDAL', 'LABOUR_AWARD', 'CRAFTSMAN', 'TECHNICAL_CHAMPION', 'TECHNICAL_EXPERT', 'GREAT_CRAFTSMAN', 'CHIEF_SKILL_MASTER', 'SKILL_MASTER', 'DESIGNATED_TRAINING_SITE');

-- CreateEnum
CREATE TYPE "HonourLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'CITY', 'ENTERPRISE_COMPANY', 'ENTERPRISE_DIVISION', 'ENTERPRISE_FACTORY');

-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('PERSON', 'UNIT');

-- CreateEnum
CREATE TYPE "HonourStatus" AS ENUM ('RECOMMENDED', 'AWARDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "FundingPurpose" AS ENUM ('CRAFTSMAN_STUDIOS', 'DEMONSTRATION_POINTS', 'SERVICE_FACILITIES', 'COMPETITION_SUBSIDIES', 'AWARDS', 'INNOVATION_PROJECTS', 'TRAINING');

-- CreateEnum
CREATE TYPE "RewardRuleKind" AS ENUM ('COMPETITION_PLACING', 'INNOVATION_PROJECT_GRANT', 'INNOVATION_ACHIEVEMENT_PRIZE', 'MONTHLY_ALLOWANCE');

-- CreateEnum
CREATE TYPE "CompetitionStatus" AS ENUM ('PLANNED', 'HELD');

-- CreateEnum
CREATE TYPE "CareerLadderKind" AS ENUM ('SKILL', 'MANAGEMENT');

-- CreateEnum
CREATE TYPE "ServiceFacilityKind" AS ENUM ('WORKER_SERVICE_CENTRE', 'WORKERS_CULTURAL_PALACE', 'WORKER_STATION');

-- CreateEnum
CREATE TYPE "FacilityStatus" AS ENUM ('PLANNED', 'UNDER_CONSTRUCTION', 'IN_SERVICE', 'UPGRADE_PLANNED');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PROPOSED', 'FUNDED', 'COMPLETED');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "path" TEXT NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "sourceDocumentId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "section" "ArticleSection" NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "originalPublisherId" INTEGER,
    "authorOrganisationId" INTEGER,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleAuthor" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,

    CONSTRAINT "ArticleAuthor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "excerpt" TEXT NOT NULL,
    "excerptHash" TEXT NOT NULL,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "shortNameZh" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "regionId" INTEGER,
    "parentId" INTEGER,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "employerId" INTEGER,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyDocument" (
    "id" SERIAL NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "kind" "PolicyDocumentKind" NOT NULL,
    "status" "PolicyDocumentStatus" NOT NULL,
    "issued" TEXT,
    "summaryZh" TEXT,
    "summaryEn" TEXT,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "PolicyDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyDocumentIssuer" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,

    CONSTRAINT "PolicyDocumentIssuer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonourTitle" (
    "id" SERIAL NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "HonourKind" NOT NULL,
    "level" "HonourLevel" NOT NULL,
    "recipientKind" "RecipientKind" NOT NULL,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "HonourTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonourTitleConferrer" (
    "id" SERIAL NOT NULL,
    "honourTitleId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "HonourTitleConferrer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Honour" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "honourTitleId" INTEGER NOT NULL,
    "status" "HonourStatus" NOT NULL,
    "personId" INTEGER,
    "organisationId" INTEGER,
    "regionId" INTEGER,
    "period" TEXT,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "Honour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "additive" BOOLEAN NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportedFigure" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    "qualifier" "Qualifier" NOT NULL,
    "value" BIGINT NOT NULL,
    "valueMax" BIGINT,
    "statedAs" TEXT NOT NULL,
    "period" TEXT,
    "honourTitleId" INTEGER,
    "honourStatus" "HonourStatus",
    "skillCompetitionId" INTEGER,
    "policyDocumentId" INTEGER,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "ReportedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingAllocation" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "payerId" INTEGER,
    "regionId" INTEGER NOT NULL,
    "purpose" "FundingPurpose" NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "amountCny" BIGINT NOT NULL,
    "amountCnyMax" BIGINT,
    "statedAs" TEXT NOT NULL,
    "period" TEXT,
    "serviceFacilityId" INTEGER,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "FundingAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RewardRule" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "RewardRuleKind" NOT NULL,
    "grantorId" INTEGER NOT NULL,
    "policyDocumentId" INTEGER,
    "conditionZh" TEXT NOT NULL,
    "conditionEn" TEXT NOT NULL,
    "rankFrom" INTEGER,
    "rankTo" INTEGER,
    "prizeGradeZh" TEXT,
    "honourTitleId" INTEGER,
    "qualifier" "Qualifier",
    "amountCny" BIGINT,
    "amountCnyMax" BIGINT,
    "unit" "Unit",
    "statedAs" TEXT,
    "cycleMonths" INTEGER,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "RewardRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillCompetition" (
    "id" SERIAL NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "themeZh" TEXT,
    "themeEn" TEXT,
    "year" INTEGER NOT NULL,
    "status" "CompetitionStatus" NOT NULL,
    "organiserId" INTEGER NOT NULL,
    "regionId" INTEGER,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "SkillCompetition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareerLadder" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "CareerLadderKind" NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "CareerLadder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareerLadderStep" (
    "id" SERIAL NOT NULL,
    "careerLadderId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "addedByOrganisation" BOOLEAN NOT NULL,

    CONSTRAINT "CareerLadderStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceFacility" (
    "id" SERIAL NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "ServiceFacilityKind" NOT NULL,
    "status" "FacilityStatus" NOT NULL,
    "regionId" INTEGER NOT NULL,
    "operatorId" INTEGER,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "ServiceFacility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ranking" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "criterionZh" TEXT NOT NULL,
    "criterionEn" TEXT NOT NULL,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    "scopeRegionId" INTEGER NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "rank" INTEGER NOT NULL,
    "outOf" INTEGER,
    "statedAs" TEXT NOT NULL,
    "period" TEXT,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "Ranking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    "policyDocumentId" INTEGER,
    "skillCompetitionId" INTEGER,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeItem" (
    "id" SERIAL NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "textZh" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "weightPercent" INTEGER,

    CONSTRAINT "ProgrammeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CraftsmanStudio" (
    "id" SERIAL NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "hostId" INTEGER,
    "leadId" INTEGER,
    "established" TEXT,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "CraftsmanStudio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemonstrationPoint" (
    "id" SERIAL NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "hostId" INTEGER,
    "designated" TEXT,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "DemonstrationPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InnovationProject" (
    "id" SERIAL NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "regionId" INTEGER NOT NULL,
    "ownerId" INTEGER,
    "period" TEXT,
    "citationId" INTEGER NOT NULL,

    CONSTRAINT "InnovationProject_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Region_path_key" ON "Region"("path");

-- CreateIndex
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_key_key" ON "SourceDocument"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Article_key_key" ON "Article"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Article_sourceDocumentId_ordinal_key" ON "Article"("sourceDocumentId", "ordinal");

-- CreateIndex
CREATE INDEX "ArticleAuthor_personId_idx" ON "ArticleAuthor"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleAuthor_articleId_personId_key" ON "ArticleAuthor"("articleId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Citation_articleId_excerptHash_key" ON "Citation"("articleId", "excerptHash");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_nameZh_key" ON "Organisation"("nameZh");

-- CreateIndex
CREATE INDEX "Organisation_regionId_id_idx" ON "Organisation"("regionId", "id");

-- CreateIndex
CREATE INDEX "Organisation_parentId_id_idx" ON "Organisation"("parentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Person_key_key" ON "Person"("key");

-- CreateIndex
CREATE INDEX "Person_employerId_id_idx" ON "Person"("employerId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyDocument_titleZh_key" ON "PolicyDocument"("titleZh");

-- CreateIndex
CREATE INDEX "PolicyDocument_issued_idx" ON "PolicyDocument"("issued");

-- CreateIndex
CREATE INDEX "PolicyDocumentIssuer_organisationId_idx" ON "PolicyDocumentIssuer"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyDocumentIssuer_documentId_organisationId_key" ON "PolicyDocumentIssuer"("documentId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "HonourTitle_nameZh_key" ON "HonourTitle"("nameZh");

-- CreateIndex
CREATE INDEX "HonourTitleConferrer_organisationId_idx" ON "HonourTitleConferrer"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "HonourTitleConferrer_honourTitleId_organisationId_key" ON "HonourTitleConferrer"("honourTitleId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Honour_key_key" ON "Honour"("key");

-- CreateIndex
CREATE INDEX "Honour_honourTitleId_id_idx" ON "Honour"("honourTitleId", "id");

-- CreateIndex
CREATE INDEX "Honour_personId_id_idx" ON "Honour"("personId", "id");

-- CreateIndex
CREATE INDEX "Honour_organisationId_id_idx" ON "Honour"("organisationId", "id");

-- CreateIndex
CREATE INDEX "Honour_regionId_honourTitleId_status_period_citationId_idx" ON "Honour"("regionId", "honourTitleId", "status", "period", "citationId");

-- CreateIndex
CREATE INDEX "Honour_regionId_id_idx" ON "Honour"("regionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ReportedFigure_key_key" ON "ReportedFigure"("key");

-- CreateIndex
CREATE INDEX "ReportedFigure_regionId_indicatorId_idx" ON "ReportedFigure"("regionId", "indicatorId");

-- CreateIndex
CREATE INDEX "ReportedFigure_organisationId_indicatorId_idx" ON "ReportedFigure"("organisationId", "indicatorId");

-- CreateIndex
CREATE INDEX "ReportedFigure_indicatorId_period_idx" ON "ReportedFigure"("indicatorId", "period");

-- CreateIndex
CREATE INDEX "ReportedFigure_regionId_id_idx" ON "ReportedFigure"("regionId", "id");

-- CreateIndex
CREATE INDEX "ReportedFigure_organisationId_id_idx" ON "ReportedFigure"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "FundingAllocation_key_key" ON "FundingAllocation"("key");

-- CreateIndex
CREATE INDEX "FundingAllocation_regionId_purpose_qualifier_period_citatio_idx" ON "FundingAllocation"("regionId", "purpose", "qualifier", "period", "citationId");

-- CreateIndex
CREATE INDEX "FundingAllocation_regionId_id_idx" ON "FundingAllocation"("regionId", "id");

-- CreateIndex
CREATE INDEX "FundingAllocation_payerId_id_idx" ON "FundingAllocation"("payerId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RewardRule_key_key" ON "RewardRule"("key");

-- CreateIndex
CREATE INDEX "RewardRule_grantorId_idx" ON "RewardRule"("grantorId");

-- CreateIndex
CREATE UNIQUE INDEX "SkillCompetition_nameZh_key" ON "SkillCompetition"("nameZh");

-- CreateIndex
CREATE INDEX "SkillCompetition_organiserId_idx" ON "SkillCompetition"("organiserId");

-- CreateIndex
CREATE INDEX "SkillCompetition_regionId_idx" ON "SkillCompetition"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "CareerLadder_key_key" ON "CareerLadder"("key");

-- CreateIndex
CREATE INDEX "CareerLadder_organisationId_idx" ON "CareerLadder"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CareerLadderStep_careerLadderId_ordinal_key" ON "CareerLadderStep"("careerLadderId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceFacility_nameZh_key" ON "ServiceFacility"("nameZh");

-- CreateIndex
CREATE INDEX "ServiceFacility_regionId_idx" ON "ServiceFacility"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Ranking_key_key" ON "Ranking"("key");

-- CreateIndex
CREATE INDEX "Ranking_regionId_idx" ON "Ranking"("regionId");

-- CreateIndex
CREATE INDEX "Ranking_organisationId_idx" ON "Ranking"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_key_key" ON "Programme"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeItem_programmeId_ordinal_key" ON "ProgrammeItem"("programmeId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "CraftsmanStudio_nameZh_key" ON "CraftsmanStudio"("nameZh");

-- CreateIndex
CREATE INDEX "CraftsmanStudio_regionId_idx" ON "CraftsmanStudio"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "DemonstrationPoint_nameZh_key" ON "DemonstrationPoint"("nameZh");

-- CreateIndex
CREATE INDEX "DemonstrationPoint_regionId_idx" ON "DemonstrationPoint"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "InnovationProject_nameZh_key" ON "InnovationProject"("nameZh");

-- CreateIndex
CREATE INDEX "InnovationProject_regionId_idx" ON "InnovationProject"("regionId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_originalPublisherId_fkey" FOREIGN KEY ("originalPublisherId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_authorOrganisationId_fkey" FOREIGN KEY ("authorOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyDocument" ADD CONSTRAINT "PolicyDocument_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyDocumentIssuer" ADD CONSTRAINT "PolicyDocumentIssuer_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PolicyDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyDocumentIssuer" ADD CONSTRAINT "PolicyDocumentIssuer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonourTitle" ADD CONSTRAINT "HonourTitle_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonourTitleConferrer" ADD CONSTRAINT "HonourTitleConferrer_honourTitleId_fkey" FOREIGN KEY ("honourTitleId") REFERENCES "HonourTitle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonourTitleConferrer" ADD CONSTRAINT "HonourTitleConferrer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_honourTitleId_fkey" FOREIGN KEY ("honourTitleId") REFERENCES "HonourTitle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_honourTitleId_fkey" FOREIGN KEY ("honourTitleId") REFERENCES "HonourTitle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_skillCompetitionId_fkey" FOREIGN KEY ("skillCompetitionId") REFERENCES "SkillCompetition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_policyDocumentId_fkey" FOREIGN KEY ("policyDocumentId") REFERENCES "PolicyDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAllocation" ADD CONSTRAINT "FundingAllocation_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAllocation" ADD CONSTRAINT "FundingAllocation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAllocation" ADD CONSTRAINT "FundingAllocation_serviceFacilityId_fkey" FOREIGN KEY ("serviceFacilityId") REFERENCES "ServiceFacility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAllocation" ADD CONSTRAINT "FundingAllocation_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RewardRule" ADD CONSTRAINT "RewardRule_grantorId_fkey" FOREIGN KEY ("grantorId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RewardRule" ADD CONSTRAINT "RewardRule_policyDocumentId_fkey" FOREIGN KEY ("policyDocumentId") REFERENCES "PolicyDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RewardRule" ADD CONSTRAINT "RewardRule_honourTitleId_fkey" FOREIGN KEY ("honourTitleId") REFERENCES "HonourTitle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RewardRule" ADD CONSTRAINT "RewardRule_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillCompetition" ADD CONSTRAINT "SkillCompetition_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillCompetition" ADD CONSTRAINT "SkillCompetition_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillCompetition" ADD CONSTRAINT "SkillCompetition_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareerLadder" ADD CONSTRAINT "CareerLadder_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareerLadder" ADD CONSTRAINT "CareerLadder_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareerLadderStep" ADD CONSTRAINT "CareerLadderStep_careerLadderId_fkey" FOREIGN KEY ("careerLadderId") REFERENCES "CareerLadder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceFacility" ADD CONSTRAINT "ServiceFacility_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceFacility" ADD CONSTRAINT "ServiceFacility_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceFacility" ADD CONSTRAINT "ServiceFacility_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_scopeRegionId_fkey" FOREIGN KEY ("scopeRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_policyDocumentId_fkey" FOREIGN KEY ("policyDocumentId") REFERENCES "PolicyDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_skillCompetitionId_fkey" FOREIGN KEY ("skillCompetitionId") REFERENCES "SkillCompetition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CraftsmanStudio" ADD CONSTRAINT "CraftsmanStudio_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CraftsmanStudio" ADD CONSTRAINT "CraftsmanStudio_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CraftsmanStudio" ADD CONSTRAINT "CraftsmanStudio_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CraftsmanStudio" ADD CONSTRAINT "CraftsmanStudio_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemonstrationPoint" ADD CONSTRAINT "DemonstrationPoint_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemonstrationPoint" ADD CONSTRAINT "DemonstrationPoint_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemonstrationPoint" ADD CONSTRAINT "DemonstrationPoint_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationProject" ADD CONSTRAINT "InnovationProject_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationProject" ADD CONSTRAINT "InnovationProject_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnovationProject" ADD CONSTRAINT "InnovationProject_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Byte-order ("C") collation for the columns filtered by text order: materialised region paths
-- (prefix ranges) and ISO 8601 periods. Under a linguistic collation neither order nor index
-- ranges would match SQLite's, which compares bytes. Prisma does not model collations.
ALTER TABLE "Region" ALTER COLUMN "path" TYPE TEXT COLLATE "C";
ALTER TABLE "PolicyDocument" ALTER COLUMN "issued" TYPE TEXT COLLATE "C";
ALTER TABLE "Honour" ALTER COLUMN "period" TYPE TEXT COLLATE "C";
ALTER TABLE "ReportedFigure" ALTER COLUMN "period" TYPE TEXT COLLATE "C";
ALTER TABLE "FundingAllocation" ALTER COLUMN "period" TYPE TEXT COLLATE "C";
ALTER TABLE "Ranking" ALTER COLUMN "period" TYPE TEXT COLLATE "C";
ALTER TABLE "InnovationProject" ALTER COLUMN "period" TYPE TEXT COLLATE "C";
ALTER TABLE "CraftsmanStudio" ALTER COLUMN "established" TYPE TEXT COLLATE "C";
ALTER TABLE "DemonstrationPoint" ALTER COLUMN "designated" TYPE TEXT COLLATE "C";
