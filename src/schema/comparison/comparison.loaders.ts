import type { Context } from "../../context.js";
import type { $Enums, Organisation, Prisma, Region } from "../../generated/sqlite/index.js";
import type { MetricData, RecordAggregate } from "../../aggregation/compare.js";
import type { RegionFigure } from "../../aggregation/roll-up.js";
import { sumQuantities } from "../../aggregation/quantity-sum.js";
import type { Quantity } from "../../quantity/stated-quantity.js";
import { standing, subtreeOfPath, yearCondition } from "../common/filters.js";

/** Named records a metric can count (or, for funding, sum) per region or organisation. */
export type RecordKind =
  | "HONOURS"
  | "FUNDING"
  | "CRAFTSMAN_STUDIOS"
  | "DEMONSTRATION_POINTS"
  | "INNOVATION_PROJECTS"
  | "SKILL_COMPETITIONS"
  | "SERVICE_FACILITIES";

export interface MetricRequest {
  label: string;
  indicatorCode?: string | null;
  records?: RecordKind | null;
  honourLevel?: $Enums.HonourLevel | null;
  honourStatus?: $Enums.HonourStatus | null;
  fundingPurpose?: $Enums.FundingPurpose | null;
  per?: { indicatorCode: string; scale: number } | null;
}

type Years = { from?: number | null; to?: number | null } | null | undefined;

/** What the database can already narrow records by, so fewer grouped rows come back. */
interface RecordNarrowing {
  period: object;
  /** Group by period too: only year-by-year series need it. */
  byYear: boolean;
  /** Only these honour titles, when every honour metric asks for given levels. */
  honourTitleIds?: number[];
}
type Row = RecordAggregate & { honourTitleId?: number; status?: string; purpose?: string };
type CountRow = { citationId: number; _count: { _all: number } } & Record<string, unknown>;

/** Where each compared subject sits: regions on their tree paths, organisations on a path of their own. */
interface Subjects {
  /** Condition on reported figures: about one of the compared subjects (or below them). */
  figureWhere: Prisma.ReportedFigureWhereInput;
  placeOfFigure(figure: { regionId: number | null; organisationId: number | null }): { path: string; level: string } | undefined;
  /** Named records of one kind, grouped by subject and citation (and period, for series). */
  records(kind: RecordKind, narrowing: RecordNarrowing): Promise<Row[]>;
}

const exact = (value: number): Quantity => ({ qualifier: "EXACT", value });

/** Record kinds that can be retired (and then no longer count); competitions and facilities cannot. */
const retirable = new Set<RecordKind>(["FUNDING", "CRAFTSMAN_STUDIOS", "DEMONSTRATION_POINTS", "INNOVATION_PROJECTS"]);

/** Path an organisation stands at in a comparison: no tree, so nothing is rolled up into it. */
export const organisationPath = (id: number) => `/organisation:${id}/`;

async function regionSubjects(context: Context, compared: Pick<Region, "path">[]): Promise<Subjects> {
  const { db } = context;
  const subtrees = compared.map(({ path }) => subtreeOfPath(path));
  const regions = await db.region.findMany({ where: { OR: subtrees }, select: { id: true, path: true, level: true } });
  const regionById = new Map(regions.map((region) => [region.id, region]));
  const inRegions = { regionId: { in: [...regionById.keys()] } };
  const at = (regionId: unknown) => regionById.get(regionId as number)!.path;
  // The five record tables share the columns grouped here; Prisma's groupBy types differ per model.
  const counted = {
    CRAFTSMAN_STUDIOS: db.craftsmanStudio,
    DEMONSTRATION_POINTS: db.demonstrationPoint,
    INNOVATION_PROJECTS: db.innovationProject,
    SKILL_COMPETITIONS: db.skillCompetition,
    SERVICE_FACILITIES: db.serviceFacility,
  } as unknown as Record<RecordKind, { groupBy(args: object): Promise<CountRow[]> }>;
  return {
    figureWhere: inRegions,
    placeOfFigure: ({ regionId }) => {
      const region = regionById.get(regionId ?? -1);
      return region && { path: region.path, level: region.level };
    },
    async records(kind, { period, byYear, honourTitleIds }) {
      if (kind === "HONOURS") {
        const rows = await db.honour.groupBy({
          by: byYear ? ["regionId", "honourTitleId", "status", "citationId", "period"] : ["regionId", "honourTitleId", "status", "citationId"],
          where: { ...inRegions, ...standing, ...period, ...(honourTitleIds ? { honourTitleId: { in: honourTitleIds } } : {}) },
          _count: { _all: true },
        });
        return rows.map((row) => ({ regionPath: at(row.regionId), period: (row as { period?: string | null }).period ?? null, quantity: exact(row._count._all), citationIds: [row.citationId], honourTitleId: row.honourTitleId, status: row.status }));
      }
      if (kind === "FUNDING") {
        const rows = await db.fundingAllocation.groupBy({
          by: byYear ? ["regionId", "purpose", "qualifier", "citationId", "period"] : ["regionId", "purpose", "qualifier", "citationId"],
          where: { ...inRegions, ...standing, ...period },
          _sum: { amountCny: true, amountCnyMax: true },
        });
        return rows.map((row) => ({ regionPath: at(row.regionId), period: (row as { period?: string | null }).period ?? null, quantity: fundingQuantity(row), citationIds: [row.citationId], purpose: row.purpose }));
      }
      const rows = await counted[kind].groupBy({ by: ["regionId", "citationId"], where: { ...inRegions, ...(retirable.has(kind) ? standing : {}) }, _count: { _all: true } });
      return rows.map((row) => ({ regionPath: at(row.regionId), quantity: exact(row._count._all), citationIds: [row.citationId] }));
    },
  };
}

