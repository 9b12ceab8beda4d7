import type { Prisma } from "../../../generated/sqlite/index.js";
import { searchCondition } from "../../../read/name-lookup.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { OrganisationKind } from "../common/enums.js";
import { inRegionTree, organisationId, searchFieldDescription } from "../common/filters.js";
import { listOrder, orderArgumentDescription, pinyinOrderDescription, recordedOrder } from "../common/list-order.js";
import { foundByName } from "../common/natural-keys.js";
import { Organisation } from "./organisation.type.js";

const OrganisationFilter = builder.inputType("OrganisationFilter", {
  description: "Narrows a list of organisations; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: OrganisationKind, required: false, description: "Only this kind." }),
    regionCode: t.string({ required: false, description: "Only organisations in this division or below it (by code)." }),
    parentNameZh: t.string({ required: false, description: "Only direct units of this organisation." }),
    search: t.string({ required: false, description: searchFieldDescription }),
  }),
});

async function organisationWhere(filter: typeof OrganisationFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(await inRegionTree(context, filter.regionCode, "filter.regionCode")),
    ...(filter.parentNameZh ? { parentId: await organisationId(context, filter.parentNameZh, "filter.parentNameZh") } : {}),
    ...searchCondition(filter.search, "filter.search"),
  };
}

const organisationsOrder = listOrder<Prisma.OrganisationOrderByWithRelationInput>()("Organisation", "organisations", {
  NAME_ZH: { description: pinyinOrderDescription, clauses: (direction) => [{ sortKey: direction }, { nameZh: direction }] },
  NAME_EN: { description: "English name.", clauses: (direction) => [{ nameEn: direction }] },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  organisation: t.prismaField({
    type: Organisation,
    description:
      "One organisation by its name: the full Chinese name, or its short name (水富云天化), with spaces or quotation marks set aside. A name that is none is a NOT_FOUND error naming the closest names.",
    args: { nameZh: t.arg.string({ required: true, description: "Chinese name, full or short, e.g. 保山市总工会." }) },
    resolve: (query, _root, { nameZh }, context) =>
      foundByName(context, "organisation", "organisation", nameZh, "nameZh", (key) =>
        context.db.organisation.findUnique({ ...query, where: "id" in key ? { id: key.id } : { nameZh: key.exact } }),
      ),
  }),
  organisations: t.prismaConnection({
    type: Organisation,
    cursor: "id",
    description: "Organisations, filtered; in the order they were recorded.",
    args: {
      filter: t.arg({ type: OrganisationFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: organisationsOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.organisation.findMany({
        ...query,
        where: await organisationWhere(args.filter, context),
        orderBy: organisationsOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.organisation.count({ where: await organisationWhere(args.filter, context) }),
  }),
}));
