import type { Cell, CellBasis as CellBasisValue } from "../../../aggregation/compare.js";
import type { $Enums, Organisation as OrganisationRow, Region as RegionRow } from "../../../generated/sqlite/index.js";
import type { Quantity } from "../../../quantity/stated-quantity.js";
import { builder } from "../../builder.js";
import { atMostOnePerValueOf, FundingPurpose, HonourKind, HonourLevel, HonourStatus, RecordKind, RegionLevel, Unit } from "../common/enums.js";
import { listLengthSetBy } from "../common/list-bounds.js";
import { pageSize } from "../common/page-size.js";
import { DerivedQuantity } from "../common/quantity.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Region } from "../region/region.type.js";
import { Citation } from "../source/source.type.js";

/** Rows of a computed value by id, in order; a missing one fails the field like any load error. */
async function loadedInOrder<Row>(loader: { loadMany(ids: readonly number[]): Promise<(Row | Error)[]> }, ids: readonly number[]): Promise<Row[]> {
  return (await loader.loadMany(ids)).map((row) => {
    if (row instanceof Error) throw row;
    return row;
  });
}

export const CellBasis = builder.enumType("CellBasis", {
  description: "Where a comparison cell's value comes from. 数据依据",
  values: {
    REPORTED: { description: "Reported figures only." },
    RECORDS: { description: "A count or sum over named records only (nothing reported)." },
    REPORTED_AND_RECORDS: { description: "Both, and they agree." },
    RECORDS_INCOMPLETE: {
      description:
        "Both, and fewer records are named than reported (7 studios reported, 0 named): the list on file is incomplete, not contradicting; the value is the reported one.",
    },
    CONFLICTING: {
      description:
        "They contradict: more records are named than reported (3 named where 2 are reported), or two reports of one fact disagree (7 studios and 9); the value is the latest report.",
    },
    NO_DATA: { description: "Nothing reported and no named records: a gap, not a zero." },
  },
});

export const NormalisationInput = builder.inputType("NormalisationInput", {
  description: "Divide each value by the region's figure of another indicator (workers, enterprises …) and multiply by a scale.",
  fields: (t) => ({
    indicatorCode: t.string({ required: true, description: "The denominator's indicator, e.g. wage_collective_contracts.workers_covered." }),
    scale: t.int({ required: false, defaultValue: 10_000, description: "Per how many of the denominator (10,000 by default)." }),
  }),
});

export const ComparisonMetricInput = builder.inputType("ComparisonMetricInput", {
  description:
    "One column of a comparison: a reported indicator, an aggregate over named records, or both side by side. Honour metrics (records: HONOURS, or honours.persons / honours.units) count one kind of title at one status: name honourKind or honourTitle, and honourStatus. Funding may be narrowed to one purpose.",
  fields: (t) => ({
    label: t.string({ required: false, description: "Name of the column in the result; defaults to the indicator code or record kind." }),
    indicatorCode: t.string({ required: false, description: "Reported figures of this indicator, rolled up the region tree." }),
    records: t.field({ type: RecordKind, required: false, description: "Named records to count or sum in each subtree." }),
    honourKind: t.field({
      type: HonourKind,
      required: false,
      description: "For honour metrics: only titles of this kind (model workers, craftsmen, medals …); different kinds are never added together.",
    }),
    honourTitle: t.string({ required: false, description: "For honour metrics: only this title (its full Chinese name, e.g. 保山市劳动模范)." }),
    honourLevel: t.field({ type: HonourLevel, required: false, description: "For honour metrics: only titles at this level." }),
    honourStatus: t.field({
      type: HonourStatus,
      required: false,
      description: "For honour metrics, required: only honours at this stage (recommended and awarded are never added together).",
    }),
    fundingPurpose: t.field({ type: FundingPurpose, required: false, description: "For funding: only this purpose." }),
    per: t.field({ type: NormalisationInput, required: false, description: "Also give the value per a denominator indicator." }),
  }),
});

export interface MetricShape {
  label: string;
  indicatorCode: string | null;
  records: $Enums.RecordKind | null;
  unit: $Enums.Unit;
  honourKind: $Enums.HonourKind | null;
  honourTitle: string | null;
  honourLevel: $Enums.HonourLevel | null;
  honourStatus: $Enums.HonourStatus | null;
  fundingPurpose: $Enums.FundingPurpose | null;
}

export const ComparisonMetric = builder.objectRef<MetricShape>("ComparisonMetric").implement({
  description: "A column of a comparison: what exactly its cells count. 指标列",
  fields: (t) => ({
    label: t.exposeString("label", { description: "Column name, as requested." }),
    indicatorCode: t.exposeString("indicatorCode", { nullable: true, description: "The reported indicator, if any." }),
    records: t.field({ type: RecordKind, nullable: true, description: "The named records aggregated, if any.", resolve: (m) => m.records }),
    unit: t.field({ type: Unit, description: "Unit of the column's values.", resolve: (m) => m.unit }),
    honourKind: t.field({ type: HonourKind, nullable: true, description: "The kind of title counted, for honour metrics.", resolve: (m) => m.honourKind }),
    honourTitle: t.exposeString("honourTitle", { nullable: true, description: "The one title counted, when the metric names one." }),
    honourLevel: t.field({
      type: HonourLevel,
      nullable: true,
      description: "The level of titles counted, when the metric names one.",
      resolve: (m) => m.honourLevel,
    }),
    honourStatus: t.field({
      type: HonourStatus,
      nullable: true,
      description: "The stage of honours counted, for honour metrics.",
      resolve: (m) => m.honourStatus,
    }),
    fundingPurpose: t.field({
      type: FundingPurpose,
      nullable: true,
      description: "The purpose of funding summed, when the metric names one.",
      resolve: (m) => m.fundingPurpose,
    }),
  }),
});