/**
 * Organisations: figures about them, and the records they hold, pay, host, run or organise;
 * honours count both the unit's own and those of people it employs.
 */
function organisationSubjects(context: Context, compared: Pick<Organisation, "id">[]): Subjects {
  const { db } = context;
  const ids = compared.map((organisation) => organisation.id);
  const byColumn = async (kind: RecordKind, column: string, period: object) => {
    const model = {
      FUNDING: db.fundingAllocation,
      CRAFTSMAN_STUDIOS: db.craftsmanStudio,
      DEMONSTRATION_POINTS: db.demonstrationPoint,
      INNOVATION_PROJECTS: db.innovationProject,
      SKILL_COMPETITIONS: db.skillCompetition,
      SERVICE_FACILITIES: db.serviceFacility,
    }[kind as Exclude<RecordKind, "HONOURS">] as unknown as { groupBy(args: object): Promise<CountRow[]> };
    const funding = kind === "FUNDING";
    const rows = await model.groupBy({
      by: [column, "citationId", ...(funding ? ["purpose", "qualifier", "period"] : [])],
      where: { [column]: { in: ids }, ...(retirable.has(kind) ? standing : {}), ...(funding ? period : {}) },
      ...(funding ? { _sum: { amountCny: true, amountCnyMax: true } } : { _count: { _all: true } }),
    });
    return rows.map((row) => ({
      regionPath: organisationPath(row[column] as number),
      period: (row.period as string | null | undefined) ?? null,
      quantity: funding ? fundingQuantity(row as never) : exact(row._count._all),
      citationIds: [row.citationId],
      ...(funding ? { purpose: row.purpose as string } : {}),
    }));
  };
  return {
    figureWhere: { organisationId: { in: ids } },
    placeOfFigure: ({ organisationId }) => (organisationId !== null && ids.includes(organisationId) ? { path: organisationPath(organisationId), level: "ORGANISATION" } : undefined),
    async records(kind, { period, honourTitleIds }) {
      if (kind === "HONOURS") {
        const honours = await db.honour.findMany({
          where: {
            OR: [{ organisationId: { in: ids } }, { person: { employerId: { in: ids } } }],
            ...standing,
            ...period,
            ...(honourTitleIds ? { honourTitleId: { in: honourTitleIds } } : {}),
          },
          select: { organisationId: true, person: { select: { employerId: true } }, honourTitleId: true, status: true, period: true, citationId: true },
        });
        return honours.map((honour) => ({
          regionPath: organisationPath((honour.organisationId ?? honour.person?.employerId)!),
          period: honour.period,
          quantity: exact(1),
          citationIds: [honour.citationId],
          honourTitleId: honour.honourTitleId,
          status: honour.status,
        }));
      }
      const column = { FUNDING: "payerId", CRAFTSMAN_STUDIOS: "hostId", DEMONSTRATION_POINTS: "hostId", INNOVATION_PROJECTS: "ownerId", SKILL_COMPETITIONS: "organiserId", SERVICE_FACILITIES: "operatorId" }[kind];
      return byColumn(kind, column, period);
    },
  };
}

function fundingQuantity(row: { qualifier: $Enums.Qualifier; _sum: { amountCny: bigint | null; amountCnyMax: bigint | null } }): Quantity {
  return {
    qualifier: row.qualifier,
    value: Number(row._sum.amountCny ?? 0),
    valueMax: row._sum.amountCnyMax === null ? undefined : Number(row._sum.amountCnyMax),
  };
}

/**
 * Everything a comparison needs, fetched with a fixed number of grouped statements whatever
 * the number of subjects, metrics and rows: the figures of every indicator involved, and one
 * grouped query per kind of named record involved.
 */
