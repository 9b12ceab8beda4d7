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

/** The metric's column: its unit, once its indicator and record kind are known to measure one thing. `at` names the argument. */
async function metricShape(context: Context, request: MetricRequest, at: string): Promise<MetricShape> {
  const indicator = request.indicatorCode ? await context.keys.indicators.require(request.indicatorCode, "metrics.indicatorCode") : undefined;
  if (indicator && request.records && !talliedKinds[request.records].sameThingAs.includes(indicator.code)) {
    // 61 PERSON against 11,830,000 CNY was answered as one cell, CONFLICTING.
    const pairable = talliedKinds[request.records].sameThingAs;
    throw userError(
      ErrorCode.badUserInput,
      `${at} ("${request.label}"): the indicator ${indicator.code} (${indicator.unit}) and records: ${request.records} measure different things, so they cannot be one metric. ${
        pairable.length > 0 ? `records: ${request.records} pairs with ${pairable.join(" or ")}` : `records: ${request.records} pairs with no indicator`
      }; ask for the two as separate metrics.`,
      { argument: at },
    );
  }
  return {
    label: request.label,
    indicatorCode: request.indicatorCode ?? null,
    records: request.records ?? null,
    unit: indicator ? indicator.unit : request.records === "FUNDING" ? "CNY" : "COUNT",
  };
}

function metricRequest(input: typeof ComparisonMetricInput.$inferInput, index: number): MetricRequest {
  const at = `metrics[${index}]`;
  if (!input.indicatorCode && !input.records) {
    throw userError(ErrorCode.badUserInput, `${at}: give an indicatorCode, a records kind, or both.`, { argument: at });
  }
  if ((input.honourLevel || input.honourStatus) && input.records && input.records !== "HONOURS") {
    throw userError(ErrorCode.badUserInput, `${at}: honourLevel and honourStatus apply to honours only.`, { argument: at });
  }
  if (input.fundingPurpose && input.records !== "FUNDING") {
    throw userError(ErrorCode.badUserInput, `${at}: fundingPurpose applies to records: FUNDING only.`, { argument: at });
  }
  return {
    label: input.label ?? input.indicatorCode ?? input.records!,
    indicatorCode: input.indicatorCode ?? null,
    records: input.records ?? null,
    honourLevel: input.honourLevel ?? null,
    honourStatus: input.honourStatus ?? null,
    fundingPurpose: input.fundingPurpose ?? null,
    per: input.per ? { indicatorCode: input.per.indicatorCode, scale: input.per.scale ?? 10_000 } : null,
  };
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
      assertMetricCount(args.metrics);
      const requests = args.metrics.map(metricRequest);
      // Before any data is read: a metric that mixes two measures is refused as it stands.
      const metrics = await Promise.all(requests.map((request, index) => metricShape(context, request, `metrics[${index}]`)));
      const regions = await comparedRegions(context, args.regionCodes);
      const data = await loadRegionComparisonData(context, regions, requests, args.period, { byYear: false, sources: selectsBelow(info, "sources") });
      const { rows, totals } = compareSubjects(regions, data);
      return {
        metrics,
        rows: rows.map((cells, r) => ({ region: regions[r]!, cells: cells.map((cell, m) => ({ ...cell, metric: metrics[m]! })) })),
        totals: totals.map((total, m) => ({ ...total, metric: metrics[m]! })),
      };
    },
  }),
);

function assertMetricCount(metrics: readonly unknown[]) {
  if (metrics.length === 0 || metrics.length > limits.metrics) {
    throw userError(ErrorCode.badUserInput, `metrics: give 1 to ${limits.metrics} metrics.`, { argument: "metrics" });
  }
}

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
      assertMetricCount(args.metrics);
      const requests = args.metrics.map(metricRequest);
      // Before any data is read: a metric that mixes two measures is refused as it stands.
      const metrics = await Promise.all(requests.map((request, index) => metricShape(context, request, `metrics[${index}]`)));
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
        rows: rows.map((cells, r) => ({ organisation: organisations[r]!, cells: cells.map((cell, m) => ({ ...cell, metric: metrics[m]! })) })),
        totals: totals.map((total, m) => ({ ...total, metric: metrics[m]! })),
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
      const request = metricRequest(args.metric, 0);
      if (request.records && !datedKinds.has(request.records)) {
        throw userError(ErrorCode.badUserInput, `metric: ${request.records} records carry no date; use HONOURS or FUNDING, or an indicator.`, {
          argument: "metric",
        });
      }
      const metric = await metricShape(context, request, "metric");
      const regions = await comparedRegions(context, args.regionCodes);
      const [data] = await loadRegionComparisonData(context, regions, [request], { from, to }, { byYear: true, sources: selectsBelow(info, "sources") });
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const byYear = years.map((year) => compareSubjects(regions, [metricInYear(data!, year)]).rows);
      return {
        metric,
        rows: regions.map((region, r) => ({
          region,
          points: years.map((year, y) => ({ year, cell: { ...byYear[y]![r]![0]!, metric } })),
        })),
      };
    },
  }),
);
