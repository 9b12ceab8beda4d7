import { standing, subtreeOfPath, yearCondition } from "../../../db/sql-conditions.js";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import type { Prisma } from "../../../generated/sqlite/index.js";
import { figuresAbout } from "../../../read/region-data.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { HonourLevel, HonourStatus, Qualifier, Unit } from "../common/enums.js";
import { organisationId, presentFields, regionSubtree, YearRange } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { foundByKey } from "../common/natural-keys.js";
import { Region } from "../region/region.type.js";
import { Indicator, ReportedFigure } from "./indicator.type.js";

const ReportedFigureFilter = builder.inputType("ReportedFigureFilter", {
  description: "Narrows a list of reported figures; all given conditions must hold.",
  fields: (t) => ({
    indicatorCodes: t.stringList({ required: false, description: "Only these indicators; an unknown code is NOT_FOUND." }),
    regionCode: t.string({
      required: false,
      description: "Only figures about this division or any below it, or about organisations located there.",
    }),
    organisationNameZh: t.string({ required: false, description: "Only figures about this organisation." }),
    period: t.field({ type: YearRange, required: false, description: "Only figures for periods in these years." }),
    qualifier: t.field({ type: Qualifier, required: false, description: "Only figures stated this way." }),
    unit: t.field({ type: Unit, required: false, description: "Only figures in this unit." }),
    honourLevel: t.field({ type: HonourLevel, required: false, description: "Only honour counts of titles at this level." }),
    honourStatus: t.field({ type: HonourStatus, required: false, description: "Only honour counts at this stage." }),
  }),
});

const reportedFigureOrder = listOrder<Prisma.ReportedFigureOrderByWithRelationInput>()("ReportedFigure", "reported figures", {
  VALUE: {
    description: "The value (the lower bound for ranges); needs a filter to one indicator or one unit.",
    clauses: (direction) => [{ value: direction }],
  },
  PERIOD: {
    description: "The period; figures without one come last in either direction.",
    clauses: (direction) => [{ period: { sort: direction, nulls: "last" } }],
  },
  RECORDED: recordedOrder(),
});

const indicatorOrder = listOrder<Prisma.IndicatorOrderByWithRelationInput>()("Indicator", "indicators", {
  CODE: { description: "The indicator code (the default).", clauses: (direction) => [{ code: direction }] },
  NAME_EN: { description: "English name.", clauses: (direction) => [{ nameEn: direction }] },
  RECORDED: recordedOrder(),
});

type FigureFilter = typeof ReportedFigureFilter.$inferInput;

/** The figures a filter names; `region`, when given, in place of filter.regionCode (a Region's own field). */
async function reportedFigureWhere(filter: FigureFilter | null | undefined, context: Context, region?: { path: string }) {
  if (!filter && !region) return standing;
  filter ??= {};
  // A Region's own field takes indicatorCodes as an argument of its own, not inside a filter.
  const at = region ? "" : "filter.";
  const within = region ? subtreeOfPath(region.path) : filter.regionCode ? await regionSubtree(context, filter.regionCode, "filter.regionCode") : undefined;
  const indicatorIds = filter.indicatorCodes
    ? await Promise.all(filter.indicatorCodes.map(async (code) => (await context.keys.indicators.require(code, `${at}indicatorCodes`)).id))
    : undefined;
  const indicator = presentFields({ unit: filter.unit });
  return {
    ...standing,
    ...(indicatorIds ? { indicatorId: { in: indicatorIds } } : {}),
    ...(Object.keys(indicator).length ? { indicator } : {}),
    ...(within ? figuresAbout(within) : {}),
    ...(filter.organisationNameZh ? { organisationId: await organisationId(context, filter.organisationNameZh, "filter.organisationNameZh") } : {}),
    ...(filter.period ? { period: yearCondition(filter.period, "filter.period") } : {}),
    ...(filter.qualifier ? { qualifier: filter.qualifier } : {}),
    ...(filter.honourStatus ? { honourStatus: filter.honourStatus } : {}),
    ...(filter.honourLevel ? { honourTitle: { level: filter.honourLevel } } : {}),
  };
}

/** Values in different units do not compare: ordering by value needs one indicator or one unit. */
function assertComparableValues(filter: FigureFilter | null | undefined) {
  if (filter?.unit || filter?.indicatorCodes?.length === 1) return;
  throw userError(
    ErrorCode.badUserInput,
    "orderBy VALUE needs filter.unit or exactly one filter.indicatorCodes entry: values in different units do not compare.",
    {
      argument: "orderBy",
    },
  );
}

builder.queryFields((t) => ({
  indicator: t.prismaField({
    type: Indicator,
    description: "One indicator of the registry by its code. An unknown code is a NOT_FOUND error.",
    args: { code: t.arg.string({ required: true, description: "The indicator code, e.g. demonstration_points.created." }) },
    resolve: (query, _root, { code }, context) =>
      foundByKey("indicator", code, "code", (code) => context.db.indicator.findUnique({ ...query, where: { code } })),
  }),
  indicators: t.prismaConnection({
    type: Indicator,
    cursor: "id",
    description: "The indicator registry, by code.",
    args: {
      unit: t.arg({ type: Unit, required: false, description: "Only indicators in this unit." }),
      orderBy: t.arg({ type: indicatorOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: (query, _root, args, context) =>
      context.db.indicator.findMany({
        ...query,
        where: presentFields({ unit: args.unit }),
        orderBy: indicatorOrder.orderBy(args.orderBy, [{ code: "asc" }, { id: "asc" }]),
      }),
    totalCount: (_connection, args, context) => context.db.indicator.count({ where: presentFields({ unit: args.unit }) }),
  }),
  reportedFigures: t.prismaConnection({
    type: ReportedFigure,
    cursor: "id",
    description:
      "Figures reported in sources, by indicator, subject (region tree or organisation), year and qualifier; in recorded order unless orderBy is given.",
    args: {
      filter: t.arg({ type: ReportedFigureFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: reportedFigureOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) => {
      if (args.orderBy?.field === "VALUE") assertComparableValues(args.filter);
      return context.db.reportedFigure.findMany({
        ...query,
        where: await reportedFigureWhere(args.filter, context),
        orderBy: reportedFigureOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      });
    },
    totalCount: async (_connection, args, context) => context.db.reportedFigure.count({ where: await reportedFigureWhere(args.filter, context) }),
  }),
}));

// A region's figures are the same ones reportedFigures(filter: { regionCode }) answers (read/region-data.ts).
builder.prismaObjectField(Region, "reportedFigures", (t) =>
  t.prismaConnection({
    type: ReportedFigure,
    cursor: "id",
    description:
      "Figures about this division, any division below it, or an organisation located there: the same figures as reportedFigures(filter: { regionCode }), in recorded order. Each says its subject (region or organisation). 统计数字",
    args: { indicatorCodes: t.arg.stringList({ required: false, description: "Only these indicators (an unknown code is NOT_FOUND)." }) },
    resolve: async (query, region, args, context) =>
      context.db.reportedFigure.findMany({
        ...query,
        where: await reportedFigureWhere({ indicatorCodes: args.indicatorCodes }, context, region),
        orderBy: [{ id: "asc" }],
      }),
    totalCount: async (region, args, context) =>
      context.db.reportedFigure.count({ where: await reportedFigureWhere({ indicatorCodes: args.indicatorCodes }, context, region) }),
  }),
);
