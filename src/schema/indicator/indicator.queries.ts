import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { HonourLevelEnum, HonourStatusEnum, QualifierEnum, SortDirectionEnum, UnitEnum } from "../common/enums.js";
import { foundOr } from "../common/errors.js";
import { PeriodRange, periodCondition, presentFields, regionSubtree } from "../common/filters.js";
import { Indicator, ReportedFigure } from "./indicator.type.js";

const ReportedFigureFilter = builder.inputType("ReportedFigureFilter", {
  description: "Narrows a list of reported figures; all given conditions must hold.",
  fields: (t) => ({
    indicatorCodes: t.stringList({ required: false, description: "Only these indicators." }),
    regionCode: t.string({
      required: false,
      description: "Only figures about this division or any below it, or about organisations located there.",
    }),
    organisationNameZh: t.string({ required: false, description: "Only figures about this organisation." }),
    period: t.field({ type: PeriodRange, required: false, description: "Only figures for periods in this span." }),
    qualifier: t.field({ type: QualifierEnum, required: false, description: "Only figures stated this way." }),
    unit: t.field({ type: UnitEnum, required: false, description: "Only figures in this unit." }),
    honourLevel: t.field({ type: HonourLevelEnum, required: false, description: "Only honour counts of titles at this level." }),
    honourStatus: t.field({ type: HonourStatusEnum, required: false, description: "Only honour counts at this stage." }),
  }),
});

const ReportedFigureOrderField = builder.enumType("ReportedFigureOrderField", {
  description: "What to sort reported figures by.",
  values: {
    VALUE: { description: "The value (lower bound for ranges)." },
    PERIOD: { description: "The period; figures without one come last." },
    RECORDED: { description: "The order figures were recorded in." },
  },
});

const ReportedFigureOrder = builder.inputType("ReportedFigureOrder", {
  description: "Sort order for reported figures.",
  fields: (t) => ({
    field: t.field({ type: ReportedFigureOrderField, required: true, description: "Sort key." }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC", description: "Direction." }),
  }),
});

async function reportedFigureWhere(filter: typeof ReportedFigureFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  const within = filter.regionCode ? await regionSubtree(context, filter.regionCode, "filter.regionCode") : undefined;
  const indicator = presentFields({ code: filter.indicatorCodes ? { in: filter.indicatorCodes } : null, unit: filter.unit });
  const honourTitle = filter.honourLevel ? { honourTitle: { level: filter.honourLevel } } : {};
  return {
    ...(Object.keys(indicator).length ? { indicator } : {}),
    ...(within ? { OR: [{ region: within }, { organisation: { region: within } }] } : {}),
    ...(filter.organisationNameZh ? { organisation: { nameZh: filter.organisationNameZh } } : {}),
    ...(filter.period ? { period: periodCondition(filter.period) } : {}),
    ...(filter.qualifier ? { qualifier: filter.qualifier } : {}),
    ...(filter.honourStatus ? { honourStatus: filter.honourStatus } : {}),
    ...honourTitle,
  };
}

builder.queryFields((t) => ({
  indicator: t.prismaField({
    type: Indicator,
    description: "One indicator of the registry by its code. An unknown code is a NOT_FOUND error.",
    args: { code: t.arg.string({ required: true, description: "The indicator code, e.g. demonstration_points.created." }) },
    resolve: (query, _root, { code }, context) =>
      foundOr(context.db.indicator.findUnique({ ...query, where: { code } }), "indicator", code, "code"),
  }),
  indicators: t.prismaConnection({
    type: Indicator,
    cursor: "id",
    description: "The indicator registry, by code.",
    args: { unit: t.arg({ type: UnitEnum, required: false, description: "Only indicators in this unit." }) },
    resolve: (query, _root, args, context) =>
      context.db.indicator.findMany({ ...query, where: args.unit ? { unit: args.unit } : {}, orderBy: [{ code: "asc" }, { id: "asc" }] }),
    totalCount: (_connection, args, context) => context.db.indicator.count({ where: args.unit ? { unit: args.unit } : {} }),
  }),
  reportedFigures: t.prismaConnection({
    type: ReportedFigure,
    cursor: "id",
    description: "Figures reported in sources, filtered by indicator, subject (region tree or organisation), period and qualifier.",
    args: {
      filter: t.arg({ type: ReportedFigureFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: ReportedFigureOrder, required: false, description: "Sort order; ties are broken by record id." }),
    },
    resolve: async (query, _root, args, context) => {
      const direction = args.orderBy?.direction === "DESC" ? "desc" : "asc";
      const order =
        args.orderBy?.field === "VALUE"
          ? [{ value: direction } as const]
          : args.orderBy?.field === "PERIOD"
            ? [{ period: { sort: direction, nulls: "last" } } as const]
            : [];
      return context.db.reportedFigure.findMany({
        ...query,
        where: await reportedFigureWhere(args.filter, context),
        orderBy: [...order, { id: direction }],
      });
    },
    totalCount: async (_connection, args, context) =>
      context.db.reportedFigure.count({ where: await reportedFigureWhere(args.filter, context) }),
  }),
}));
