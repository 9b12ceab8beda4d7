import { standing, yearCondition } from "../../../db/sql-conditions.js";

import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { HonourKind, HonourLevel, HonourStatus, RecipientKind } from "../common/enums.js";
import { presentFields, presentFieldsAndSearch, regionSubtree, searchFieldDescription, YearRange } from "../common/filters.js";
import { listOrder, orderArgumentDescription, pinyinOrderDescription, recordedOrder } from "../common/list-order.js";
import { foundByName } from "../common/natural-keys.js";
import { Honour, HonourTitle } from "./honour.type.js";

const HonourTitleFilter = builder.inputType("HonourTitleFilter", {
  description: "Narrows a list of honour titles; all given conditions must hold.",
  fields: (t) => ({
    level: t.field({ type: HonourLevel, required: false, description: "Only this level." }),
    kind: t.field({ type: HonourKind, required: false, description: "Only this kind." }),
    recipientKind: t.field({ type: RecipientKind, required: false, description: "Only titles for persons, or for units." }),
    search: t.string({ required: false, description: searchFieldDescription }),
  }),
});

const HonourFilter = builder.inputType("HonourFilter", {
  description: "Narrows a list of named honours; all given conditions must hold.",
  fields: (t) => ({
    level: t.field({ type: HonourLevel, required: false, description: "Only titles of this level." }),
    kind: t.field({ type: HonourKind, required: false, description: "Only titles of this kind." }),
    status: t.field({ type: HonourStatus, required: false, description: "Only this status." }),
    honourTitleNameZh: t.string({ required: false, description: "Only this title (Chinese name)." }),
    regionCode: t.string({
      required: false,
      description: "Only honours recorded in this division or below it, or held by people or units located there.",
    }),
    period: t.field({ type: YearRange, required: false, description: "Only honours dated in these years." }),
  }),
});

async function honourWhere(filter: typeof HonourFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return standing;
  const title = presentFields({ level: filter.level, kind: filter.kind });
  const within = filter.regionCode ? await regionSubtree(context, filter.regionCode, "filter.regionCode") : undefined;
  return {
    ...standing,
    ...(Object.keys(title).length ? { honourTitle: title } : {}),
    ...(filter.honourTitleNameZh ? { honourTitleId: (await context.keys.honourTitles.require(filter.honourTitleNameZh, "filter.honourTitleNameZh")).id } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.period ? { period: yearCondition(filter.period, "filter.period") } : {}),
    ...(within ? { OR: [{ region: within }, { organisation: { region: within } }, { person: { employer: { region: within } } }] } : {}),
  };
}

const honourTitlesOrder = listOrder<Prisma.HonourTitleOrderByWithRelationInput>()("HonourTitle", "honour titles", {
  NAME_ZH: { description: pinyinOrderDescription, clauses: (direction) => [{ sortKey: direction }, { nameZh: direction }] },
  RECORDED: recordedOrder(),
});

const honoursOrder = listOrder<Prisma.HonourOrderByWithRelationInput>()("Honour", "honours", {
  PERIOD: {
    description: "The period; undated honours come last in either direction.",
    clauses: (direction) => [{ period: { sort: direction, nulls: "last" } }],
  },
  KEY: { description: "The stable key.", clauses: (direction) => [{ key: direction }] },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  honourTitle: t.prismaField({
    type: HonourTitle,
    description:
      "One honour title by its Chinese name, with spaces and quotation marks set aside. A name that is none is a NOT_FOUND error naming the closest titles.",
    args: { nameZh: t.arg.string({ required: true, description: "The Chinese name, e.g. 云南省劳动模范." }) },
    resolve: (query, _root, { nameZh }, context) =>
      foundByName(context, "honourTitle", "honour title", nameZh, "nameZh", (key) =>
        context.db.honourTitle.findUnique({ ...query, where: "id" in key ? { id: key.id } : { nameZh: key.exact } }),
      ),
  }),
  honourTitles: t.prismaConnection({
    type: HonourTitle,
    cursor: "id",
    description: "Honour titles by level, kind and recipient.",
    args: {
      filter: t.arg({ type: HonourTitleFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: honourTitlesOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: (query, _root, args, context) =>
      context.db.honourTitle.findMany({
        ...query,
        where: presentFieldsAndSearch(args.filter),
        orderBy: honourTitlesOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: (_connection, args, context) => context.db.honourTitle.count({ where: presentFieldsAndSearch(args.filter) }),
  }),
  honours: t.prismaConnection({
    type: Honour,
    cursor: "id",
    description: "Named honours. Unnamed counts (推荐全国劳模2名) are reportedFigures with an honourTitle.",
    args: {
      filter: t.arg({ type: HonourFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: honoursOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.honour.findMany({ ...query, where: await honourWhere(args.filter, context), orderBy: honoursOrder.orderBy(args.orderBy, [{ id: "asc" }]) }),
    totalCount: async (_connection, args, context) => context.db.honour.count({ where: await honourWhere(args.filter, context) }),
  }),
}));
