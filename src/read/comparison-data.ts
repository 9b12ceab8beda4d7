import { type MetricData, organisationLevel, type RecordAggregate } from "../aggregation/compare.js";
import { sumQuantities } from "../aggregation/quantity-sum.js";
import type { RegionFigure } from "../aggregation/roll-up.js";
import { delegateOf } from "../db/model-delegates.js";
import { standing, subtreeHolding, yearCondition } from "../db/sql-conditions.js";
import type { $Enums, Organisation, Prisma, Region } from "../generated/sqlite/index.js";
import type { Quantity } from "../quantity/stated-quantity.js";
import { ByKindAndKey } from "../records/keyed-records.js";
import { countedRecords, honourIndicatorRecipients, type TallyKind, talliedKinds } from "../records/kind-catalogue.js";
import { fundingQuantity } from "./funding-sum.js";
import type { ReadContext } from "./key-loaders.js";
import { latestFigureIds } from "./latest-figures.js";
import { figuresAbout, organisationInRegionPath } from "./region-data.js";
import { integerSplit, kindSplit, subtreeTotals, textSplit } from "./subtree-totals.js";

export interface MetricRequest {
  label: string;
  indicatorCode?: string | null;
  records?: TallyKind | null;
  /** Honour metrics: the kind of title counted, and the one title when the metric names one. */
  honourKind?: $Enums.HonourKind | null;
  honourTitleId?: number | null;
  honourLevel?: $Enums.HonourLevel | null;
  honourStatus?: $Enums.HonourStatus | null;
  fundingPurpose?: $Enums.FundingPurpose | null;
  per?: { indicatorCode: string; scale: number } | null;
}

type Years = { from?: number | null; to?: number | null } | null | undefined;

/** How much a comparison needs: the narrower, the fewer rows come back. */
export interface ComparisonNeeds {
  /** Group by year too: only year-by-year series need it. */
  byYear: boolean;
  /** Every figure and record source, not only what makes the values: when sources are selected. */
  sources: boolean;
}

/** What the database can already narrow records by, so fewer grouped rows come back. */
interface RecordNarrowing extends ComparisonNeeds {
  years: Years;
  /** Condition on the period of dated records, for the record tables themselves. */
  period: object;
  /** Only these honour titles, when every honour metric asks for given levels. */
  honourTitleIds?: number[];
  /** What some metric tells records apart by: only these are grouped by, beyond the region. */
  splits: Set<"honourTitleId" | "honourStatus" | "fundingPurpose">;
}
type Row = RecordAggregate & { honourTitleId?: number; status?: string; purpose?: string };
/** A grouped row of named records: counted, or for funding summed per qualifier. */
type CountRow = {
  citationId: number;
  period?: string | null;
  purpose?: string;
  qualifier?: $Enums.Qualifier;
  _count?: { _all: number };
  _sum?: { amountCny: bigint | null; amountCnyMax: bigint | null };
} & Record<string, unknown>;

/** Where each compared subject sits: regions on their tree paths, organisations on a path of their own. */
interface Subjects {
  /** Condition on reported figures: about one of the compared subjects (or below them). */
  figureWhere: Prisma.ReportedFigureWhereInput;
  /** Whether a figure's place needs the region its organisation is located in. */
  placesOrganisationsInRegions: boolean;
  placeOfFigure(figure: FigurePlacing): { path: string; level: string } | undefined;
  /** Named records of these kinds, grouped by subject (and citation, for sources; period, for series). */
  records(kinds: TallyKind[], narrowing: RecordNarrowing): Promise<Map<TallyKind, Row[]>>;
}

/** What places a figure: its subject, and the region its organisation is located in (when read). */
type FigurePlacing = { regionId: number | null; organisationId: number | null; organisation?: { regionId: number | null } | null };

const exact = (value: number): Quantity => ({ qualifier: "EXACT", value });

/** Path an organisation stands at in a comparison: no tree, so nothing is rolled up into it. */
export const organisationPath = (id: number) => `/organisation:${id}/`;

