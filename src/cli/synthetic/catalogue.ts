import type { $Enums } from "../../generated/sqlite/index.js";

// What marks the synthetic data set as such, and the fixed vocabulary it is built from. The
// benchmark imports this too, so it asks for the indicators and regions that exist.

/** The one source document every synthetic record traces back to; a real one never has this key. */
export const syntheticSource = {
  key: "synthetic",
  titleZh: "合成数据（基准测试用，非真实）",
  titleEn: "Synthetic data (for benchmarks; not real)",
  fileName: "synthetic",
} as const;

/** A province code GB/T 2260 does not assign, so synthetic regions never collide with real ones. */
export const syntheticProvinceCode = "990000";

/**
 * The titles the source document carries while the data set is being written: a run that fails or
 * is killed leaves a database that says it is incomplete, and the benchmark refuses it. The
 * generator gives the source its own titles only once every table, tally and statistic is written.
 */
export const incompleteSyntheticSource = {
  titleZh: `${syntheticSource.titleZh}（未完成：生成中断）`,
  titleEn: `${syntheticSource.titleEn} — INCOMPLETE: its generation did not finish`,
} as const;

/** Whether a synthetic source document marks a data set whose generation finished. */
export const isFinishedDataSet = (source: { titleEn: string }) => source.titleEn === syntheticSource.titleEn;

/** The command that builds the synthetic data set in a database, for messages that need it. */
export const seedCommand = (databaseUrl: string) => `npm run seed:synthetic -- --database ${databaseUrl}`;

const twoDigits = (n: number) => String(n).padStart(2, "0");

export const province = { code: syntheticProvinceCode, nameZh: "合成省", nameEn: "Synthetic Province" };

/** Prefecture p (1-based) is 99pp00; county c of it is 99ppcc. */
export const prefecture = (p: number) => ({
  code: `99${twoDigits(p)}00`,
  nameZh: `合成第${p}市`,
  nameEn: `Synthetic Prefecture ${p}`,
});

export const county = (p: number, c: number) => ({
  code: `99${twoDigits(p)}${twoDigits(c)}`,
  nameZh: `合成第${p}市第${c}县`,
  nameEn: `Synthetic County ${p}-${c}`,
});

export interface TitleSpec {
  nameZh: string;
  nameEn: string;
  kind: $Enums.HonourKind;
  level: $Enums.HonourLevel;
  recipientKind: $Enums.RecipientKind;
  /** How often an announcement of honourees is for this title, relative to the others. */
  weight: number;
  /** How many honourees one announcement of it names. */
  announcementSize: readonly [number, number];
}

/** Higher levels are conferred rarely and on few; enterprise titles often and on many. */
export const personTitles: readonly TitleSpec[] = [
  {
    nameZh: "合成全国劳动模范",
    nameEn: "Synthetic National Model Worker",
    kind: "MODEL_WORKER",
    level: "NATIONAL",
    recipientKind: "PERSON",
    weight: 1,
    announcementSize: [1, 5],
  },
  {
    nameZh: "合成全国五一劳动奖章",
    nameEn: "Synthetic National May Day Labour Medal",
    kind: "LABOUR_MEDAL",
    level: "NATIONAL",
    recipientKind: "PERSON",
    weight: 1,
    announcementSize: [1, 8],
  },
  {
    nameZh: "合成大国工匠",
    nameEn: "Synthetic Great Craftsman of the Nation",
    kind: "GREAT_CRAFTSMAN",
    level: "NATIONAL",
    recipientKind: "PERSON",
    weight: 1,
    announcementSize: [1, 3],
  },
  {
    nameZh: "合成省劳动模范",
    nameEn: "Synthetic Provincial Model Worker",
    kind: "MODEL_WORKER",
    level: "PROVINCIAL",
    recipientKind: "PERSON",
    weight: 3,
    announcementSize: [5, 30],
  },
  {
    nameZh: "合成省五一劳动奖章",
    nameEn: "Synthetic Provincial May Day Labour Medal",
    kind: "LABOUR_MEDAL",
    level: "PROVINCIAL",
    recipientKind: "PERSON",
    weight: 3,
    announcementSize: [5, 40],
  },
  {
    nameZh: "合成省技术能手",
    nameEn: "Synthetic Provincial Technical Expert",
    kind: "TECHNICAL_EXPERT",
    level: "PROVINCIAL",
    recipientKind: "PERSON",
    weight: 3,
    announcementSize: [5, 30],
  },
  {
    nameZh: "合成市劳动模范",
    nameEn: "Synthetic City Model Worker",
    kind: "MODEL_WORKER",
    level: "CITY",
    recipientKind: "PERSON",
    weight: 6,
    announcementSize: [20, 120],
  },
  {
    nameZh: "合成市工匠",
    nameEn: "Synthetic City Craftsman",
    kind: "CRAFTSMAN",
    level: "CITY",
    recipientKind: "PERSON",
    weight: 6,
    announcementSize: [10, 60],
  },
  {
    nameZh: "合成市技术状元",
    nameEn: "Synthetic City Technical Champion",
    kind: "TECHNICAL_CHAMPION",
    level: "CITY",
    recipientKind: "PERSON",
    weight: 6,
    announcementSize: [10, 60],
  },
  {
    nameZh: "合成集团首席技能大师",
    nameEn: "Synthetic Group Chief Skill Master",
    kind: "CHIEF_SKILL_MASTER",
    level: "ENTERPRISE_COMPANY",
    recipientKind: "PERSON",
    weight: 8,
    announcementSize: [50, 200],
  },
  {
    nameZh: "合成分公司技能大师",
    nameEn: "Synthetic Division Skill Master",
    kind: "SKILL_MASTER",
    level: "ENTERPRISE_DIVISION",
    recipientKind: "PERSON",
    weight: 8,
    announcementSize: [50, 200],
  },
  {
    nameZh: "合成厂级劳动奖",
    nameEn: "Synthetic Factory Labour Award",
    kind: "LABOUR_AWARD",
    level: "ENTERPRISE_FACTORY",
    recipientKind: "PERSON",
    weight: 10,
    announcementSize: [80, 300],
  },
];

