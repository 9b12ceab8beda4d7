import { compareSubjects, metricInYear } from "../../../aggregation/compare.js";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { loadOrganisationComparisonData, loadRegionComparisonData, type MetricRequest, organisationPath } from "../../../read/comparison-data.js";
import { datedKinds, talliedKinds } from "../../../records/kind-catalogue.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { YearRange } from "../common/filters.js";
import { selectsBelow } from "../common/selection.js";
import { ComparisonMetricInput, type MetricShape, OrganisationComparison, RegionComparison, RegionSeries } from "./comparison.type.js";

const limits = { regions: 200, metrics: 20, years: 30 } as const;

async function comparedRegions(context: Context, codes: readonly string[]) {
  if (codes.length === 0 || codes.length > limits.regions) {
    throw userError(ErrorCode.badUserInput, `regionCodes: give 1 to ${limits.regions} regions.`, { argument: "regionCodes" });
  }
  return onceEach(await Promise.all(codes.map((code) => context.keys.regions.require(code, "regionCodes"))), "regionCodes", (region) => region.code);
}

/**
 * The compared subjects, each once: a region or organisation named twice (" 530500" and "530500"
 * alike) would be a second row and count twice in the totals.
 */
function onceEach<Subject extends { id: number }>(subjects: Subject[], argument: string, nameOf: (subject: Subject) => string): Subject[] {
  const seen = new Set<number>();
  for (const subject of subjects) {
    if (seen.has(subject.id)) throw userError(ErrorCode.badUserInput, `${argument} names ${nameOf(subject)} twice.`, { argument });
    seen.add(subject.id);
  }
  return subjects;
}

/** The indicators whose figures count honours: a metric of them is an honour metric like records: HONOURS. */
const honourIndicators = talliedKinds.HONOURS.sameThingAs;

/**
 * A metric as asked (`at` names the argument), checked to count one thing before any data is read:
 * its indicator and record kind measure the same, honour metrics name one kind of title (or one
 * title) at one status, narrowings apply to what the metric counts. Its column says what it counts.
 */
async function resolvedMetric(
  context: Context,
  input: typeof ComparisonMetricInput.$inferInput,
  at: string,
): Promise<{ request: MetricRequest; shape: MetricShape }> {
  const refuse = (message: string) => userError(ErrorCode.badUserInput, `${at}${input.label ? ` ("${input.label}")` : ""}: ${message}`, { argument: at });
  if (!input.indicatorCode && !input.records) throw refuse("give an indicatorCode, a records kind, or both.");
  const indicator = input.indicatorCode ? await context.keys.indicators.require(input.indicatorCode, `${at}.indicatorCode`) : undefined;
  if (indicator && input.records && !talliedKinds[input.records].sameThingAs.includes(indicator.code)) {
    // 61 PERSON against 11,830,000 CNY was answered as one cell, CONFLICTING.
    const pairable = talliedKinds[input.records].sameThingAs;
    throw refuse(
      `the indicator ${indicator.code} (${indicator.unit}) and records: ${input.records} measure different things, so they cannot be one metric. ${
        pairable.length > 0 ? `records: ${input.records} pairs with ${pairable.join(" or ")}` : `records: ${input.records} pairs with no indicator`
      }; ask for the two as separate metrics.`,
    );
  }
  const honours = input.records === "HONOURS" || (indicator !== undefined && honourIndicators.includes(indicator.code));
  if (!honours && (input.honourKind || input.honourTitle != null || input.honourLevel || input.honourStatus)) {
    throw refuse("honourKind, honourTitle, honourLevel and honourStatus apply to honour metrics only (records: HONOURS, or honours.persons / honours.units).");
  }
  if (input.fundingPurpose && input.records !== "FUNDING") throw refuse("fundingPurpose applies to records: FUNDING only.");
  // 29 model workers and 15 craftsmen were one cell of 44, recommended and awarded one of 61.
  if (honours && !input.honourKind && input.honourTitle == null) {
    throw refuse("honours of different kinds of title (model workers, craftsmen, medals …) are not one number: name a honourKind or a honourTitle.");
  }
  if (honours && !input.honourStatus) {
    throw refuse("recommended, awarded and revoked honours are not one number: name a honourStatus (ask for two metrics to see two stages).");
  }
  const title = input.honourTitle != null ? await context.keys.honourTitles.require(input.honourTitle, `${at}.honourTitle`) : undefined;
  if (title && input.honourKind && title.kind !== input.honourKind)
    throw refuse(`the title ${title.nameZh} is of the kind ${title.kind}, not ${input.honourKind}.`);
  if (title && input.honourLevel && title.level !== input.honourLevel)
    throw refuse(`the title ${title.nameZh} is at the level ${title.level}, not ${input.honourLevel}.`);
  const narrowing = {
    honourKind: title?.kind ?? input.honourKind ?? null,
    honourLevel: title?.level ?? input.honourLevel ?? null,
    honourStatus: input.honourStatus ?? null,
    fundingPurpose: input.fundingPurpose ?? null,
  };
  const label = input.label ?? input.indicatorCode ?? input.records!;
  return {
    request: {
      label,
      indicatorCode: indicator?.code ?? null,
      records: input.records ?? null,
      ...narrowing,
      honourTitleId: title?.id ?? null,
      per: input.per ? { indicatorCode: input.per.indicatorCode, scale: input.per.scale ?? 10_000 } : null,
    },
    shape: {
      label,
      indicatorCode: indicator?.code ?? null,
      records: input.records ?? null,
      unit: indicator ? indicator.unit : input.records === "FUNDING" ? "CNY" : "COUNT",
      ...narrowing,
      honourTitle: title?.nameZh ?? null,
    },
  };
}