async function loadMetricData(context: Context, subjects: Subjects, metrics: MetricRequest[], years: Years, byYear: boolean): Promise<MetricData[]> {
  const { db } = context;
  const codes = [...new Set(metrics.flatMap((m) => [m.indicatorCode, m.per?.indicatorCode]).filter((code): code is string => !!code))];
  const indicators = new Map(
    await Promise.all(codes.map(async (code) => [code, await context.keys.indicators.require(code, "metrics.indicatorCode")] as const)),
  );
  const period = years ? { period: yearCondition(years, "period") } : {};
  const figures = codes.length
    ? await db.reportedFigure.findMany({
        where: { indicatorId: { in: [...indicators.values()].map((i) => i.id) }, ...subjects.figureWhere, ...standing, ...period },
        select: {
          indicatorId: true,
          regionId: true,
          organisationId: true,
          qualifier: true,
          value: true,
          valueMax: true,
          honourStatus: true,
          honourTitleId: true,
          skillCompetitionId: true,
          policyDocumentId: true,
          period: true,
          citationId: true,
        },
        orderBy: { id: "asc" },
      })
    : [];
  const needsLevels = metrics.some((m) => m.honourLevel);
  const titleLevels = needsLevels ? new Map((await db.honourTitle.findMany({ select: { id: true, level: true } })).map((t) => [t.id, t.level])) : new Map();

  const kinds = [...new Set(metrics.map((m) => m.records).filter((kind): kind is RecordKind => !!kind))];
  const honourMetrics = metrics.filter((m) => m.records === "HONOURS");
  const honourTitleIds = honourMetrics.every((m) => m.honourLevel)
    ? [...titleLevels].filter(([, level]) => honourMetrics.some((m) => m.honourLevel === level)).map(([id]) => id as number)
    : undefined;
  const narrowing = { period, byYear, ...(honourTitleIds ? { honourTitleIds } : {}) };
  const records = new Map(await Promise.all(kinds.map(async (kind) => [kind, await subjects.records(kind, narrowing)] as const)));

  const figuresOf = (code: string, metric?: MetricRequest): RegionFigure<number>[] =>
    figures
      .filter((f) => f.indicatorId === indicators.get(code)!.id)
      .filter((f) => !metric?.honourStatus || f.honourStatus === metric.honourStatus)
      .filter((f) => !metric?.honourLevel || titleLevels.get(f.honourTitleId) === metric.honourLevel)
      .flatMap((f) => {
        const place = subjects.placeOfFigure(f);
        if (!place) return [];
        return [
          {
            regionPath: place.path,
            regionLevel: place.level,
            facet: [f.honourTitleId, f.honourStatus, f.skillCompetitionId, f.policyDocumentId].join(":"),
            period: f.period,
            quantity: { qualifier: f.qualifier, value: Number(f.value), valueMax: f.valueMax === null ? undefined : Number(f.valueMax) },
            source: f.citationId,
          },
        ];
      });

  return metrics.map((metric) => {
    const recordRows = metric.records
      ? records
          .get(metric.records)!
          .filter((row) => !metric.honourStatus || row.status === metric.honourStatus)
          .filter((row) => !metric.honourLevel || titleLevels.get(row.honourTitleId) === metric.honourLevel)
          .filter((row) => !metric.fundingPurpose || row.purpose === metric.fundingPurpose)
      : undefined;
    return {
      figures: metric.indicatorCode ? figuresOf(metric.indicatorCode, metric) : [],
      additive: metric.indicatorCode ? indicators.get(metric.indicatorCode)!.additive : true,
      ...(recordRows ? { records: mergeByPlace(recordRows) } : {}),
      ...(metric.per ? { denominator: { figures: figuresOf(metric.per.indicatorCode), scale: metric.per.scale } } : {}),
    };
  });
}

/** Metric data for regions: figures and records of each region's whole subtree. */
export async function loadRegionComparisonData(context: Context, compared: Pick<Region, "path">[], metrics: MetricRequest[], years: Years, byYear = false) {
  return loadMetricData(context, await regionSubjects(context, compared), metrics, years, byYear);
}

/** Metric data for organisations: figures about each, and records it holds, pays, hosts or runs. */
export async function loadOrganisationComparisonData(context: Context, compared: Pick<Organisation, "id">[], metrics: MetricRequest[], years: Years) {
  return loadMetricData(context, organisationSubjects(context, compared), metrics, years, false);
}

/** Grouped rows split by citation (for sources) become one quantity per place and period. */
function mergeByPlace(rows: RecordAggregate[]): RecordAggregate[] {
  const byPlace = new Map<string, RecordAggregate[]>();
  for (const row of rows) {
    const key = `${row.regionPath}\u0000${row.period ?? ""}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), row]);
  }
  return [...byPlace.values()].map((group) => ({
    regionPath: group[0]!.regionPath,
    period: group[0]!.period ?? null,
    quantity: sumQuantities(group.map((row) => row.quantity))!,
    citationIds: [...new Set(group.flatMap((row) => row.citationIds))],
  }));
}
