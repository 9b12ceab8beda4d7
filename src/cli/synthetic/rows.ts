import type { $Enums, Prisma } from "../../generated/sqlite/index.js";
import { indicators } from "./catalogue.js";
import { type PlannedRegion, type ProvincePlan, type SiteKind, years } from "./province-plan.js";
import type { Random } from "./random.js";

// The large tables, produced lazily row by row from the plan, with ids counted from 1 so that
// later rows can refer to earlier ones without asking the database. Optional columns that stay
// null are left out of the rows: createMany's cost grows with the number of values it is given.

const surnames = [
  ["王", "Wang"],
  ["李", "Li"],
  ["张", "Zhang"],
  ["刘", "Liu"],
  ["陈", "Chen"],
  ["杨", "Yang"],
  ["赵", "Zhao"],
  ["黄", "Huang"],
  ["周", "Zhou"],
  ["吴", "Wu"],
  ["徐", "Xu"],
  ["孙", "Sun"],
  ["马", "Ma"],
  ["朱", "Zhu"],
  ["胡", "Hu"],
  ["郭", "Guo"],
  ["何", "He"],
  ["林", "Lin"],
  ["罗", "Luo"],
  ["高", "Gao"],
  ["段", "Duan"],
  ["杞", "Qi"],
  ["尹", "Yin"],
  ["普", "Pu"],
] as const;
const givenNames = [
  ["建", "jian"],
  ["国", "guo"],
  ["华", "hua"],
  ["明", "ming"],
  ["丽", "li"],
  ["强", "qiang"],
  ["军", "jun"],
  ["平", "ping"],
  ["红", "hong"],
  ["芳", "fang"],
  ["伟", "wei"],
  ["勇", "yong"],
  ["杰", "jie"],
  ["涛", "tao"],
  ["燕", "yan"],
  ["敏", "min"],
  ["云", "yun"],
  ["东", "dong"],
  ["海", "hai"],
  ["林", "lin"],
  ["春", "chun"],
  ["玉", "yu"],
  ["兴", "xing"],
  ["荣", "rong"],
  ["志", "zhi"],
  ["文", "wen"],
  ["成", "cheng"],
  ["德", "de"],
  ["光", "guang"],
  ["永", "yong"],
  ["学", "xue"],
  ["良", "liang"],
] as const;

/** "合成王建国" / "Synthetic Wang Jianguo": names repeat, as real ones do; persons are told apart by key. */
function personName(random: Random): [string, string] {
  const [surnameZh, surnameEn] = random.pick(surnames);
  const given = random.chance(0.7) ? [random.pick(givenNames), random.pick(givenNames)] : [random.pick(givenNames)];
  const givenEn = given.map(([, pinyin]) => pinyin).join("");
  return [`合成${surnameZh}${given.map(([zh]) => zh).join("")}`, `Synthetic ${surnameEn} ${givenEn[0]!.toUpperCase()}${givenEn.slice(1)}`];
}

/** One person per honouree, employed (mostly) by an enterprise of the region that honoured them. */
export function* persons(plan: ProvincePlan, random: Random): Generator<Prisma.PersonCreateManyInput> {
  for (const { region, firstPersonId, size, citationId } of plan.announcements) {
    for (let id = firstPersonId; id < firstPersonId + size; id++) {
      const [nameZh, nameEn] = personName(random);
      const employerId = random.chance(0.9) ? random.pick(region.enterpriseIds) : region.unionId;
      yield { id, key: `synthetic/person/${id}`, nameZh, nameEn, employerId, citationId };
    }
  }
}

const honourStatuses = [
  ["AWARDED", 88],
  ["RECOMMENDED", 9],
  ["REVOKED", 3],
] as const;