export type CellShape = Cell & { metric: MetricShape };

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The `first` argument of a plain list paged like a connection's first page: the cost model prices
 * the list by it, and more than 100 is PAGE_SIZE_EXCEEDED.
 */
function firstOf<Shape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>, what: string, more = "") {
  return t.arg({
    type: "NonNegativeInt",
    required: false,
    defaultValue: pageSize.default,
    description: `How many ${what} (default ${pageSize.default}, at most ${pageSize.max})${more}.`,
  });
}

/**
 * `sources(first:)` and `sourceCount` of a computed value (a cell, a total). Sources are paged like
 * a connection's first page: the cost model prices them by `first`, and more than 100 is
 * PAGE_SIZE_EXCEEDED.
 */
function sourceFields<Shape extends { citationIds: number[] }>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>, computed: "value" | "total") {
  return {
    sources: t.field({
      type: [Citation],
      args: { first: firstOf(t, "passages to answer", "; the records themselves page further") },
      description: `The passages the ${computed} was computed from: the first \`first\` of them (all, when sourceCount is no more).`,
      resolve: (shape, { first }, context) => loadedInOrder(context.citations, shape.citationIds.slice(0, first ?? pageSize.default)),
    }),
    sourceCount: t.int({ description: `How many passages the ${computed} was computed from.`, resolve: (shape) => shape.citationIds.length }),
  };
}

const withUnit = (quantity: Quantity | undefined, unit: $Enums.Unit) => (quantity ? { ...quantity, unit } : null);

export const ComparisonCell = builder.objectRef<CellShape>("ComparisonCell").implement({
  description: "One region's value for one metric, with its basis, rank and sources. A gap is a null value, never a zero. 比较值",
  fields: (t) => ({
    metric: t.string({ description: "Label of the metric (column).", resolve: (c) => c.metric.label }),
    value: t.field({
      type: DerivedQuantity,
      nullable: true,
      description: "The value used for ranking and totals; null when there is no data.",
      resolve: (c) => withUnit(c.value, c.metric.unit),
    }),
    reported: t.field({
      type: DerivedQuantity,
      nullable: true,
      description: "From reported figures: the region's own, or its sub-regions' added up.",
      resolve: (c) => withUnit(c.reported, c.metric.unit),
    }),
    records: t.field({
      type: DerivedQuantity,
      nullable: true,
      description: "Count or sum over named records in the subtree (0 = none on file).",
      resolve: (c) => withUnit(c.records, c.metric.records === "FUNDING" ? "CNY" : "COUNT"),
    }),
    basis: t.field({ type: CellBasis, description: "Where the value comes from.", resolve: (c) => c.basis as CellBasisValue }),
    levels: t.field({
      type: [RegionLevel],
      description: "Tiers of the regions whose reports made the reported value (a city's own, or its counties').",
      ...atMostOnePerValueOf(RegionLevel),
      resolve: (c) => c.levels as $Enums.RegionLevel[],
    }),
    rank: t.int({
      nullable: true,
      description: "Place among the compared regions, 1 = largest; tied values share a place; null for gaps.",
      resolve: (c) => c.rank ?? null,
    }),
    tied: t.boolean({ description: "Whether another region has the same value.", resolve: (c) => c.tied }),
    normalised: t.float({
      nullable: true,
      description: "Value per the requested denominator × scale; null unless both are exact and present.",
      resolve: (c) => c.normalised ?? null,
    }),
    organisations: t.field({
      type: [Organisation],
      args: { first: firstOf(t, "organisations to answer") },
      description:
        "Organisations whose own reported figures make the reported value: those located in the region, where no division above them reports the figure (the first `first` of them).",
      resolve: (c, { first }, context) => loadedInOrder(context.organisations, c.organisationIds.slice(0, first ?? pageSize.default)),
    }),
    organisationCount: t.int({ description: "How many organisations' own figures make the reported value.", resolve: (c) => c.organisationIds.length }),
    ...sourceFields(t, "value"),
  }),
});

type RowShape = { region: RegionRow; cells: CellShape[] };
type TotalShape = { metric: MetricShape; value: Quantity | undefined; regionsWithData: number; citationIds: number[] };

