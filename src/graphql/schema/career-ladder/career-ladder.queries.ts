import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { CareerLadderKind } from "../common/enums.js";
import { organisationId } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
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

const careerLaddersOrder = listOrder<Prisma.CareerLadderOrderByWithRelationInput>()("CareerLadder", "career ladders", {
  NAME_ZH: { description: "Chinese name, by code point.", clauses: (direction) => [{ nameZh: direction }] },
  KEY: { description: "The stable key.", clauses: (direction) => [{ key: direction }] },
  RECORDED: recordedOrder(),
});

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
    args: {
      filter: t.arg({ type: CareerLadderFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: careerLaddersOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.careerLadder.findMany({
        ...query,
        where: await careerLadderWhere(args.filter, context),
        orderBy: careerLaddersOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.careerLadder.count({ where: await careerLadderWhere(args.filter, context) }),
  }),
}));
