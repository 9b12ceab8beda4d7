import { builder } from "../../builder.js";
import { presentFields } from "../common/filters.js";
import { foundByKey } from "../common/natural-keys.js";
import { Person } from "./person.type.js";

const PersonFilter = builder.inputType("PersonFilter", {
  description: "Narrows a list of people.",
  fields: (t) => ({ nameZh: t.string({ required: false, description: "Only people with exactly this Chinese name." }) }),
});

builder.queryFields((t) => ({
  person: t.prismaField({
    type: Person,
    description: "One person by key (names are not unique). An unknown key is a NOT_FOUND error.",
    args: { key: t.arg.string({ required: true, description: "The stable key, as the key field returns it." }) },
    resolve: (query, _root, { key }, context) => foundByKey("person", key, "key", (key) => context.db.person.findUnique({ ...query, where: { key } })),
  }),
  persons: t.prismaConnection({
    type: Person,
    cursor: "id",
    description: "Named people: honourees and authors.",
    args: { filter: t.arg({ type: PersonFilter, required: false, description: "Conditions the records must meet." }) },
    resolve: (query, _root, args, context) => context.db.person.findMany({ ...query, where: presentFields(args.filter), orderBy: { id: "asc" } }),
    totalCount: (_connection, args, context) => context.db.person.count({ where: presentFields(args.filter) }),
  }),
}));
