import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { HonourKind, HonourLevel, HonourStatus, RecipientKind } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Organisation } from "../organisation/organisation.type.js";

const conferrersBound = boundedList(50, { orderBy: { id: "asc" } });

export const HonourTitle = builder.prismaNode("HonourTitle", {
  id: { field: "id" },
  nullable: true,
  description: "A title that can be conferred (劳动模范, 五一劳动奖章, 保山工匠, 大国工匠 …), at a level, by its conferring bodies. 荣誉称号",
  fields: (t) => ({
    nameZh: t.exposeString("nameZh", { description: "Chinese name; the natural key. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    kind: t.expose("kind", { type: HonourKind, description: "Kind of title. 类型" }),
    level: t.expose("level", { type: HonourLevel, description: "Level of the conferring body. 级别" }),
    recipientKind: t.expose("recipientKind", { type: RecipientKind, description: "Person or unit. 授予对象" }),
    conferrers: t.field({
      type: [Organisation],
      description: "Bodies that confer it, at most 50. 授予单位",
      extensions: conferrersBound.extensions,
      select: (_args, _context, nestedSelection) => ({
        conferrers: { ...conferrersBound.query, select: { organisation: nestedSelection(true) } },
      }),
      resolve: (title) => title.conferrers.map((conferrer) => conferrer.organisation),
    }),
    honours: t.relatedConnection("honours", {
      cursor: "id",
      totalCount: true,
      description: "Named holders, nominees or former holders. 获得者",
      query: { where: standing, orderBy: { id: "asc" } },
    }),
    reportedFigures: t.relation("reportedFigures", {
      description: "Counts of this title reported without names (e.g. 推荐全国劳模2名), at most 100. 人数统计",
      ...boundedList(100, { where: standing, orderBy: { id: "asc" } }),
    }),
    rewardRules: t.relation("rewardRules", {
      description: "Rules under which it is conferred, at most 100. 奖励规则",
      ...boundedList(100, { orderBy: { id: "asc" } }),
    }),
    source: t.relation("citation", { description: "Where the title is named." }),
  }),
});

export const Honour = builder.prismaNode("Honour", {
  id: { field: "id" },
  nullable: true,
  description: "One named person or unit holding, recommended for, or stripped of a title. 荣誉",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    honourTitle: t.relation("honourTitle", { description: "The title. 称号" }),
    status: t.expose("status", { type: HonourStatus, description: "Recommended, awarded or revoked. 状态" }),
    person: t.relation("person", { nullable: true, description: "The honoured person, when a person. 获得者" }),
    organisation: t.relation("organisation", { nullable: true, description: "The honoured unit, when a unit. 获得单位" }),
    region: t.relation("region", { nullable: true, description: "Region the honour is recorded under. 地区" }),
    period: t.expose("period", { type: "Period", nullable: true, description: "When it was conferred or changed. 时间" }),
    source: t.relation("citation", { description: "Where the honour is stated." }),
  }),
});

asNodeEntity(Honour, "Honour", builder.selection<{ key: string }>("key"));

asNodeEntity(HonourTitle, "HonourTitle", builder.selection<{ nameZh: string }>("nameZh"));