/** Titles for units, conferred on organisations rather than people. */
export const unitTitles: readonly TitleSpec[] = [
  {
    nameZh: "合成省五一劳动奖状",
    nameEn: "Synthetic Provincial May Day Labour Certificate",
    kind: "LABOUR_AWARD",
    level: "PROVINCIAL",
    recipientKind: "UNIT",
    weight: 1,
    announcementSize: [1, 1],
  },
  {
    nameZh: "合成市工人先锋号",
    nameEn: "Synthetic City Workers' Vanguard",
    kind: "LABOUR_AWARD",
    level: "CITY",
    recipientKind: "UNIT",
    weight: 3,
    announcementSize: [1, 1],
  },
];

export interface IndicatorSpec {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: $Enums.Unit;
  additive: boolean;
  /** A county's typical value in a year; prefectures report several times as much. */
  countyScale: number;
}

export const indicators: readonly IndicatorSpec[] = [
  {
    code: "synthetic.competition_participants",
    nameZh: "合成竞赛参与职工人数",
    nameEn: "Synthetic competition participants",
    unit: "PERSON",
    additive: true,
    countyScale: 3000,
  },
  {
    code: "synthetic.competitions_held",
    nameZh: "合成技能竞赛场次",
    nameEn: "Synthetic skill competitions held",
    unit: "COUNT",
    additive: true,
    countyScale: 40,
  },
  { code: "synthetic.trainees", nameZh: "合成职工培训人数", nameEn: "Synthetic workers trained", unit: "PERSON", additive: true, countyScale: 8000 },
  { code: "synthetic.training_courses", nameZh: "合成培训班次", nameEn: "Synthetic training courses", unit: "COUNT", additive: true, countyScale: 120 },
  { code: "synthetic.model_workers", nameZh: "合成劳模人数", nameEn: "Synthetic model workers", unit: "PERSON", additive: true, countyScale: 60 },
  { code: "synthetic.craftsmen", nameZh: "合成工匠人数", nameEn: "Synthetic craftsmen", unit: "PERSON", additive: true, countyScale: 80 },
  { code: "synthetic.studios", nameZh: "合成创新工作室数", nameEn: "Synthetic innovation studios", unit: "COUNT", additive: true, countyScale: 25 },
  {
    code: "synthetic.demonstration_points",
    nameZh: "合成产改示范点数",
    nameEn: "Synthetic demonstration points",
    unit: "COUNT",
    additive: true,
    countyScale: 15,
  },
  {
    code: "synthetic.innovation_projects",
    nameZh: "合成职工创新项目数",
    nameEn: "Synthetic worker innovation projects",
    unit: "COUNT",
    additive: true,
    countyScale: 90,
  },
  { code: "synthetic.innovation_results", nameZh: "合成创新成果数", nameEn: "Synthetic innovation results", unit: "COUNT", additive: true, countyScale: 150 },
  { code: "synthetic.skilled_workers", nameZh: "合成技能人才人数", nameEn: "Synthetic skilled workers", unit: "PERSON", additive: true, countyScale: 40000 },
  {
    code: "synthetic.high_skilled_workers",
    nameZh: "合成高技能人才人数",
    nameEn: "Synthetic highly skilled workers",
    unit: "PERSON",
    additive: true,
    countyScale: 9000,
  },
  { code: "synthetic.union_members", nameZh: "合成工会会员人数", nameEn: "Synthetic union members", unit: "PERSON", additive: true, countyScale: 120000 },
  {
    code: "synthetic.service_stations",
    nameZh: "合成职工服务站点数",
    nameEn: "Synthetic worker service stations",
    unit: "COUNT",
    additive: true,
    countyScale: 30,
  },
  { code: "synthetic.workers_served", nameZh: "合成服务职工人数", nameEn: "Synthetic workers served", unit: "PERSON", additive: true, countyScale: 50000 },
  {
    code: "synthetic.skill_certificates",
    nameZh: "合成技能等级证书人数",
    nameEn: "Synthetic skill certificates issued",
    unit: "PERSON",
    additive: true,
    countyScale: 6000,
  },
  { code: "synthetic.funding_invested", nameZh: "合成投入经费", nameEn: "Synthetic funding invested", unit: "CNY", additive: true, countyScale: 3_000_000 },
  { code: "synthetic.award_money", nameZh: "合成奖励资金", nameEn: "Synthetic award money", unit: "CNY", additive: true, countyScale: 800_000 },
  { code: "synthetic.training_subsidies", nameZh: "合成培训补贴", nameEn: "Synthetic training subsidies", unit: "CNY", additive: true, countyScale: 1_500_000 },
  { code: "synthetic.overall_rank", nameZh: "合成综合排名", nameEn: "Synthetic overall rank", unit: "RANK", additive: false, countyScale: 0 },
];

/** The reported indicators the benchmark compares regions on. */
export const comparedIndicatorCodes = ["synthetic.competition_participants", "synthetic.trainees", "synthetic.studios", "synthetic.funding_invested"] as const;
