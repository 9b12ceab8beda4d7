import type { $Enums } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import { atMost } from "./list-bounds.js";

// Every database enum, exposed under the same name with a description per value
// (English, then the Chinese term the sources use).

const valueCounts = new WeakMap<object, number>();

/** A GraphQL enum over a database enum's values, each with its description. */
function describedEnum<Value extends string>(name: string, description: string, values: Record<Value, string>) {
  const described = Object.fromEntries(Object.entries(values).map(([key, text]) => [key, { description: text }]));
  const ref = builder.enumType(name, { description, values: described as Record<Value, { description: string }> });
  valueCounts.set(ref, Object.keys(values).length);
  return ref;
}

/** Field options for a list holding at most one item per combination of these enums' values. */
export function atMostOnePerValueOf(...enums: object[]) {
  return atMost(enums.reduce((product: number, ref) => product * (valueCounts.get(ref) ?? Number.NaN), 1));
}

export const RegionLevel = describedEnum<$Enums.RegionLevel>("RegionLevel", "Tier of the administrative division tree (GB/T 2260). 行政区划级别", {
  PROVINCE: "Province-level division. 省级",
  PREFECTURE: "Prefecture-level city or autonomous prefecture. 地级（州、市）",
  COUNTY: "County-level division: county, county-level city or district. 县级（县、市、区）",
});

export const OrganisationKind = describedEnum<$Enums.OrganisationKind>("OrganisationKind", "What sort of body an organisation is. 组织类型", {
  TRADE_UNION: "A trade union or federation of trade unions. 工会",
  ENTERPRISE: "A company, enterprise group or one of its business units. 企业",
  GOVERNMENT_BODY: "A government department or agency. 政府部门",
  COORDINATION_BODY: "A cross-agency leading or coordination group. 领导小组、协调机构",
  EDUCATION_INSTITUTION: "A university, school or training and assessment centre. 教育培训机构",
  PUBLISHER: "A newspaper or other publisher of articles. 媒体",
});

export const ArticleSection = describedEnum<$Enums.ArticleSection>("ArticleSection", "Section of a newsletter an article appears in. 栏目", {
  NEWS_BRIEFS: "News from the province's own cities and enterprises. 简讯速览",
  CASES_FROM_ELSEWHERE: "Cases from other provinces, reprinted for reference. 他山之石",
});

export const Qualifier = describedEnum<$Enums.Qualifier>("Qualifier", "How exactly the source states a number (an SDMX-style observation status). 数值限定", {
  EXACT: "The number is stated exactly. 确数",
  AT_LEAST: 'The true number is at least the value ("余", "超过", "多"). 下限',
  AT_MOST: 'The true number is at most the value ("不高于", "前N名"). 上限',
  RANGE: 'The number lies between value and valueMax ("2-5万元"). 区间',
});

export const Unit = describedEnum<$Enums.Unit>("Unit", "Unit of a quantity. 计量单位", {
  COUNT: "A count of things (documents, points, studios…). 个、项、份",
  PERSON: "People. 人、名",
  PERSON_TIME: "Person-times: one person served or reached once. 人次",
  HOUSEHOLD: "Households. 户（家庭）",
  ENTERPRISE: "Enterprises. 户（企业）、家",
  CNY: "Chinese yuan, whole yuan. 元",
  CNY_PER_MONTH: "Chinese yuan per month. 元/月",
  SESSION: "Sessions or events held. 场次",
  VEHICLE_PER_DAY: "Vehicles per day. 辆次/日",
  INCIDENT_PER_YEAR: "Incidents per year. 起/年",
  CHARACTER: "Chinese characters of text. 字",
  RANK: "A place in a ranking, 1 being first. 名次",
  PERCENT: "Percent of a whole. 百分比",
});

export const PolicyDocumentKind = describedEnum<$Enums.PolicyDocumentKind>("PolicyDocumentKind", "Kind of policy document. 文件类型", {
  RULES: "Working rules of a body. 工作规则",
  WORK_POINTS: "Annual work priorities. 工作要点",
  NOTICE: "Notice. 通知",
  IMPLEMENTATION_OPINIONS: "Implementation opinions. 实施意见",
  IMPLEMENTATION_PLAN: "Implementation plan. 实施方案",
  MEASURES: "Measures or methods. 办法",
  STANDARD: "Assessment standard or specification. 规范、标准",
  TEXTBOOK: "Training textbook. 培训教材",
  QUESTION_BANK: "Examination question bank. 题库",
});

export const PolicyDocumentStatus = describedEnum<$Enums.PolicyDocumentStatus>("PolicyDocumentStatus", "Force of a policy document. 文件效力", {
  IN_FORCE: "Issued without a provisional marker. 正式",
  TRIAL: "Issued for trial. 试行",
  INTERIM: "Interim. 暂行",
  DRAFT: "Draft for discussion. 讨论稿",
});

export const HonourKind = describedEnum<$Enums.HonourKind>("HonourKind", "Kind of honour or title. 荣誉类型", {
  MODEL_WORKER: "Model worker. 劳动模范",
  LABOUR_MEDAL: "May Day Labour Medal (to a person). 五一劳动奖章",
  LABOUR_AWARD: "May Day Labour Award (to a unit). 五一劳动奖状",
  CRAFTSMAN: "Named craftsman title of a city or sector. 工匠",
  TECHNICAL_CHAMPION: "Technical champion of a trade (first place in a competition). 技术状元",
  TECHNICAL_EXPERT: "Technical expert of a trade. 技术能手",
  GREAT_CRAFTSMAN: "Great craftsman of the nation, as an enterprise grade. 大国工匠",
  CHIEF_SKILL_MASTER: "Chief skill master. 首席技能大师",
  SKILL_MASTER: "Skill master. 技能大师",
  DESIGNATED_TRAINING_SITE: "Designation of a unit as an official training site. 培训点",
});

