import type { Context } from "../../context.js";
import type { $Enums, Region } from "../../generated/sqlite/index.js";
import type { MetricData, RecordAggregate } from "../../aggregation/compare.js";
import type { RegionFigure } from "../../aggregation/roll-up.js";
import { sumQuantities } from "../../aggregation/quantity-sum.js";
import type { Quantity } from "../../quantity/stated-quantity.js";
import { yearCondition } from "../common/filters.js";

/** Named records a metric can count (or, for funding, sum) per region. */
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

type RegionRow = Pick<Region, "id" | "path" | "level">;
type CountRow = { regionId: number | null; citationId: number; _count: { _all: number } };

const exact = (value: number): Quantity => ({ qualifier: "EXACT", value });

/**
 * Everything a comparison needs, fetched with a fixed number of grouped statements whatever
 * the number of regions, metrics and rows: the regions of the compared subtrees, the figures of
 * every indicator involved, and one grouped query per kind of named record involved.
 */
export async function loadComparisonData(
  context: Context,
  compared: RegionRow[],
  metrics: MetricRequest[],
  years: { from?: number | null; to?: number | null } | null | undefined,
): Promise<MetricData[]> {
  const { db } = context;
  const subtrees = compared.map(({ path }) => ({ path: { gte: path, lt: `${path.slice(0, -1)}0` } }));
  const regions = await db.region.findMany({ where: { OR: subtrees }, select: { id: true, path: true, level: true } });
  const regionById = new Map(regions.map((region) => [region.id, region]));
  const regionIds = [...regionById.keys()];

  const codes = [...new Set(metrics.flatMap((m) => [m.indicatorCode, m.per?.indicatorCode]).filter((code): code is string => !!code))];
  const indicators = new Map(
    await Promise.all(codes.map(async (code) => [code, await context.keys.indicators.require(code, "metrics.indicatorCode")] as const)),
  );
  const period = years ? { period: yearCondition(years, "period") } : {};
  const figures = codes.length
    ? await db.reportedFigure.findMany({
        where: { indicatorId: { in: [...indicators.values()].map((i) => i.id) }, regionId: { in: regionIds }, ...period },
        select: {
          indicatorId: true,
          regionId: true,
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

  const kinds = new Set(metrics.map((m) => m.records).filter((kind): kind is RecordKind => !!kind));
  const records = new Map<RecordKind, { rows: (RecordAggregate & { honourTitleId?: number; status?: string; purpose?: string })[] }>();
  const at = (regionId: number | null) => regionById.get(regionId ?? -1)!.path;
  const inRegions = { regionId: { in: regionIds } };
  const counted = (rows: CountRow[]) => rows.map((row) => ({ regionPath: at(row.regionId), quantity: exact(row._count._all), citationIds: [row.citationId] }));
  for (const kind of kinds) {
    if (kind === "HONOURS") {
      const rows = await db.honour.groupBy({
        by: ["regionId", "honourTitleId", "status", "period", "citationId"],
        where: { ...inRegions, ...period },
        _count: { _all: true },
      });
      records.set(kind, {
        rows: rows.map((row) => ({ ...counted([row])[0]!, period: row.period, honourTitleId: row.honourTitleId, status: row.status })),
      });
    } else if (kind === "FUNDING") {
      const rows = await db.fundingAllocation.groupBy({
        by: ["regionId", "purpose", "qualifier", "period", "citationId"],
        where: { ...inRegions, ...period },
        _sum: { amountCny: true, amountCnyMax: true },
      });
      records.set(kind, {
        rows: rows.map((row) => ({
          regionPath: at(row.regionId),
          quantity: { qualifier: row.qualifier, value: Number(row._sum.amountCny ?? 0), valueMax: row._sum.amountCnyMax === null ? undefined : Number(row._sum.amountCnyMax) },
          citationIds: [row.citationId],
          period: row.period,
          purpose: row.purpose,
        })),
      });
    } else {
      // The five record tables share the columns grouped here; Prisma's groupBy types differ per model.
      const delegates = {
        CRAFTSMAN_STUDIOS: db.craftsmanStudio,
        DEMONSTRATION_POINTS: db.demonstrationPoint,
        INNOVATION_PROJECTS: db.innovationProject,
        SKILL_COMPETITIONS: db.skillCompetition,
        SERVICE_FACILITIES: db.serviceFacility,
      } as unknown as Record<RecordKind, { groupBy(args: object): Promise<CountRow[]> }>;
      const rows = await delegates[kind].groupBy({ by: ["regionId", "citationId"], where: inRegions, _count: { _all: true } });
      records.set(kind, { rows: counted(rows) });
    }
  }

  const figuresOf = (code: string, metric?: MetricRequest): RegionFigure<number>[] =>
    figures
      .filter((f) => f.indicatorId === indicators.get(code)!.id)
      .filter((f) => !metric?.honourStatus || f.honourStatus === metric.honourStatus)
      .filter((f) => !metric?.honourLevel || titleLevels.get(f.honourTitleId) === metric.honourLevel)
      .map((f) => {
        const region = regionById.get(f.regionId!)!;
        return {
          regionPath: region.path,
          regionLevel: region.level,
          facet: [f.honourTitleId, f.honourStatus, f.skillCompetitionId, f.policyDocumentId].join(":"),
          period: f.period,
          quantity: { qualifier: f.qualifier, value: Number(f.value), valueMax: f.valueMax === null ? undefined : Number(f.valueMax) },
          source: f.citationId,
        };
      });

  return metrics.map((metric) => {
    const recordRows = metric.records
      ? records
          .get(metric.records)!
          .rows.filter((row) => !metric.honourStatus || row.status === metric.honourStatus)
          .filter((row) => !metric.honourLevel || titleLevels.get(row.honourTitleId) === metric.honourLevel)
          .filter((row) => !metric.fundingPurpose || row.purpose === metric.fundingPurpose)
      : undefined;
    return {
      figures: metric.indicatorCode ? figuresOf(metric.indicatorCode, metric) : [],
      additive: metric.indicatorCode ? indicators.get(metric.indicatorCode)!.additive : true,
      ...(recordRows ? { records: mergeByRegion(recordRows) } : {}),
      ...(metric.per ? { denominator: { figures: figuresOf(metric.per.indicatorCode), scale: metric.per.scale } } : {}),
    };
  });
}

/** Grouped rows split by citation (for sources) become one quantity per region and period. */
function mergeByRegion(rows: RecordAggregate[]): RecordAggregate[] {
  const byRegion = new Map<string, RecordAggregate[]>();
  for (const row of rows) {
    const key = `${row.regionPath}\u0000${row.period ?? ""}`;
    byRegion.set(key, [...(byRegion.get(key) ?? []), row]);
  }
  return [...byRegion.values()].map((group) => ({
    regionPath: group[0]!.regionPath,
    period: group[0]!.period ?? null,
    quantity: sumQuantities(group.map((row) => row.quantity))!,
    citationIds: [...new Set(group.flatMap((row) => row.citationIds))],
  }));
}
