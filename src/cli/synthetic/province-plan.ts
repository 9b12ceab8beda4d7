import type { $Enums, Prisma } from "../../generated/sqlite/index.js";
import { citationOf } from "../../provenance/excerpt.js";
import { county, incompleteSyntheticSource, indicators, personTitles, prefecture, province, syntheticSource, unitTitles } from "./catalogue.js";
import type { Random } from "./random.js";

// The small, cross-referenced part of the synthetic province, planned in memory with ids
// assigned here (createMany returns none): regions, organisations, titles, indicators, every
// citation, and the honour announcements the million honourees are listed in. The large
// tables are produced row by row from this plan (see rows.ts).

export interface ProvinceSize {
  prefectures: number;
  counties: number;
  honourees: number;
}

export const years = [2018, 2019, 2020, 2021, 2022, 2023] as const;

/** As in a real province: every prefecture has a handful of counties, none very many. */
export const countiesPerPrefecture = { min: 5, max: 12 } as const;

export type ArticleTopic = "organisations" | "honours" | "sites" | "funding" | "figures";
const articleTopics: Record<ArticleTopic, { titleZh: string; titleEn: string }> = {
  organisations: { titleZh: "合成数据：组织名录", titleEn: "Synthetic data: organisations" },
  honours: { titleZh: "合成数据：荣誉名单", titleEn: "Synthetic data: honour lists" },
  sites: { titleZh: "合成数据：阵地与项目", titleEn: "Synthetic data: studios, sites and projects" },
  funding: { titleZh: "合成数据：经费安排", titleEn: "Synthetic data: funding" },
  figures: { titleZh: "合成数据：工作数字", titleEn: "Synthetic data: reported figures" },
};

/** Kinds of named sites and projects, with what a source's list of them is called. */
const siteLists = {
  skillCompetitions: "职工技能竞赛",
  serviceFacilities: "职工服务阵地",
  craftsmanStudios: "劳模和工匠人才创新工作室",
  demonstrationPoints: "产改示范点",
  innovationProjects: "职工创新项目",
} as const;
export type SiteKind = keyof typeof siteLists;

export interface PlannedRegion {
  id: number;
  nameZh: string;
  nameEn: string;
  level: $Enums.RegionLevel;
  /** Relative size: how many honourees and sites it gets and how large its figures are. */
  weight: number;
  /** How many regions of its tier share its parent, the range of its rank among them. */
  siblings: number;
  unionId: number;
  /** The union above its own: the prefecture's for a county, the province's for a prefecture. */
  parentUnionId: number;
  enterpriseIds: number[];
  citations: { funding: Map<number, number>; figures: Map<number, number>; sites: Map<SiteKind, number> };
}

/** One published list of honourees: one title, one region, one year, persons numbered consecutively. */
export interface Announcement {
  region: PlannedRegion;
  honourTitleId: number;
  year: number;
  firstPersonId: number;
  size: number;
  citationId: number;
}

const industries = [
  ["机械厂", "Machinery Works"],
  ["电力公司", "Power Company"],
  ["建设公司", "Construction Company"],
  ["化工公司", "Chemical Company"],
  ["矿业公司", "Mining Company"],
  ["交通公司", "Transport Company"],
  ["食品公司", "Food Company"],
  ["纺织厂", "Textile Mill"],
] as const;

/** Most honourees, sites and funding belong to counties; the rest to the prefecture itself. */
const prefectureShare = 0.25;

type WeightedRegions = (readonly [PlannedRegion, number])[];

export class ProvincePlan {
  /** Written first, marked incomplete; generate.ts gives it its own titles when everything is written. */
  readonly sourceDocument = { id: 1, ...syntheticSource, ...incompleteSyntheticSource };
  readonly articles: Prisma.ArticleCreateManyInput[];
  readonly citations: Prisma.CitationCreateManyInput[] = [];
  readonly regions: Prisma.RegionCreateManyInput[] = [];
  readonly organisations: Prisma.OrganisationCreateManyInput[] = [];
  readonly honourTitles: Prisma.HonourTitleCreateManyInput[] = [];
  readonly indicators: Prisma.IndicatorCreateManyInput[];
  readonly prefectures: PlannedRegion[] = [];
  readonly counties: PlannedRegion[] = [];
  readonly announcements: Announcement[] = [];
  /** Announcements by region id, to find a region's honoured people (studio leads). */
  readonly announcementsByRegion = new Map<number, Announcement[]>();
  readonly unitTitleIds: number[] = [];
  /** Honours of enterprises as units; ids and keys are given after the persons' honours. */
  readonly unitHonours: Omit<Prisma.HonourCreateManyInput, "id" | "key">[] = [];
  private readonly articleIds = new Map<ArticleTopic, number>();
  private readonly weightedPrefectures: WeightedRegions;
  private readonly weightedCounties: WeightedRegions;

