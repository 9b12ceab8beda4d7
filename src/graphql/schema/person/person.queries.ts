import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import { presentFieldsAndSearch, searchFieldDescription } from "../common/filters.js";
import { listOrder, orderArgumentDescription, pinyinOrderDescription, recordedOrder } from "../common/list-order.js";
import { foundByKey } from "../common/natural-keys.js";
import { Person } from "./person.type.js";

const PersonFilter = builder.inputType("PersonFilter", {
  description: "Narrows a list of people.",
  fields: (t) => ({
    nameZh: t.string({ required: false, description: "Only people with exactly this Chinese name." }),
    search: t.string({ required: false, description: searchFieldDescription }),
  }),
});

const personsOrder = listOrder<Prisma.PersonOrderByWithRelationInput>()("Person", "people", {
  NAME_ZH: { description: pinyinOrderDescription, clauses: (direction) => [{ sortKey: direction }, { nameZh: direction }] },
  KEY: { description: "The stable key.", clauses: (direction) => [{ key: direction }] },
  RECORDED: recordedOrder(),
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
    args: {
      filter: t.arg({ type: PersonFilter, required: false, description: "Conditions the records must meet." }),
      orderBy: t.arg({ type: personsOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: (query, _root, args, context) =>
      context.db.person.findMany({ ...query, where: presentFieldsAndSearch(args.filter), orderBy: personsOrder.orderBy(args.orderBy, [{ id: "asc" }]) }),
    totalCount: (_connection, args, context) => context.db.person.count({ where: presentFieldsAndSearch(args.filter) }),
  }),
}));
