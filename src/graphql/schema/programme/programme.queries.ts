import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { inRegionTree, organisationId } from "../common/filters.js";
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
    args: { filter: t.arg({ type: ProgrammeFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }) },
    resolve: async (query, _root, args, context) =>
      context.db.programme.findMany({ ...query, where: await programmeWhere(args.filter, context), orderBy: { id: "asc" } }),
    totalCount: async (_connection, args, context) => context.db.programme.count({ where: await programmeWhere(args.filter, context) }),
  }),
}));
