import { standing } from "../../../db/sql-conditions.js";
import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { ProjectStatus } from "../common/enums.js";
import { inRegionTree } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { InnovationProject } from "./innovation-project.type.js";

const InnovationProjectFilter = builder.inputType("InnovationProjectFilter", {
  description: "Narrows a list of innovation projects; all given conditions must hold.",
  fields: (t) => ({
    regionCode: t.string({ required: false, description: "Only projects in this division or any below it." }),
    status: t.field({ type: ProjectStatus, required: false, description: "Only projects at this stage." }),
  }),
});

async function innovationProjectWhere(filter: typeof InnovationProjectFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return standing;
  return { ...standing, ...(await inRegionTree(context, filter.regionCode, "filter.regionCode")), ...(filter.status ? { status: filter.status } : {}) };
}

const innovationProjectsOrder = listOrder<Prisma.InnovationProjectOrderByWithRelationInput>()("InnovationProject", "innovation projects", {
  NAME_ZH: { description: "Chinese name, by code point.", clauses: (direction) => [{ nameZh: direction }] },
  PERIOD: {
    description: "The period; undated projects come last in either direction.",
    clauses: (direction) => [{ period: { sort: direction, nulls: "last" } }],
  },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  innovationProjects: t.prismaConnection({
    type: InnovationProject,
    cursor: "id",
    description: "Named worker innovation projects. Counts reported without names are reportedFigures, never records here.",
    args: {
      filter: t.arg({ type: InnovationProjectFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: innovationProjectsOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.innovationProject.findMany({
        ...query,
        where: await innovationProjectWhere(args.filter, context),
        orderBy: innovationProjectsOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.innovationProject.count({ where: await innovationProjectWhere(args.filter, context) }),
  }),
}));