  constructor(
    readonly size: ProvinceSize,
    private readonly random: Random,
  ) {
    this.articles = Object.entries(articleTopics).map(([topic, titles], index) => {
      this.articleIds.set(topic as ArticleTopic, index + 1);
      return { id: index + 1, key: `synthetic/${topic}`, sourceDocumentId: this.sourceDocument.id, ordinal: index + 1, section: "NEWS_BRIEFS", ...titles };
    });
    this.indicators = indicators.map(({ countyScale: _scale, ...indicator }, index) => ({
      id: index + 1,
      ...indicator,
      description: `${indicator.nameEn}: a synthetic indicator for benchmarks; its figures are not real.`,
    }));
    this.planRegions();
    this.weightedPrefectures = this.prefectures.map((region) => [region, region.weight] as const);
    this.weightedCounties = this.counties.map((region) => [region, region.weight] as const);
    this.planHonourTitles();
    this.planAnnouncements();
    this.planUnitHonours();
  }

  /** Every region honours, sites, funding and figures can belong to. */
  get placeableRegions(): PlannedRegion[] {
    return [...this.prefectures, ...this.counties];
  }

  /** A prefecture or county, the larger ones more often. */
  pickRegion(random: Random): PlannedRegion {
    return random.weighted(random.chance(prefectureShare) ? this.weightedPrefectures : this.weightedCounties);
  }

  /** A new citation of the topic's article; its excerpt says it is synthetic and numbers it. */
  private cite(topic: ArticleTopic, about: string): number {
    const id = this.citations.length + 1;
    this.citations.push({ id, ...citationOf(this.articleIds.get(topic)!, `合成数据第${id}条：${about}`) });
    return id;
  }

  private addOrganisation(fields: Omit<Prisma.OrganisationCreateManyInput, "id">): number {
    const id = this.organisations.length + 1;
    this.organisations.push({ id, ...fields });
    return id;
  }

  /**
   * The province, its prefectures and their 5–12 counties each, with paths built as the real
   * loader builds them; and in each region a trade union and a few enterprises, parents first.
   */
  private planRegions() {
    const { prefectures, counties } = this.size;
    const countiesPer = new Array<number>(prefectures).fill(countiesPerPrefecture.min);
    for (let extra = counties - countiesPerPrefecture.min * prefectures; extra > 0; ) {
      const p = this.random.int(0, prefectures - 1);
      if (countiesPer[p]! < countiesPerPrefecture.max) {
        countiesPer[p]!++;
        extra--;
      }
    }

    const provinceId = this.addRegion({ ...province, level: "PROVINCE", path: `/${province.code}/`, parentId: null });
    const provinceUnionId = this.addOrganisation({
      nameZh: `${province.nameZh}总工会`,
      nameEn: `${province.nameEn} Federation of Trade Unions`,
      kind: "TRADE_UNION",
      regionId: provinceId,
      citationId: this.cite("organisations", `${province.nameZh}工会组织`),
    });

    for (let p = 1; p <= prefectures; p++) {
      const names = prefecture(p);
      const path = `/${province.code}/${names.code}/`;
      const region = this.placeRegion({ ...names, level: "PREFECTURE", path, parentId: provinceId }, prefectures, provinceUnionId);
      this.prefectures.push(region);
      const groupsCitationId = this.cite("organisations", `${names.nameZh}企业名录`);
      const groups = [1, 2].map((g) =>
        this.addOrganisation({
          nameZh: `${names.nameZh}第${g}集团有限公司`,
          nameEn: `${names.nameEn} Group ${g} Co., Ltd.`,
          kind: "ENTERPRISE",
          regionId: region.id,
          citationId: groupsCitationId,
        }),
      );
      region.enterpriseIds.push(...groups);

      for (let c = 1; c <= countiesPer[p - 1]!; c++) {
        const countyNames = county(p, c);
        const countyRegion = this.placeRegion(
          { ...countyNames, level: "COUNTY", path: `${path}${countyNames.code}/`, parentId: region.id },
          countiesPer[p - 1]!,
          region.unionId,
        );
        this.counties.push(countyRegion);
        const citationId = this.cite("organisations", `${countyNames.nameZh}企业名录`);
        for (let e = 1, enterprises = this.random.int(3, 6); e <= enterprises; e++) {
          const [industryZh, industryEn] = this.random.pick(industries);
          countyRegion.enterpriseIds.push(
            this.addOrganisation({
              nameZh: `${countyNames.nameZh}第${e}${industryZh}`,
              nameEn: `${countyNames.nameEn} ${industryEn} ${e}`,
              kind: "ENTERPRISE",
              regionId: countyRegion.id,
              // Most county enterprises belong to one of the prefecture's groups.
              parentId: this.random.chance(0.7) ? this.random.pick(groups) : null,
              citationId,
            }),
          );
        }
      }
    }
  }