export const RegionComparisonRow = builder.objectRef<RowShape>("RegionComparisonRow").implement({
  description: "One compared region and its cells, in metric order. 比较行",
  fields: (t) => ({
    region: t.field({ type: Region, description: "The region.", resolve: (row) => row.region }),
    cells: t.field({
      type: [ComparisonCell],
      description: "One cell per metric, in the order requested.",
      ...listLengthSetBy("metrics"),
      resolve: (row) => row.cells,
    }),
  }),
});

export const ComparisonTotal = builder.objectRef<TotalShape>("ComparisonTotal").implement({
  description: "A metric summed over the compared regions; a region inside another compared region is not added again. 合计",
  fields: (t) => ({
    metric: t.string({ description: "Label of the metric.", resolve: (total) => total.metric.label }),
    value: t.field({
      type: DerivedQuantity,
      nullable: true,
      description: "The sum; null when no region has data or the indicator is not additive (ranks, shares).",
      resolve: (total) => withUnit(total.value, total.metric.unit),
    }),
    regionsWithData: t.int({ description: "How many of the summed regions have a value.", resolve: (total) => total.regionsWithData }),
    ...sourceFields(t, "total"),
  }),
});

export const RegionComparison = builder.objectRef<{ metrics: MetricShape[]; rows: RowShape[]; totals: TotalShape[] }>("RegionComparison").implement({
  description: "Regions × metrics: rows of cells, ranked per metric, with totals; every cell traceable to its sources. 地区比较",
  fields: (t) => ({
    metrics: t.field({
      type: [ComparisonMetric],
      description: "The columns, in the order requested.",
      ...listLengthSetBy("metrics"),
      resolve: (c) => c.metrics,
    }),
    rows: t.field({
      type: [RegionComparisonRow],
      description: "One row per region, in the order requested.",
      ...listLengthSetBy("regionCodes"),
      resolve: (c) => c.rows,
    }),
    totals: t.field({ type: [ComparisonTotal], description: "One total per metric.", ...listLengthSetBy("metrics"), resolve: (c) => c.totals }),
  }),
});

type SeriesRowShape = { region: RegionRow; points: { year: number; cell: CellShape }[] };

const SeriesPoint = builder.objectRef<{ year: number; cell: CellShape }>("SeriesPoint").implement({
  description: "One year of a region's series. 年度值",
  fields: (t) => ({
    year: t.int({ description: "Calendar year.", resolve: (point) => point.year }),
    cell: t.field({
      type: ComparisonCell,
      description: "The value from figures and records dated in that year, ranked among the regions for that year.",
      resolve: (point) => point.cell,
    }),
  }),
});

const RegionSeriesRow = builder.objectRef<SeriesRowShape>("RegionSeriesRow").implement({
  description: "A region's values, year by year. 地区序列",
  fields: (t) => ({
    region: t.field({ type: Region, description: "The region.", resolve: (row) => row.region }),
    points: t.field({
      type: [SeriesPoint],
      description: "One point per year of the span, oldest first; a year without data is a gap.",
      ...listLengthSetBy("years"),
      resolve: (row) => row.points,
    }),
  }),
});

export const RegionSeries = builder.objectRef<{ metric: MetricShape; rows: SeriesRowShape[] }>("RegionSeries").implement({
  description: "One metric for several regions, year by year, from dated figures and records only. 时间序列",
  fields: (t) => ({
    metric: t.field({ type: ComparisonMetric, description: "The metric.", resolve: (series) => series.metric }),
    rows: t.field({
      type: [RegionSeriesRow],
      description: "One row per region, in the order requested.",
      ...listLengthSetBy("regionCodes"),
      resolve: (series) => series.rows,
    }),
  }),
});

type OrganisationRowShape = { organisation: OrganisationRow; cells: CellShape[] };

const OrganisationComparisonRow = builder.objectRef<OrganisationRowShape>("OrganisationComparisonRow").implement({
  description: "One compared organisation and its cells, in metric order. 比较行",
  fields: (t) => ({
    organisation: t.field({ type: Organisation, description: "The organisation.", resolve: (row) => row.organisation }),
    cells: t.field({
      type: [ComparisonCell],
      description: "One cell per metric, in the order requested.",
      ...listLengthSetBy("metrics"),
      resolve: (row) => row.cells,
    }),
  }),
});

export const OrganisationComparison = builder
  .objectRef<{ metrics: MetricShape[]; rows: OrganisationRowShape[]; totals: TotalShape[] }>("OrganisationComparison")
  .implement({
    description:
      "Organisations × metrics: figures reported about each, and the named records each holds, pays, hosts, runs or organises (nothing rolled up from subsidiaries), ranked, with totals and sources. 单位比较",
    fields: (t) => ({
      metrics: t.field({
        type: [ComparisonMetric],
        description: "The columns, in the order requested.",
        ...listLengthSetBy("metrics"),
        resolve: (c) => c.metrics,
      }),
      rows: t.field({
        type: [OrganisationComparisonRow],
        description: "One row per organisation, in the order requested.",
        ...listLengthSetBy("organisationNames"),
        resolve: (c) => c.rows,
      }),
      totals: t.field({ type: [ComparisonTotal], description: "One total per metric.", ...listLengthSetBy("metrics"), resolve: (c) => c.totals }),
    }),
  });