async function regionSubjects(context: ReadContext, compared: Pick<Region, "id" | "path">[]): Promise<Subjects> {
  const { db } = context;
  const around = await db.region.findMany({ where: subtreeHolding(compared.map(({ path }) => path)), select: { id: true, path: true, level: true } });
  const regions = around.filter((region) => compared.some(({ path }) => region.path.startsWith(path)));
  const regionById = new Map(regions.map((region) => [region.id, region]));
  return {
    // A region's data (read/region-data.ts): figures about it and below it, and about organisations located there.
    figureWhere: figuresAbout({ id: { in: [...regionById.keys()] } }),
    placesOrganisationsInRegions: true,
    placeOfFigure: ({ regionId, organisationId, organisation }) => {
      if (organisationId !== null) {
        const located = regionById.get(organisation?.regionId ?? -1);
        return located && { path: organisationInRegionPath(located.path, organisationId), level: organisationLevel };
      }
      const region = regionById.get(regionId ?? -1);
      return region && { path: region.path, level: region.level };
    },
    // Regions' records are each compared region's whole subtree, summed by the database from the
    // regions' tallies or totals (read/subtree-totals.ts): one statement for every kind.
    async records(kinds, { years, byYear, sources, honourTitleIds, splits }) {
      const totals = await subtreeTotals(db, {
        rootIds: compared.map(({ id }) => id),
        kinds,
        splits: {
          kind: kindSplit,
          // Funding is always split by qualifier: exact amounts and bounds add up differently.
          qualifier: textSplit("total.qualifier"),
          ...(splits.has("honourTitleId") ? { honourTitleId: integerSplit('total."honourTitleId"') } : {}),
          ...(splits.has("honourStatus") ? { honourStatus: textSplit('total."honourStatus"') } : {}),
          ...(splits.has("fundingPurpose") ? { fundingPurpose: textSplit('total."fundingPurpose"') } : {}),
          ...(byYear ? { year: integerSplit("total.year") } : {}),
          ...(sources ? { citationId: integerSplit('total."citationId"') } : {}),
        },
        // Without sources or years, the totals over all of them are enough, and a fraction of the rows.
        perYearAndCitation: sources || byYear,
        years,
        ...(honourTitleIds ? { honourTitleIds } : {}),
      });
      const pathOf = new Map(compared.map(({ id, path }) => [id, path]));
      const rows = new Map(kinds.map((kind) => [kind, [] as Row[]]));
      for (const { rootId, split, recordCount, amounts } of totals) {
        const kind = split.kind as TallyKind;
        rows.get(kind)?.push({
          regionPath: pathOf.get(rootId)!,
          period: "year" in split && split.year ? String(split.year) : null,
          quantity: kind === "FUNDING" ? fundingQuantity(split.qualifier as $Enums.Qualifier, amounts) : exact(recordCount),
          citationIds: "citationId" in split ? [split.citationId as number] : [],
          honourTitleId: "honourTitleId" in split ? (split.honourTitleId as number) : undefined,
          status: "honourStatus" in split ? (split.honourStatus as string) : undefined,
          purpose: "fundingPurpose" in split ? (split.fundingPurpose as string) : undefined,
        });
      }
      return rows;
    },
  };
}

/**
 * Organisations: figures about them, and the records they hold, pay, host, run or organise;
 * honours count both the unit's own and those of people it employs.
 */
