import { builder } from "../../builder.js";

export const Person = builder.prismaNode("Person", {
  id: { field: "id" },
  nullable: true,
  description: "A named person: an honouree or an author. Only what sources state publicly is held. 人员",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key (names are not unique)." }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 姓名" }),
    nameEn: t.exposeString("nameEn", { description: "Name in pinyin." }),
    employer: t.relation("employer", { nullable: true, description: "Employer or organisation the source places the person in. 单位" }),
    honours: t.relation("honours", { description: "Titles the person holds, was recommended for, or lost. 荣誉", query: { orderBy: { id: "asc" } } }),
    source: t.relation("citation", { nullable: true, description: "Where the person is named." }),
  }),
});

builder.asEntity(Person, {
  key: builder.selection<{ key: string }>("key"),
  resolveReference: ({ key }, context) => context.db.person.findUnique({ where: { key } }),
});