/** Each person's honour (same id as the person), then the units' honours. */
export function* honours(plan: ProvincePlan, random: Random): Generator<Prisma.HonourCreateManyInput> {
  for (const { region, honourTitleId, year, firstPersonId, size, citationId } of plan.announcements) {
    for (let id = firstPersonId; id < firstPersonId + size; id++) {
      const status = random.weighted(honourStatuses);
      yield { id, key: `synthetic/honour/${id}`, honourTitleId, status, personId: id, regionId: region.id, period: String(year), citationId };
    }
  }
  let id = plan.size.honourees;
  for (const honour of plan.unitHonours) {
    id++;
    yield { id, key: `synthetic/honour/${id}`, ...honour };
  }
}

export const honourCount = (plan: ProvincePlan) => plan.size.honourees + plan.unitHonours.length;

type StatedQualifier = Exclude<$Enums.Qualifier, "AT_MOST">;
type QualifierWeights = readonly (readonly [StatedQualifier, number])[];
const figureQualifiers: QualifierWeights = [
  ["EXACT", 85],
  ["AT_LEAST", 10],
  ["RANGE", 5],
];
const fundingQualifiers: QualifierWeights = [
  ["EXACT", 90],
  ["AT_LEAST", 7],
  ["RANGE", 3],
];

/** The number as a source would write it: "1234人", "1234余人", "1200至1500人", "50万元", "50万余元". */
function statedAs(qualifier: StatedQualifier, value: number, valueMax: number | null, unitWord: string) {
  const amount = (n: number) => (unitWord === "元" && n % 10_000 === 0 ? `${n / 10_000}万` : String(n));
  if (qualifier === "AT_LEAST") return `${amount(value)}余${unitWord}`;
  if (qualifier === "RANGE") return `${amount(value)}至${amount(valueMax!)}${unitWord}`;
  return `${amount(value)}${unitWord}`;
}

function statedQuantity(random: Random, raw: number, unitWord: string, qualifierWeights: QualifierWeights) {
  const qualifier = random.weighted(qualifierWeights);
  // Sources state money in round thousands, and bounds and ranges of it in round ten thousands (万元).
  const step = unitWord !== "元" ? 1 : qualifier === "EXACT" ? 1_000 : 10_000;
  const round = (n: number) => Math.max(step, Math.round(n / step) * step);
  const value = round(raw);
  const valueMax = qualifier === "RANGE" ? value + round(value * (0.05 + 0.25 * random.next())) : null;
  return { qualifier, value, valueMax, statedAs: statedAs(qualifier, value, valueMax, unitWord) };
}

const month = (random: Random) => String(random.int(1, 12)).padStart(2, "0");

const fundingPurposes: readonly (readonly [$Enums.FundingPurpose, string, string, number])[] = [
  ["CRAFTSMAN_STUDIOS", "劳模和工匠人才创新工作室补助", "grants to craftsman studios", 300_000],
  ["DEMONSTRATION_POINTS", "产改示范点创建经费", "demonstration point funding", 500_000],
  ["SERVICE_FACILITIES", "职工服务阵地建设经费", "worker service facility construction", 1_200_000],
  ["COMPETITION_SUBSIDIES", "技能竞赛补助", "skills competition subsidies", 150_000],
  ["AWARDS", "奖励资金", "award money", 100_000],
  ["INNOVATION_PROJECTS", "职工创新项目资助", "worker innovation project grants", 400_000],
  ["TRAINING", "职工技能培训经费", "worker skills training", 250_000],
];

/** Money a union (the region's own or the one above) allocated in a region, mostly stated exactly. */
export function* fundingAllocations(plan: ProvincePlan, random: Random, count: number): Generator<Prisma.FundingAllocationCreateManyInput> {
  for (let id = 1; id <= count; id++) {
    const region = plan.pickRegion(random);
    const year = random.pick(years);
    const [purpose, purposeZh, purposeEn, typicalAmount] = random.pick(fundingPurposes);
    const stated = statedQuantity(random, typicalAmount * (0.2 + 1.6 * random.next()), "元", fundingQualifiers);
    yield {
      id,
      key: `synthetic/funding/${id}`,
      payerId: random.chance(0.6) ? region.unionId : region.parentUnionId,
      regionId: region.id,
      purpose,
      descriptionZh: `${region.nameZh}${year}年${purposeZh}`,
      descriptionEn: `Synthetic ${purposeEn}, ${region.nameEn}, ${year}`,
      qualifier: stated.qualifier,
      amountCny: BigInt(stated.value),
      amountCnyMax: stated.valueMax === null ? null : BigInt(stated.valueMax),
      statedAs: stated.statedAs,
      period: random.chance(0.6) ? String(year) : `${year}-${month(random)}`,
      citationId: region.citations.funding.get(year)!,
    };
  }
}

