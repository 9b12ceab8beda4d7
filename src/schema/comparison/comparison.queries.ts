import { compareRegions } from "../../aggregation/compare.js";
import { builder } from "../../builder.js";
import { ErrorCode, userError } from "../common/errors.js";
import { YearRange } from "../common/filters.js";
import { loadComparisonData, type MetricRequest } from "./comparison.loaders.js";
import { ComparisonMetricInput, RegionComparison, type MetricShape } from "./comparison.type.js";

const limits = { regions: 200, metrics: 20 } as const;

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
    resolve: async (_root, args, context) => {
      if (args.regionCodes.length === 0 || args.regionCodes.length > limits.regions) {
        throw userError(ErrorCode.badUserInput, `regionCodes: give 1 to ${limits.regions} regions.`, { argument: "regionCodes" });
      }
      if (args.metrics.length === 0 || args.metrics.length > limits.metrics) {
        throw userError(ErrorCode.badUserInput, `metrics: give 1 to ${limits.metrics} metrics.`, { argument: "metrics" });
      }
      const requests = args.metrics.map(metricRequest);
      const regions = await Promise.all(args.regionCodes.map((code) => context.keys.regions.require(code, "regionCodes")));
      const data = await loadComparisonData(context, regions, requests, args.period);
      const metrics: MetricShape[] = await Promise.all(
        requests.map(async (request) => ({
          label: request.label,
          indicatorCode: request.indicatorCode ?? null,
          records: request.records ?? null,
          unit: request.indicatorCode
            ? (await context.keys.indicators.require(request.indicatorCode, "metrics.indicatorCode")).unit
            : request.records === "FUNDING" ? "CNY" : "COUNT",
        })),
      );
      const { rows, totals } = compareRegions(regions, data);
      return {
        metrics,
        rows: rows.map((cells, r) => ({ region: regions[r]!, cells: cells.map((cell, m) => ({ ...cell, metric: metrics[m]! })) })),
        totals: totals.map((total, m) => ({ ...total, metric: metrics[m]! })),
      };
    },
  }),
);
