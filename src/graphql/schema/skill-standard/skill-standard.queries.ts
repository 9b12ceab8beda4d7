import type { Prisma } from "../../../generated/sqlite/index.js";
import { canonicalKey } from "../../../read/natural-key-loader.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { organisationId } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { foundByKey } from "../common/natural-keys.js";
import { SkillStandard } from "./skill-standard.type.js";

const SkillStandardFilter = builder.inputType("SkillStandardFilter", {
  description: "Narrows a list of skill standards; all given conditions must hold.",
  fields: (t) => ({
    ownerNameZh: t.string({ required: false, description: "Only standards this organisation (full or short name) built." }),
    occupationZh: t.string({ required: false, description: "Only standards for the occupation of exactly this Chinese name, e.g. 道路清障员." }),
  }),
});

async function skillStandardWhere(filter: typeof SkillStandardFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.ownerNameZh ? { ownerId: await organisationId(context, filter.ownerNameZh, "filter.ownerNameZh") } : {}),
    ...(filter.occupationZh ? { occupationZh: canonicalKey(filter.occupationZh, "filter.occupationZh") } : {}),
  };
}

const skillStandardsOrder = listOrder<Prisma.SkillStandardOrderByWithRelationInput>()("SkillStandard", "skill standards", {
  KEY: { description: "The stable key.", clauses: (direction) => [{ key: direction }] },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  skillStandard: t.prismaField({
    type: SkillStandard,
    description: "One skill standard by its key. An unknown key is a NOT_FOUND error.",
    args: { key: t.arg.string({ required: true, description: "The stable key, as the key field returns it." }) },
    resolve: (query, _root, { key }, context) =>
      foundByKey("skill standard", key, "key", (key) => context.db.skillStandard.findUnique({ ...query, where: { key } })),
  }),
  skillStandards: t.prismaConnection({
    type: SkillStandard,
    cursor: "id",
    description: "Occupational skill standards (skill-appraisal systems), in recorded order unless orderBy is given.",
    args: {
      filter: t.arg({ type: SkillStandardFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: skillStandardsOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.skillStandard.findMany({
        ...query,
        where: await skillStandardWhere(args.filter, context),
        orderBy: skillStandardsOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.skillStandard.count({ where: await skillStandardWhere(args.filter, context) }),
  }),
}));