function organisationSubjects(context: ReadContext, compared: Pick<Organisation, "id">[]): Subjects {
  const { db } = context;
  const ids = compared.map((organisation) => organisation.id);
  const byColumn = async (kind: TallyKind, column: string, period: object) => {
    const funding = kind === "FUNDING";
    const rows = await delegateOf(db, talliedKinds[kind].model).groupBy<CountRow>({
      by: [column, "citationId", ...(funding ? ["purpose", "qualifier", "period"] : [])],
      where: { [column]: { in: ids }, ...countedRecords(kind), ...(funding ? period : {}) },
      ...(funding ? { _sum: { amountCny: true, amountCnyMax: true } } : { _count: { _all: true } }),
    });
    return rows.map((row) => ({
      regionPath: organisationPath(row[column] as number),
      period: row.period ?? null,
      quantity: row.qualifier && row._sum ? fundingQuantity(row.qualifier, row._sum) : exact(row._count?._all ?? 0),
      citationIds: [row.citationId],
      ...(funding ? { purpose: row.purpose } : {}),
    }));
  };
  return {
    figureWhere: { organisationId: { in: ids } },
    placesOrganisationsInRegions: false,
    placeOfFigure: ({ organisationId }) =>
      organisationId !== null && ids.includes(organisationId) ? { path: organisationPath(organisationId), level: organisationLevel } : undefined,
    records: async (kinds, narrowing) => new Map(await Promise.all(kinds.map(async (kind) => [kind, await recordsOf(kind, narrowing)] as const))),
  };

  async function recordsOf(kind: TallyKind, { period, honourTitleIds }: RecordNarrowing): Promise<Row[]> {
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
    return byColumn(kind, talliedKinds[kind].organisationColumn, period);
  }
}

/**
 * Everything a comparison needs, fetched with a fixed number of grouped statements whatever
 * the number of subjects, metrics and rows: the figures of every indicator involved, and one
 * grouped query per kind of named record involved.
 */
