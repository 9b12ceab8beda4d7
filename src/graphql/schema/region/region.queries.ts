import type { Prisma } from "../../../generated/sqlite/index.js";
import { searchCondition } from "../../../read/name-lookup.js";
import { divisionCode } from "../../../read/natural-key-loader.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { RegionLevel } from "../common/enums.js";
import { regionSubtree, searchFieldDescription } from "../common/filters.js";
import { listOrder, orderArgumentDescription, pinyinOrderDescription, recordedOrder } from "../common/list-order.js";
import { foundByKey } from "../common/natural-keys.js";
import { Region } from "./region.type.js";

const RegionFilter = builder.inputType("RegionFilter", {
  description: "Narrows a list of regions; all given conditions must hold.",
  fields: (t) => ({
    level: t.field({ type: RegionLevel, required: false, description: "Only divisions of this tier." }),
    within: t.string({ required: false, description: "Only this division (by code) and everything below it." }),
    parentCode: t.string({ required: false, description: "Only the direct children of this division (by code)." }),
    search: t.string({ required: false, description: searchFieldDescription }),
  }),
});

const regionOrder = listOrder<Prisma.RegionOrderByWithRelationInput>()("Region", "regions", {
  CODE: { description: "Division code (the default).", clauses: (direction) => [{ code: direction }] },
  NAME_ZH: { description: pinyinOrderDescription, clauses: (direction) => [{ sortKey: direction }, { nameZh: direction }] },
  RECORDED: recordedOrder(),
});

async function regionWhere(filter: typeof RegionFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.within ? await regionSubtree(context, filter.within, "filter.within") : {}),
    ...(filter.parentCode ? { parentId: (await context.keys.regions.require(filter.parentCode, "filter.parentCode")).id } : {}),
    ...searchCondition(filter.search, "filter.search"),
  };
}

builder.queryFields((t) => ({
  region: t.prismaField({
    type: Region,
    description:
      "One division of the registry (every province, prefecture and county) by its code. A code that is not six digits is BAD_USER_INPUT; one no division has, NOT_FOUND.",
    args: { code: t.arg.string({ required: true, description: "Six-digit division code, e.g. 530500." }) },
    resolve: (query, _root, { code }, context) => foundByKey(divisionCode, code, "code", (code) => context.db.region.findUnique({ ...query, where: { code } })),
  }),
  regions: t.prismaConnection({
    type: Region,
    cursor: "id",
    description: "Regions, filtered and sorted (default: by division code).",
    args: {
      filter: t.arg({ type: RegionFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: regionOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.region.findMany({
        ...query,
        where: await regionWhere(args.filter, context),
        orderBy: regionOrder.orderBy(args.orderBy, [{ code: "asc" }, { id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.region.count({ where: await regionWhere(args.filter, context) }),
  }),
}));
