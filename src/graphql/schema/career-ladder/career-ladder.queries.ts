import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { CareerLadderKind } from "../common/enums.js";
import { organisationId } from "../common/filters.js";
import { foundByKey } from "../common/natural-keys.js";
import { CareerLadder } from "./career-ladder.type.js";

const CareerLadderFilter = builder.inputType("CareerLadderFilter", {
  description: "Narrows a list of career ladders; all given conditions must hold.",
  fields: (t) => ({
    organisationNameZh: t.string({ required: false, description: "Only this organisation's ladders." }),
    kind: t.field({ type: CareerLadderKind, required: false, description: "Only this kind." }),
  }),
});

async function careerLadderWhere(filter: typeof CareerLadderFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.organisationNameZh ? { organisationId: await organisationId(context, filter.organisationNameZh, "filter.organisationNameZh") } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
}

builder.queryFields((t) => ({
  careerLadder: t.prismaField({
    type: CareerLadder,
    description: "One career ladder by its key. An unknown key is a NOT_FOUND error.",
    args: { key: t.arg.string({ required: true, description: "The stable key, as the key field returns it." }) },
    resolve: (query, _root, { key }, context) =>
      foundByKey("career ladder", key, "key", (key) => context.db.careerLadder.findUnique({ ...query, where: { key } })),
  }),
  careerLadders: t.prismaConnection({
    type: CareerLadder,
    cursor: "id",
    description: "Career ladders, in recorded order.",
    args: { filter: t.arg({ type: CareerLadderFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }) },
    resolve: async (query, _root, args, context) =>
      context.db.careerLadder.findMany({ ...query, where: await careerLadderWhere(args.filter, context), orderBy: { id: "asc" } }),
    totalCount: async (_connection, args, context) => context.db.careerLadder.count({ where: await careerLadderWhere(args.filter, context) }),
  }),
}));