async function loadMetricData(
  context: ReadContext,
  subjectsFound: Subjects | Promise<Subjects>,
  metrics: MetricRequest[],
  years: Years,
  needs: ComparisonNeeds,
): Promise<MetricData[]> {
  const { db } = context;
  const codes = [...new Set(metrics.flatMap((m) => [m.indicatorCode, m.per?.indicatorCode]).filter((code): code is string => !!code))];
  const honourMetrics = metrics.filter((m) => m.records === "HONOURS" || m.honourKind || m.honourTitleId || m.honourLevel || m.honourStatus);
  // Independent lookups go out together: each round trip adds to the answer's latency.
  const [subjects, indicators, titles] = await Promise.all([
    subjectsFound,
    Promise.all(codes.map(async (code) => [code, await context.keys.indicators.require(code, "metrics.indicatorCode")] as const)).then(
      (found) => new Map(found),
    ),
    honourMetrics.length > 0
      ? db.honourTitle
          .findMany({ select: { id: true, level: true, kind: true, recipientKind: true } })
          .then((found) => new Map(found.map((title) => [title.id, title])))
      : new Map<number, { id: number; level: $Enums.HonourLevel; kind: $Enums.HonourKind; recipientKind: $Enums.RecipientKind }>(),
  ]);
  /**
   * Whether honours or figures of this title count for the metric: its title, or titles of its kind
   * and level, held by whom its indicator counts (honours.units: units; honours.persons: people).
   */
  const titleFits = (metric: MetricRequest, titleId: number | null | undefined) => {
    const recipients = metric.indicatorCode ? honourIndicatorRecipients[metric.indicatorCode] : undefined;
    if (!metric.honourKind && !metric.honourTitleId && !metric.honourLevel && !recipients) return true;
    const title = titleId == null ? undefined : titles.get(titleId);
    if (!title) return false;
    return (
      (!metric.honourTitleId || title.id === metric.honourTitleId) &&
      (!metric.honourKind || title.kind === metric.honourKind) &&
      (!metric.honourLevel || title.level === metric.honourLevel) &&
      (!recipients || title.recipientKind === recipients)
    );
  };
  const period = years ? { period: yearCondition(years, "period") } : {};

  const kinds = [...new Set(metrics.map((m) => m.records).filter((kind): kind is TallyKind => !!kind))];
  const honourRecordMetrics = metrics.filter((m) => m.records === "HONOURS");
  // Only the titles some honour metric counts are read; rows are told apart by title for titleFits.
  const honourTitleIds = honourRecordMetrics.length > 0 ? [...titles.keys()].filter((id) => honourRecordMetrics.some((m) => titleFits(m, id))) : undefined;
  const splits = new Set([
    ...(honourRecordMetrics.length > 0 ? (["honourTitleId"] as const) : []),
    ...(honourRecordMetrics.some((m) => m.honourStatus) ? (["honourStatus"] as const) : []),
    ...(metrics.some((m) => m.fundingPurpose) ? (["fundingPurpose"] as const) : []),
  ]);
  const narrowing = { period, years, splits, ...needs, ...(honourTitleIds ? { honourTitleIds } : {}) };
  const figureWhere = { indicatorId: { in: [...indicators.values()].map((i) => i.id) }, ...subjects.figureWhere, ...standing, ...period };
  // With sources, every report; otherwise only the one standing for each facet (marked, over all years).
  const figuresToRead = async (): Promise<Prisma.ReportedFigureWhereInput> => {
    if (needs.sources) return figureWhere;
    if (years || needs.byYear) return { id: { in: await latestFigureIds(db, figureWhere, needs.byYear) } };
    return { ...figureWhere, latestOfFacet: true };
  };
  const figuresFound = async () =>
    codes.length
      ? db.reportedFigure.findMany({
          where: await figuresToRead(),
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
            disputed: true,
            ...(subjects.placesOrganisationsInRegions ? { organisation: { select: { regionId: true } } } : {}),
          },
          orderBy: { id: "asc" },
        })
      : [];
  const [figures, records] = await Promise.all([figuresFound(), kinds.length ? subjects.records(kinds, narrowing) : new Map<TallyKind, Row[]>()]);

  const figuresOf = (code: string, metric?: MetricRequest): RegionFigure<number>[] =>
    figures
      .filter((f) => f.indicatorId === indicators.get(code)!.id)
      .filter((f) => !metric?.honourStatus || f.honourStatus === metric.honourStatus)
      .filter((f) => !metric || titleFits(metric, f.honourTitleId))
      .flatMap((f) => {
        const place = subjects.placeOfFigure(f);
        if (!place) return [];
        return [
          {
            regionPath: place.path,
            regionLevel: place.level,
            facet: [f.honourTitleId, f.honourStatus, f.skillCompetitionId, f.policyDocumentId].join(":"),
            organisationId: f.organisationId ?? undefined,
            disputed: f.disputed,
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
          .filter((row) => titleFits(metric, row.honourTitleId))
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
export async function loadRegionComparisonData(
  context: ReadContext,
  compared: Pick<Region, "id" | "path">[],
  metrics: MetricRequest[],
  years: Years,
  needs: ComparisonNeeds,
) {
  return loadMetricData(context, regionSubjects(context, compared), metrics, years, needs);
}

/** Metric data for organisations: figures about each, and records it holds, pays, hosts or runs. */
export async function loadOrganisationComparisonData(
  context: ReadContext,
  compared: Pick<Organisation, "id">[],
  metrics: MetricRequest[],
  years: Years,
  needs: ComparisonNeeds,
) {
  return loadMetricData(context, organisationSubjects(context, compared), metrics, years, needs);
}

/** Grouped rows split by citation (for sources) become one quantity per place and period. */
function mergeByPlace(rows: RecordAggregate[]): RecordAggregate[] {
  const byPlace = new ByKindAndKey<string, RecordAggregate[]>();
  for (const row of rows) {
    const period = row.period ?? "";
    byPlace.set(row.regionPath, period, [...(byPlace.get(row.regionPath, period) ?? []), row]);
  }
  return [...byPlace.entries()].map(([, , group]) => ({
    regionPath: group[0]!.regionPath,
    period: group[0]!.period ?? null,
    quantity: sumQuantities(group.map((row) => row.quantity))!,
    citationIds: [...new Set(group.flatMap((row) => row.citationIds))],
  }));
}
