import type { Prisma } from "../../../generated/sqlite/index.js";
import { searchCondition } from "../../../read/name-lookup.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { CompetitionStatus } from "../common/enums.js";
import { inRegionTree, organisationId, searchFieldDescription } from "../common/filters.js";
import { listOrder, orderArgumentDescription, pinyinOrderDescription, recordedOrder } from "../common/list-order.js";
import { foundByName } from "../common/natural-keys.js";
import { SkillCompetition } from "./skill-competition.type.js";

const SkillCompetitionFilter = builder.inputType("SkillCompetitionFilter", {
  description: "Narrows a list of competitions; all given conditions must hold.",
  fields: (t) => ({
    year: t.int({ required: false, description: "Only this year." }),
    status: t.field({ type: CompetitionStatus, required: false, description: "Only planned, or only held." }),
    organiserNameZh: t.string({ required: false, description: "Only competitions this organisation organised." }),
    regionCode: t.string({ required: false, description: "Only competitions held in this division or below it." }),
    search: t.string({ required: false, description: searchFieldDescription }),
  }),
});

async function skillCompetitionWhere(filter: typeof SkillCompetitionFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.year != null ? { year: filter.year } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.organiserNameZh ? { organiserId: await organisationId(context, filter.organiserNameZh, "filter.organiserNameZh") } : {}),
    ...(await inRegionTree(context, filter.regionCode, "filter.regionCode")),
    ...searchCondition(filter.search, "filter.search"),
  };
}

const skillCompetitionsOrder = listOrder<Prisma.SkillCompetitionOrderByWithRelationInput>()("SkillCompetition", "skill competitions", {
  YEAR: { description: "The year held (the default, latest first).", clauses: (direction) => [{ year: direction }] },
  NAME_ZH: { description: pinyinOrderDescription, clauses: (direction) => [{ sortKey: direction }, { nameZh: direction }] },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  skillCompetition: t.prismaField({
    type: SkillCompetition,
    description:
      "One competition by its Chinese name, with spaces and quotation marks set aside. A name that is none is a NOT_FOUND error naming the closest names.",
    args: { nameZh: t.arg.string({ required: true, description: "The Chinese name." }) },
    resolve: (query, _root, { nameZh }, context) =>
      foundByName(context, "skillCompetition", "skill competition", nameZh, "nameZh", (key) =>
        context.db.skillCompetition.findUnique({ ...query, where: "id" in key ? { id: key.id } : { nameZh: key.exact } }),
      ),
  }),
  skillCompetitions: t.prismaConnection({
    type: SkillCompetition,
    cursor: "id",
    description: "Labour and skill competitions, latest year first.",
    args: {
      filter: t.arg({ type: SkillCompetitionFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: skillCompetitionsOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.skillCompetition.findMany({
        ...query,
        where: await skillCompetitionWhere(args.filter, context),
        orderBy: skillCompetitionsOrder.orderBy(args.orderBy, [{ year: "desc" }, { id: "desc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.skillCompetition.count({ where: await skillCompetitionWhere(args.filter, context) }),
  }),
}));