export const HonourLevel = describedEnum<$Enums.HonourLevel>("HonourLevel", "Level of the body conferring an honour. 荣誉级别", {
  NATIONAL: "National. 全国",
  PROVINCIAL: "Provincial. 省级",
  CITY: "Prefecture-level city. 市级",
  ENTERPRISE_COMPANY: "Enterprise, whole company. 公司级",
  ENTERPRISE_DIVISION: "Enterprise, business division. 事业部级",
  ENTERPRISE_FACTORY: "Enterprise, factory. 制造厂级",
});

export const RecipientKind = describedEnum<$Enums.RecipientKind>("RecipientKind", "Who can hold a title. 授予对象", {
  PERSON: "An individual. 个人",
  UNIT: "A unit or organisation. 集体、单位",
});

export const HonourStatus = describedEnum<$Enums.HonourStatus>("HonourStatus", "Stage of an honour. 荣誉状态", {
  RECOMMENDED: "Recommended to the conferring body. 推荐",
  AWARDED: "Conferred. 授予、获得",
  REVOKED: "Withdrawn or not retained. 撤销、未保留",
});

export const FundingPurpose = describedEnum<$Enums.FundingPurpose>("FundingPurpose", "What money is allocated for. 经费用途", {
  CRAFTSMAN_STUDIOS: "Craftsman and model-worker innovation studios. 创新工作室",
  DEMONSTRATION_POINTS: "Reform demonstration points. 示范点",
  SERVICE_FACILITIES: "Worker service centres, cultural palaces and stations. 职工服务阵地",
  COMPETITION_SUBSIDIES: "Skill competition subsidies. 竞赛经费补助",
  AWARDS: "Prizes and awards. 奖励",
  INNOVATION_PROJECTS: "Worker innovation project grants. 创新项目补助",
  TRAINING: "Training. 培训",
});

export const RewardRuleKind = describedEnum<$Enums.RewardRuleKind>("RewardRuleKind", "What a reward rule rewards. 奖励规则类型", {
  COMPETITION_PLACING: "A placing in a skill competition. 竞赛名次",
  INNOVATION_PROJECT_GRANT: "A grant for a worker innovation project. 创新项目奖励",
  INNOVATION_ACHIEVEMENT_PRIZE: "A prize grade for innovation achievements. 创新成果奖",
  MONTHLY_ALLOWANCE: "A monthly allowance attached to a title. 月度津贴",
});

export const CompetitionStatus = describedEnum<$Enums.CompetitionStatus>("CompetitionStatus", "Stage of a competition. 竞赛状态", {
  PLANNED: "Announced or planned. 计划开展",
  HELD: "Held and concluded. 已举办",
});

export const CareerLadderKind = describedEnum<$Enums.CareerLadderKind>("CareerLadderKind", "What a career ladder climbs. 通道类型", {
  SKILL: "Skill grades. 技能等级",
  MANAGEMENT: "Management tiers. 管理层级",
});

export const SkillGrade = describedEnum<$Enums.SkillGrade>("SkillGrade", "A national vocational skill grade (国家职业技能等级), lowest first. 技能等级", {
  JUNIOR: "Junior worker (grade 5). 初级工",
  INTERMEDIATE: "Intermediate worker (grade 4). 中级工",
  SENIOR: "Senior worker (grade 3). 高级工",
  TECHNICIAN: "Technician (grade 2). 技师",
  SENIOR_TECHNICIAN: "Senior technician (grade 1). 高级技师",
});

export const ServiceFacilityKind = describedEnum<$Enums.ServiceFacilityKind>("ServiceFacilityKind", "Kind of worker service facility. 服务阵地类型", {
  WORKER_SERVICE_CENTRE: "Worker (comprehensive) service centre. 职工（综合）服务中心",
  WORKERS_CULTURAL_PALACE: "Workers' cultural palace. 工人文化宫",
  WORKER_STATION: "Roadside station for outdoor workers. 职工驿站",
});

export const FacilityStatus = describedEnum<$Enums.FacilityStatus>("FacilityStatus", "Stage of a facility. 建设状态", {
  PLANNED: "Planned. 规划",
  UNDER_CONSTRUCTION: "Being built or newly funded for building. 新建",
  IN_SERVICE: "In service. 在用",
  UPGRADE_PLANNED: "Upgrade included in the construction plan. 提升改造纳入规划",
});

export const ProjectStatus = describedEnum<$Enums.ProjectStatus>("ProjectStatus", "Stage of an innovation project. 项目状态", {
  PROPOSED: "Proposed. 申报",
  FUNDED: "Funded. 获补助",
  COMPLETED: "Completed. 完成",
});

export const RecordKind = describedEnum<$Enums.RecordKind>(
  "RecordKind",
  "Named records a comparison metric can count (or, for funding, sum) in each region's subtree. 记录类型",
  {
    HONOURS: "Named honours (not counts reported without names). 荣誉",
    FUNDING: "Funding allocations: the sum of their amounts in CNY. 经费",
    CRAFTSMAN_STUDIOS: "Named craftsman and model-worker studios. 创新工作室",
    DEMONSTRATION_POINTS: "Named reform demonstration points. 示范点",
    INNOVATION_PROJECTS: "Named innovation projects. 创新项目",
    SKILL_COMPETITIONS: "Skill competitions held (not those only planned). 技能竞赛",
    SERVICE_FACILITIES: "Named worker service facilities. 服务阵地",
  },
);

export const SortDirection = builder.enumType("SortDirection", {
  description: "Sort order. 排序方向",
  values: {
    ASC: { description: "Smallest or earliest first. 升序" },
    DESC: { description: "Largest or latest first. 降序" },
  },
});