/**
 * Each cell (or total) of a row told its column's metric. The cells are this request's own, just
 * computed: given the property in place, not copied, as copying 1,040 cells of a 130-county
 * comparison by spread cost more than computing them.
 */
function withMetrics<Computed extends object>(computed: Computed[], metrics: readonly MetricShape[]): (Computed & { metric: MetricShape })[] {
  return computed.map((value, m) => Object.assign(value, { metric: metrics[m]! }));
}

/** Every metric of a comparison, resolved together (their lookups batch). */
async function resolvedMetrics(context: Context, inputs: readonly (typeof ComparisonMetricInput.$inferInput)[]) {
  if (inputs.length === 0 || inputs.length > limits.metrics) {
    throw userError(ErrorCode.badUserInput, `metrics: give 1 to ${limits.metrics} metrics.`, { argument: "metrics" });
  }
  const resolved = await Promise.all(inputs.map((input, index) => resolvedMetric(context, input, `metrics[${index}]`)));
  return { requests: resolved.map((metric) => metric.request), metrics: resolved.map((metric) => metric.shape) };
}

builder.queryField("compareRegions", (t) =>
  t.field({
    type: RegionComparison,
    description:
      "Compares regions on metrics: each cell is the region's reported figure (its own, or its sub-regions' added up without double counting), an aggregate over named records, or both side by side, ranked per metric, with totals and sources. Gaps stay gaps.",
    args: {
      regionCodes: t.arg.stringList({ required: true, description: `Division codes of the regions to compare (at most ${limits.regions}).` }),
      metrics: t.arg({ type: [ComparisonMetricInput], required: true, description: `The columns (at most ${limits.metrics}).` }),
      period: t.arg({ type: YearRange, required: false, description: "Only figures and funding dated in these years; undated ones are then left out." }),
    },
    resolve: async (_root, args, context, info) => {
      // Before any data is read: a metric that mixes two measures is refused as it stands.
      const { requests, metrics } = await resolvedMetrics(context, args.metrics);
      const regions = await comparedRegions(context, args.regionCodes);
      const data = await loadRegionComparisonData(context, regions, requests, args.period, { byYear: false, sources: selectsBelow(info, "sources") });
      const { rows, totals } = compareSubjects(regions, data);
      return {
        metrics,
        rows: rows.map((cells, r) => ({ region: regions[r]!, cells: withMetrics(cells, metrics) })),
        totals: withMetrics(totals, metrics),
      };
    },
  }),
);

