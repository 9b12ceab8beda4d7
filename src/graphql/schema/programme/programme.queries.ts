import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { inRegionTree, organisationId } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { foundByKey } from "../common/natural-keys.js";
import { Programme } from "./programme.type.js";

const ProgrammeFilter = builder.inputType("ProgrammeFilter", {
  description: "Narrows a list of programme lists; all given conditions must hold.",
  fields: (t) => ({
    organisationNameZh: t.string({ required: false, description: "Only lists this organisation set out." }),
    regionCode: t.string({ required: false, description: "Only lists for this division or any below it." }),
  }),
});

async function programmeWhere(filter: typeof ProgrammeFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.organisationNameZh ? { organisationId: await organisationId(context, filter.organisationNameZh, "filter.organisationNameZh") } : {}),
    ...(await inRegionTree(context, filter.regionCode, "filter.regionCode")),
  };
}

const programmesOrder = listOrder<Prisma.ProgrammeOrderByWithRelationInput>()("Programme", "programmes", {
  NAME_ZH: { description: "Chinese name, by code point.", clauses: (direction) => [{ nameZh: direction }] },
  KEY: { description: "The stable key.", clauses: (direction) => [{ key: direction }] },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  programme: t.prismaField({
    type: Programme,
    description: "One programme list by its key. An unknown key is a NOT_FOUND error.",
    args: { key: t.arg.string({ required: true, description: "The stable key, as the key field returns it." }) },
    resolve: (query, _root, { key }, context) => foundByKey("programme", key, "key", (key) => context.db.programme.findUnique({ ...query, where: { key } })),
  }),
  programmes: t.prismaConnection({
    type: Programme,
    cursor: "id",
    description: "Programme lists, in recorded order.",
    args: {
      filter: t.arg({ type: ProgrammeFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: programmesOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.programme.findMany({
        ...query,
        where: await programmeWhere(args.filter, context),
        orderBy: programmesOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.programme.count({ where: await programmeWhere(args.filter, context) }),
  }),
}));
