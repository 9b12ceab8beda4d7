import { z } from "zod";
import {
  ArticleSection,
  CareerLadderKind,
  CompetitionStatus,
  FacilityStatus,
  FundingPurpose,
  HonourKind,
  HonourLevel,
  HonourStatus,
  OrganisationKind,
  PolicyDocumentKind,
  PolicyDocumentStatus,
  ProjectStatus,
  Qualifier,
  RecipientKind,
  RegionLevel,
  RewardRuleKind,
  ServiceFacilityKind,
  SkillGrade,
  Unit,
} from "../generated/sqlite/index.js";
import { periodPattern } from "../quantity/period.js";
import { canonicalText, type TextKind } from "./canonical-text.js";

// The shape of every file under seeds/. Records refer to each other by natural keys
// (region code, organisation nameZh, document titleZh, person key), never by database id,
// and every fact carries the excerpt of its article that it was taken from.

/**
 * Text in its canonical form (records/canonical-text.ts): NFC, no whitespace at either end, no
 * invisible or control character, and for names one line. What no canonical form exists for is
 * refused with the reason; every later check and the write see the canonical value.
 */
const canonical = (kind: TextKind) =>
  z.string().transform((value, context) => {
    const canonicalised = canonicalText(value, kind);
    if ("problem" in canonicalised) {
      context.addIssue({ code: "custom", message: canonicalised.problem });
      return z.NEVER;
    }
    return canonicalised.text;
  });

/** A name, title, natural key or reference: one line, not empty. */
const text = canonical("name").pipe(z.string().min(1));
/** Prose (excerpts, descriptions, conditions, article texts): line breaks allowed, not empty. */
const prose = canonical("prose").pipe(z.string().min(1));
const regionCode = canonical("name").pipe(z.string().regex(/^\d{6}$/, "a six-digit GB/T 2260 division code"));
const period = canonical("name").pipe(z.string().regex(periodPattern, "an ISO 8601 year, year-month or date"));
const key = canonical("name").pipe(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, "a lower-case kebab-case key"));
const excerpt = prose.describe("the passage of the file's article the record comes from");
const wholeNumber = z.number().int().nonnegative();

/**
 * A number as the source states it: `statedAs` is the literal text ("1万余人", "不高于3000元"),
 * and qualifier/value/valueMax are what it means; the loader checks that they agree.
 */
const statedQuantity = {
  statedAs: text,
  qualifier: z.enum(Qualifier),
  value: wholeNumber,
  valueMax: wholeNumber.optional(),
};

export const regionSeed = z.strictObject({
  code: regionCode,
  nameZh: text,
  nameEn: text,
  level: z.enum(RegionLevel),
  parent: regionCode.optional(),
});

/** The English names sources use for the regions they name: they replace the registry's romanised ones. */
export const regionsFile = z.strictObject({ regions: z.array(regionSeed).min(1) });

/** seeds/reference/divisions.json: the whole division registry (`npm run divisions` writes it). */
export const divisionsFile = z.strictObject({
  source: z.strictObject({ package: text, codeList: text, romanisedWith: text }),
  divisions: z.array(regionSeed).min(1),
});

export const indicatorSeed = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, "a dotted snake_case code"),
  nameZh: text,
  nameEn: text,
  description: prose,
  unit: z.enum(Unit),
  additive: z.boolean(),
});

export const indicatorsFile = z.strictObject({ indicators: z.array(indicatorSeed).min(1) });

export const sourceDocumentFile = z.strictObject({
  key: text,
  titleZh: text,
  titleEn: text,
  fileName: text,
});

const organisationSeed = z.strictObject({
  nameZh: text,
  nameEn: text,
  shortNameZh: text.optional(),
  kind: z.enum(OrganisationKind),
  region: regionCode.optional(),
  parent: text.optional(),
  excerpt,
});

const personSeed = z.strictObject({
  key,
  nameZh: text,
  nameEn: text,
  employer: text.optional(),
  /** Personal data: readable by analysts and admins only. */
  birthDate: period.optional(),
  email: z.email().optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{5,20}$/, "a telephone number")
    .optional(),
  excerpt,
});

const articleSeed = z.strictObject({
  key,
  sourceDocument: text,
  ordinal: z.number().int().positive(),
  section: z.enum(ArticleSection),
  titleZh: text,
  titleEn: text,
  authorOrganisation: text.optional(),
  originalPublisher: text.optional(),
  authors: z.array(key).default([]),
});

