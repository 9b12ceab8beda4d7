import { builder } from "../../builder.js";
import { ProjectStatus } from "../common/enums.js";
import { asNodeEntity } from "../common/node-entities.js";

export const InnovationProject = builder.prismaNode("InnovationProject", {
  id: { field: "id" },
  nullable: true,
  description: "A named worker innovation project. 职工创新项目",
  fields: (t) => ({
    nameZh: t.exposeString("nameZh", { description: "Chinese name; the natural key. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    status: t.expose("status", { type: ProjectStatus, description: "Proposed, funded or completed. 状态" }),
    region: t.relation("region", { description: "Where it is. 地区" }),
    owner: t.relation("owner", { nullable: true, description: "Organisation running it. 承担单位" }),
    period: t.expose("period", { type: "Period", nullable: true, description: "When. 时间" }),
    source: t.relation("citation", { description: "Where the project is named." }),
  }),
});

asNodeEntity(InnovationProject, "InnovationProject", builder.selection<{ nameZh: string }>("nameZh"));