/** Years and their months: enough distinct periods for 200,000 figures to stay (nearly) unique. */
const figurePeriods = [...years.map(String), ...years.flatMap((year) => Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, "0")}`))];
const unitWords: Partial<Record<$Enums.Unit, string>> = { PERSON: "人", COUNT: "个", CNY: "元" };
/** A prefecture reports about what its counties together do. */
const prefectureScale = 8;
/** Share of figures that restate one already reported (same region, indicator, period), as sources do. */
const restatementShare = 0.01;

/**
 * Figures over every (region, indicator, period) combination in random order, so each is
 * reported once until they run out; a few are restated. Ranks are a place among the region's
 * siblings; other values scale with the indicator, the region's size and the period's length.
 */
export function* reportedFigures(plan: ProvincePlan, random: Random, count: number): Generator<Prisma.ReportedFigureCreateManyInput> {
  const regions = plan.placeableRegions;
  const combinations = regions.length * indicators.length * figurePeriods.length;
  const order = random.permutation(combinations);
  let combination = 0;
  for (let id = 1; id <= count; id++) {
    if (id === 1 || !random.chance(restatementShare)) combination = order[(id - 1) % combinations]!;
    const period = figurePeriods[combination % figurePeriods.length]!;
    const indicatorIndex = Math.floor(combination / figurePeriods.length) % indicators.length;
    const region = regions[Math.floor(combination / figurePeriods.length / indicators.length)]!;
    const indicator = indicators[indicatorIndex]!;
    const stated =
      indicator.unit === "RANK"
        ? rank(random.int(1, region.siblings))
        : statedQuantity(random, figureSize(indicator.countyScale, region, period) * (0.5 + random.next()), unitWords[indicator.unit]!, figureQualifiers);
    yield {
      id,
      key: `synthetic/figure/${id}`,
      indicatorId: indicatorIndex + 1,
      regionId: region.id,
      qualifier: stated.qualifier,
      value: BigInt(stated.value),
      valueMax: stated.valueMax === null ? null : BigInt(stated.valueMax),
      statedAs: stated.statedAs,
      period,
      citationId: region.citations.figures.get(Number(period.slice(0, 4)))!,
    };
  }
}

const rank = (place: number) => ({ qualifier: "EXACT" as const, value: place, valueMax: null, statedAs: `第${place}名` });

function figureSize(countyScale: number, region: PlannedRegion, period: string) {
  const monthly = period.length > 4;
  return countyScale * region.weight * (region.level === "PREFECTURE" ? prefectureScale : 1) * (monthly ? 1 / 12 : 1);
}

/** Named sites of each kind grow with the province: a few thousand at the default million honourees. */
const honoureesPerSite = 250;
export const sitesPerKind = (plan: ProvincePlan) => Math.max(1, Math.round(plan.size.honourees / honoureesPerSite));

/** A named site placed in a region (weighted by its size), with its host among the region's enterprises. */
function* placedSites<Row>(
  plan: ProvincePlan,
  random: Random,
  kind: SiteKind,
  build: (id: number, region: PlannedRegion, citationId: number) => Row,
): Generator<Row> {
  for (let id = 1; id <= sitesPerKind(plan); id++) {
    const region = plan.pickRegion(random);
    yield build(id, region, region.citations.sites.get(kind)!);
  }
}

const lastYear = years[years.length - 1]!;

export const skillCompetitions = (plan: ProvincePlan, random: Random) =>
  placedSites(plan, random, "skillCompetitions", (id, region, citationId): Prisma.SkillCompetitionCreateManyInput => {
    const year = random.pick(years);
    return {
      id,
      nameZh: `${region.nameZh}${year}年职工技能竞赛第${id}场`,
      nameEn: `Synthetic workers' skills competition ${id} (${region.nameEn}, ${year})`,
      year,
      // Some of the latest year's competitions are announced but not yet held.
      status: year === lastYear && random.chance(0.4) ? "PLANNED" : "HELD",
      organiserId: region.unionId,
      regionId: region.id,
      citationId,
    };
  });

