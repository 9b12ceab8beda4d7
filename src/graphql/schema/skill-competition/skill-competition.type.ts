import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { CompetitionStatus } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";

export const SkillCompetition = builder.prismaNode("SkillCompetition", {
  id: { field: "id" },
  nullable: true,
  description: "A labour or skill competition: organiser, theme, year and what was reported about it. 劳动和技能竞赛",
  fields: (t) => ({
    nameZh: t.exposeString("nameZh", { description: "Chinese name; the natural key. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    themeZh: t.exposeString("themeZh", { nullable: true, description: "Theme slogan. 主题" }),
    themeEn: t.exposeString("themeEn", { nullable: true, description: "Theme in English." }),
    year: t.expose("year", { type: "PositiveInt", description: "Year held or planned. 年度" }),
    status: t.expose("status", { type: CompetitionStatus, description: "Planned or held. 状态" }),
    organiser: t.relation("organiser", { description: "Organising body. 主办单位" }),
    region: t.relation("region", { nullable: true, description: "Where it is held. 地区" }),
    reportedFigures: t.relation("reportedFigures", {
      description: "Figures about it (participating units, participants), at most 100. 统计数字",
      ...boundedList(100, { where: standing, orderBy: { id: "asc" } }),
    }),
    programmes: t.relation("programmes", {
      description: "Ordered lists about it (its sub-competitions), at most 100. 竞赛项目",
      ...boundedList(100, { orderBy: { id: "asc" } }),
    }),
    source: t.relation("citation", { description: "Where the competition is described." }),
  }),
});

asNodeEntity(SkillCompetition, "SkillCompetition", builder.selection<{ nameZh: string }>("nameZh"));