builder.queryField("compareOrganisations", (t) =>
  t.field({
    type: OrganisationComparison,
    description:
      "Compares organisations on metrics: figures reported about each (an enterprise's employees, a union's competitions), and records each holds, pays, hosts, runs or organises, ranked per metric with totals and sources. Gaps stay gaps.",
    args: {
      organisationNames: t.arg.stringList({ required: true, description: `Full Chinese names of the organisations (at most ${limits.regions}).` }),
      metrics: t.arg({ type: [ComparisonMetricInput], required: true, description: `The columns (at most ${limits.metrics}).` }),
      period: t.arg({ type: YearRange, required: false, description: "Only figures and dated records of these years." }),
    },
    resolve: async (_root, args, context, info) => {
      if (args.organisationNames.length === 0 || args.organisationNames.length > limits.regions) {
        throw userError(ErrorCode.badUserInput, `organisationNames: give 1 to ${limits.regions} organisations.`, { argument: "organisationNames" });
      }
      // Before any data is read: a metric that mixes two measures is refused as it stands.
      const { requests, metrics } = await resolvedMetrics(context, args.metrics);
      const organisations = onceEach(
        await Promise.all(args.organisationNames.map((name) => context.keys.organisations.require(name, "organisationNames"))),
        "organisationNames",
        (organisation) => organisation.nameZh,
      );
      const data = await loadOrganisationComparisonData(context, organisations, requests, args.period, {
        byYear: false,
        sources: selectsBelow(info, "sources"),
      });
      const { rows, totals } = compareSubjects(
        organisations.map((o) => ({ id: o.id, path: organisationPath(o.id) })),
        data,
      );
      return {
        metrics,
        rows: rows.map((cells, r) => ({ organisation: organisations[r]!, cells: withMetrics(cells, metrics) })),
        totals: withMetrics(totals, metrics),
      };
    },
  }),
);

builder.queryField("regionSeries", (t) =>
  t.field({
    type: RegionSeries,
    description:
      "One metric for several regions year by year, from figures and records dated in each year (undated ones are left out), each point ranked among the regions for its year.",
    args: {
      regionCodes: t.arg.stringList({ required: true, description: `Division codes (at most ${limits.regions}).` }),
      metric: t.arg({ type: ComparisonMetricInput, required: true, description: "The metric; records must be a dated kind (HONOURS or FUNDING)." }),
      years: t.arg({ type: YearRange, required: true, description: `The span, both ends given, at most ${limits.years} years.` }),
    },
    resolve: async (_root, args, context, info) => {
      const { from, to } = args.years;
      if (from == null || to == null || to < from || to - from >= limits.years) {
        throw userError(ErrorCode.badUserInput, `years: give from and to, from ≤ to, at most ${limits.years} years.`, { argument: "years" });
      }
      const { request, shape: metric } = await resolvedMetric(context, args.metric, "metric");
      if (request.records && !datedKinds.has(request.records)) {
        throw userError(ErrorCode.badUserInput, `metric: ${request.records} records carry no date; use HONOURS or FUNDING, or an indicator.`, {
          argument: "metric",
        });
      }
      const regions = await comparedRegions(context, args.regionCodes);
      const [data] = await loadRegionComparisonData(context, regions, [request], { from, to }, { byYear: true, sources: selectsBelow(info, "sources") });
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const byYear = years.map((year) => compareSubjects(regions, [metricInYear(data!, year)]).rows);
      return {
        metric,
        rows: regions.map((region, r) => ({
          region,
          points: years.map((year, y) => ({ year, cell: Object.assign(byYear[y]![r]![0]!, { metric }) })),
        })),
      };
    },
  }),
);