const facilityKinds = [
  ["WORKER_STATION", "职工驿站", "worker station", 70],
  ["WORKER_SERVICE_CENTRE", "职工服务中心", "worker service centre", 25],
  ["WORKERS_CULTURAL_PALACE", "工人文化宫", "workers' cultural palace", 5],
] as const;
const facilityStatuses = [
  ["IN_SERVICE", 80],
  ["UNDER_CONSTRUCTION", 8],
  ["PLANNED", 7],
  ["UPGRADE_PLANNED", 5],
] as const;

export const serviceFacilities = (plan: ProvincePlan, random: Random) =>
  placedSites(plan, random, "serviceFacilities", (id, region, citationId): Prisma.ServiceFacilityCreateManyInput => {
    const [kind, kindZh, kindEn] = random.weighted(facilityKinds.map((facility) => [facility, facility[3]] as const));
    return {
      id,
      nameZh: `${region.nameZh}${kindZh}第${id}号`,
      nameEn: `Synthetic ${kindEn} ${id} (${region.nameEn})`,
      kind,
      status: random.weighted(facilityStatuses),
      regionId: region.id,
      operatorId: region.unionId,
      citationId,
    };
  });

/** A studio is led by someone the region honoured, when it honoured anyone. */
function honoureeOf(plan: ProvincePlan, random: Random, region: PlannedRegion): number | null {
  const announcements = plan.announcementsByRegion.get(region.id);
  if (!announcements) return null;
  const { firstPersonId, size } = random.pick(announcements);
  return firstPersonId + random.int(0, size - 1);
}

export const craftsmanStudios = (plan: ProvincePlan, random: Random) =>
  placedSites(
    plan,
    random,
    "craftsmanStudios",
    (id, region, citationId): Prisma.CraftsmanStudioCreateManyInput => ({
      id,
      nameZh: `${region.nameZh}劳模创新工作室第${id}号`,
      nameEn: `Synthetic model worker innovation studio ${id} (${region.nameEn})`,
      regionId: region.id,
      hostId: random.pick(region.enterpriseIds),
      leadId: honoureeOf(plan, random, region),
      established: `${random.pick(years)}-${month(random)}`,
      citationId,
    }),
  );

export const demonstrationPoints = (plan: ProvincePlan, random: Random) =>
  placedSites(
    plan,
    random,
    "demonstrationPoints",
    (id, region, citationId): Prisma.DemonstrationPointCreateManyInput => ({
      id,
      nameZh: `${region.nameZh}产改示范点第${id}号`,
      nameEn: `Synthetic reform demonstration point ${id} (${region.nameEn})`,
      regionId: region.id,
      hostId: random.pick(region.enterpriseIds),
      designated: String(random.pick(years)),
      citationId,
    }),
  );

const projectStatuses = [
  ["COMPLETED", 50],
  ["FUNDED", 35],
  ["PROPOSED", 15],
] as const;

export const innovationProjects = (plan: ProvincePlan, random: Random) =>
  placedSites(
    plan,
    random,
    "innovationProjects",
    (id, region, citationId): Prisma.InnovationProjectCreateManyInput => ({
      id,
      nameZh: `${region.nameZh}职工创新项目第${id}号`,
      nameEn: `Synthetic worker innovation project ${id} (${region.nameEn})`,
      status: random.weighted(projectStatuses),
      regionId: region.id,
      ownerId: random.pick(region.enterpriseIds),
      period: String(random.pick(years)),
      citationId,
    }),
  );