  private addRegion(fields: Omit<Prisma.RegionCreateManyInput, "id">): number {
    const id = this.regions.length + 1;
    this.regions.push({ id, ...fields });
    return id;
  }

  /** A prefecture or county with its union and the citations its records will carry. */
  private placeRegion(fields: Omit<Prisma.RegionCreateManyInput, "id">, siblings: number, parentUnionId: number): PlannedRegion {
    const id = this.addRegion(fields);
    const unionId = this.addOrganisation({
      nameZh: `${fields.nameZh}总工会`,
      nameEn: `${fields.nameEn} Federation of Trade Unions`,
      kind: "TRADE_UNION",
      regionId: id,
      parentId: parentUnionId,
      citationId: this.cite("organisations", `${fields.nameZh}工会组织`),
    });
    const citations = { funding: new Map<number, number>(), figures: new Map<number, number>(), sites: new Map<SiteKind, number>() };
    for (const year of years) {
      citations.funding.set(year, this.cite("funding", `${fields.nameZh}${year}年经费安排`));
      citations.figures.set(year, this.cite("figures", `${fields.nameZh}${year}年工作情况`));
    }
    for (const [kind, list] of Object.entries(siteLists)) citations.sites.set(kind as SiteKind, this.cite("sites", `${fields.nameZh}${list}名单`));
    return {
      id,
      nameZh: fields.nameZh,
      nameEn: fields.nameEn,
      level: fields.level,
      weight: 0.5 + 1.5 * this.random.next(),
      siblings,
      unionId,
      parentUnionId,
      enterpriseIds: [],
      citations,
    };
  }

  private planHonourTitles() {
    const citationId = this.cite("honours", "荣誉称号");
    for (const { weight: _weight, announcementSize: _size, ...title } of [...personTitles, ...unitTitles]) {
      const id = this.honourTitles.length + 1;
      this.honourTitles.push({ id, ...title, citationId });
      if (title.recipientKind === "UNIT") this.unitTitleIds.push(id);
    }
  }

  /** Lists of honourees until there are as many as asked for; each list is one citation. */
  private planAnnouncements() {
    const titleChoices = personTitles.map((title, index) => [{ id: index + 1, ...title }, title.weight] as const);
    for (let firstPersonId = 1; firstPersonId <= this.size.honourees; ) {
      const title = this.random.weighted(titleChoices);
      const region = this.pickRegion(this.random);
      const year = this.random.pick(years);
      const size = Math.min(this.random.int(...title.announcementSize), this.size.honourees - firstPersonId + 1);
      const announcement: Announcement = {
        region,
        honourTitleId: title.id,
        year,
        firstPersonId,
        size,
        citationId: this.cite("honours", `${region.nameZh}${year}年${title.nameZh}名单`),
      };
      this.announcements.push(announcement);
      const ofRegion = this.announcementsByRegion.get(region.id) ?? [];
      ofRegion.push(announcement);
      this.announcementsByRegion.set(region.id, ofRegion);
      firstPersonId += size;
    }
  }

  /** Up to two unit titles per enterprise, one list per region. */
  private planUnitHonours() {
    for (const region of this.placeableRegions) {
      const citationId = this.cite("honours", `${region.nameZh}先进集体名单`);
      for (const organisationId of region.enterpriseIds) {
        for (let count = this.random.int(0, 2); count > 0; count--) {
          this.unitHonours.push({
            honourTitleId: this.random.pick(this.unitTitleIds),
            status: "AWARDED",
            organisationId,
            regionId: region.id,
            period: String(this.random.pick(years)),
            citationId,
          });
        }
      }
    }
  }
}
