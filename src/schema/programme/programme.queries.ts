import { builder } from "../../builder.js";
import { foundOr } from "../common/errors.js";
import { Programme } from "./programme.type.js";

builder.queryFields((t) => ({
  programme: t.prismaField({
    type: Programme,
    description: "One programme list by its key. An unknown key is a NOT_FOUND error.",
    args: { key: t.arg.string({ required: true, description: "The stable key, as the key field returns it." }) },
    resolve: (query, _root, { key }, context) =>
      foundOr(context.db.programme.findUnique({ ...query, where: { key } }), "programme", key, "key"),
  }),
  programmes: t.prismaConnection({
    type: Programme,
    cursor: "id",
    description: "Programme lists, optionally of one organisation.",
    args: { organisationNameZh: t.arg.string({ required: false, description: "Only this organisation's lists." }) },
    resolve: (query, _root, args, context) =>
      context.db.programme.findMany({
        ...query,
        where: args.organisationNameZh ? { organisation: { nameZh: args.organisationNameZh } } : {},
        orderBy: { id: "asc" },
      }),
    totalCount: (_connection, args, context) =>
      context.db.programme.count({ where: args.organisationNameZh ? { organisation: { nameZh: args.organisationNameZh } } : {} }),
  }),
}));
