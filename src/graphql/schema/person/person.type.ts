import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";

const PersonalDetails = builder.objectRef<{ birthDate: string | null; email: string | null; phone: string | null }>("PersonalDetails").implement({
  description: "What identifies a person beyond name, honour and employer. Readable by analysts and admins only. 个人信息",
  fields: (t) => ({
    birthDate: t.expose("birthDate", { type: "Period", nullable: true, description: "Date (or year) of birth. 出生日期" }),
    email: t.exposeString("email", { nullable: true, description: "E-mail address. 电子邮箱" }),
    phone: t.exposeString("phone", { nullable: true, description: "Telephone number. 电话" }),
  }),
});

export const Person = builder.prismaNode("Person", {
  id: { field: "id" },
  nullable: true,
  description: "A named person: an honouree or an author. Only what sources state publicly is held. 人员",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key (names are not unique)." }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 姓名" }),
    nameEn: t.exposeString("nameEn", { description: "Name in pinyin." }),
    employer: t.relation("employer", { nullable: true, description: "Employer or organisation the source places the person in. 单位" }),
    honours: t.relation("honours", {
      description: "Titles the person holds, was recommended for, or lost; at most 100. 荣誉",
      ...boundedList(100, { where: standing, orderBy: { id: "asc" } }, "honours(filter:)"),
    }),
    source: t.relation("citation", { nullable: true, description: "Where the person is named." }),
    personalDetails: t.field({
      type: PersonalDetails,
      nullable: true,
      description: "Personal data: for analysts and admins; null for everyone else, whatever is stored.",
      authScopes: { analyst: true },
      unauthorizedResolver: () => null,
      select: { birthDate: true, email: true, phone: true },
      resolve: (person) => person,
    }),
  }),
});

asNodeEntity(Person, "Person", builder.selection<{ key: string }>("key"));