const policyDocumentSeed = z.strictObject({
  titleZh: text,
  titleEn: text,
  kind: z.enum(PolicyDocumentKind),
  status: z.enum(PolicyDocumentStatus),
  issued: period.optional(),
  issuers: z.array(text).min(1),
  summaryZh: prose.optional(),
  summaryEn: prose.optional(),
  excerpt,
});

const honourTitleSeed = z.strictObject({
  nameZh: text,
  nameEn: text,
  kind: z.enum(HonourKind),
  level: z.enum(HonourLevel),
  recipientKind: z.enum(RecipientKind),
  conferrers: z.array(text).default([]),
  excerpt,
});

const honourSeed = z
  .strictObject({
    key,
    honourTitle: text,
    status: z.enum(HonourStatus),
    person: key.optional(),
    organisation: text.optional(),
    region: regionCode.optional(),
    period: period.optional(),
    excerpt,
  })
  .refine((h) => (h.person === undefined) !== (h.organisation === undefined), {
    message: "an honour names exactly one honouree: person or organisation",
  });

/** Either a region or an organisation is the subject of a figure or ranking, never both. */
const oneSubject = <T extends { region?: string; organisation?: string }>(record: T) => (record.region === undefined) !== (record.organisation === undefined);
const oneSubjectMessage = { message: "give exactly one subject: region or organisation" };

const figureSeed = z
  .strictObject({
    key,
    indicator: indicatorSeed.shape.code,
    region: regionCode.optional(),
    organisation: text.optional(),
    ...statedQuantity,
    period: period.optional(),
    honourTitle: text.optional(),
    honourStatus: z.enum(HonourStatus).optional(),
    skillCompetition: text.optional(),
    policyDocument: text.optional(),
    excerpt,
  })
  .refine(oneSubject, oneSubjectMessage);

const fundingSeed = z.strictObject({
  key,
  payer: text.optional(),
  region: regionCode,
  purpose: z.enum(FundingPurpose),
  descriptionZh: prose,
  descriptionEn: prose,
  ...statedQuantity,
  period: period.optional(),
  serviceFacility: text.optional(),
  excerpt,
});

const rewardRuleSeed = z
  .strictObject({
    key,
    kind: z.enum(RewardRuleKind),
    grantor: text,
    policyDocument: text.optional(),
    conditionZh: prose,
    conditionEn: prose,
    rankFrom: z.number().int().positive().optional(),
    rankTo: z.number().int().positive().optional(),
    prizeGradeZh: text.optional(),
    honourTitle: text.optional(),
    amount: z.strictObject({ ...statedQuantity, unit: z.enum([Unit.CNY, Unit.CNY_PER_MONTH]) }).optional(),
    cycleMonths: z.number().int().positive().optional(),
    excerpt,
  })
  .refine((rule) => (rule.rankFrom === undefined) === (rule.rankTo === undefined) && (rule.rankFrom ?? 0) <= (rule.rankTo ?? 0), {
    message: "give rankFrom and rankTo together, with rankFrom ≤ rankTo",
  });

const skillCompetitionSeed = z.strictObject({
  nameZh: text,
  nameEn: text,
  themeZh: text.optional(),
  themeEn: text.optional(),
  year: z.number().int().min(1949).max(2100),
  status: z.enum(CompetitionStatus),
  organiser: text,
  region: regionCode.optional(),
  excerpt,
});

const careerLadderSeed = z.strictObject({
  key,
  nameZh: text,
  nameEn: text,
  kind: z.enum(CareerLadderKind),
  organisation: text,
  steps: z.array(z.strictObject({ nameZh: text, nameEn: text, addedByOrganisation: z.boolean().default(false) })).min(1),
  excerpt,
});

/**
 * An occupational skill-appraisal system. Its facts stand in different sentences, so each group
 * has its own excerpt: `excerpt` that it exists and who built it, `occupationExcerpt` the
 * occupation, `materialsExcerpt` the documents, levels and appraisal levels, `trainingSiteExcerpt`
 * where training is given.
 */
const skillStandardSeed = z
  .strictObject({
    key,
    nameZh: text,
    nameEn: text,
    owner: text,
    appraisalCentre: text.optional(),
    excerpt,
    occupationZh: text,
    occupationEn: text,
    inNationalClassification: z.boolean().optional(),
    occupationExcerpt: excerpt,
    drafter: text.optional(),
    // At most what SkillStandard's lists show (documents 50, levels 20, appraisal levels 10), so
    // no import makes the record unreadable; each document once, in the order the source lists them.
    documents: z
      .array(text)
      .max(50)
      .refine((titles) => new Set(titles).size === titles.length, "lists a document twice")
      .default([]),
    levels: z
      .array(z.strictObject({ nameZh: text, nameEn: text }))
      .max(20)
      .default([]),
    appraisalLevels: z
      .array(z.strictObject({ grade: z.enum(SkillGrade), nameZh: text, nameEn: text }))
      .max(10)
      .default([]),
    materialsExcerpt: excerpt,
    trainingSite: text.optional(),
    trainingSiteExcerpt: excerpt.optional(),
  })
  .refine((standard) => (standard.trainingSite === undefined) === (standard.trainingSiteExcerpt === undefined), {
    message: "a trainingSite and its trainingSiteExcerpt come together",
    path: ["trainingSiteExcerpt"],
  });

