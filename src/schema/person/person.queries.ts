import { builder } from "../../builder.js";
import { Person } from "./person.type.js";

builder.queryFields((t) => ({
  persons: t.prismaConnection({
    type: Person,
    cursor: "id",
    description: "Named people: honourees and authors.",
    args: { nameZh: t.arg.string({ required: false, description: "Only people with exactly this Chinese name." }) },
    resolve: (query, _root, args, context) =>
      context.db.person.findMany({ ...query, where: args.nameZh ? { nameZh: args.nameZh } : {}, orderBy: { id: "asc" } }),
    totalCount: (_connection, args, context) => context.db.person.count({ where: args.nameZh ? { nameZh: args.nameZh } : {} }),
  }),
}));