const serviceFacilitySeed = z.strictObject({
  nameZh: text,
  nameEn: text,
  kind: z.enum(ServiceFacilityKind),
  status: z.enum(FacilityStatus),
  region: regionCode,
  operator: text.optional(),
  excerpt,
});

const rankingSeed = z
  .strictObject({
    key,
    criterionZh: text,
    criterionEn: text,
    region: regionCode.optional(),
    organisation: text.optional(),
    scopeRegion: regionCode,
    statedAs: text,
    qualifier: z.enum([Qualifier.EXACT, Qualifier.AT_MOST]),
    rank: z.number().int().positive(),
    outOf: z.number().int().positive().optional(),
    period: period.optional(),
    excerpt,
  })
  .refine(oneSubject, oneSubjectMessage);

const programmeSeed = z.strictObject({
  key,
  nameZh: text,
  nameEn: text,
  region: regionCode.optional(),
  organisation: text.optional(),
  policyDocument: text.optional(),
  skillCompetition: text.optional(),
  items: z.array(z.strictObject({ textZh: text, textEn: text, weightPercent: z.number().int().min(0).max(100).optional() })).min(1),
  excerpt,
});

const craftsmanStudioSeed = z.strictObject({
  nameZh: text,
  nameEn: text,
  region: regionCode,
  host: text.optional(),
  lead: key.optional(),
  established: period.optional(),
  excerpt,
});

const demonstrationPointSeed = z.strictObject({
  nameZh: text,
  nameEn: text,
  region: regionCode,
  host: text.optional(),
  designated: period.optional(),
  excerpt,
});

const innovationProjectSeed = z.strictObject({
  nameZh: text,
  nameEn: text,
  status: z.enum(ProjectStatus),
  region: regionCode,
  owner: text.optional(),
  period: period.optional(),
  excerpt,
});

/** One article's worth of data: the unit a newsletter contributes, and the unit an import takes. */
export const articleFile = z.strictObject({
  article: articleSeed,
  organisations: z.array(organisationSeed).default([]),
  persons: z.array(personSeed).default([]),
  policyDocuments: z.array(policyDocumentSeed).default([]),
  honourTitles: z.array(honourTitleSeed).default([]),
  honours: z.array(honourSeed).default([]),
  skillCompetitions: z.array(skillCompetitionSeed).default([]),
  serviceFacilities: z.array(serviceFacilitySeed).default([]),
  figures: z.array(figureSeed).default([]),
  funding: z.array(fundingSeed).default([]),
  rewardRules: z.array(rewardRuleSeed).default([]),
  careerLadders: z.array(careerLadderSeed).default([]),
  rankings: z.array(rankingSeed).default([]),
  programmes: z.array(programmeSeed).default([]),
  craftsmanStudios: z.array(craftsmanStudioSeed).default([]),
  demonstrationPoints: z.array(demonstrationPointSeed).default([]),
  innovationProjects: z.array(innovationProjectSeed).default([]),
  skillStandards: z.array(skillStandardSeed).default([]),
});

export type RegionSeed = z.infer<typeof regionSeed>;
export type IndicatorSeed = z.infer<typeof indicatorSeed>;
export type SourceDocumentSeed = z.infer<typeof sourceDocumentFile>;
/**
 * A newsletter report to import: one article file, with the article's text when the article is
 * new (its excerpts are checked against it) and the newsletter's metadata when that is new too.
 */
export const reportFile = articleFile.extend({
  sourceDocument: sourceDocumentFile.optional(),
  articleText: prose.optional(),
});

export type ArticleFile = z.infer<typeof articleFile>;
export type ReportFile = z.infer<typeof reportFile>;
export type ArticleSeed = ArticleFile["article"];

/** Every collection of an article file, each defaulting to empty: what a write's records are checked against. */
export const articleRecordsSchema = articleFile.omit({ article: true });

/** The records of one article: what an article file holds besides the article itself. */
export type ArticleRecords = Omit<ArticleFile, "article">;
