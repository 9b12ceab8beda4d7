import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { FacilityStatus, ServiceFacilityKind } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";

export const ServiceFacility = builder.prismaNode("ServiceFacility", {
  id: { field: "id" },
  nullable: true,
  description: "A named worker service facility: service centre, workers' cultural palace, roadside station. 职工服务阵地",
  fields: (t) => ({
    nameZh: t.exposeString("nameZh", { description: "Chinese name; the natural key. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    kind: t.expose("kind", { type: ServiceFacilityKind, description: "Kind of facility. 类型" }),
    status: t.expose("status", { type: FacilityStatus, description: "Planned, being built, in service or due for upgrade. 状态" }),
    region: t.relation("region", { description: "Where it is. 地区" }),
    operator: t.relation("operator", { nullable: true, description: "Who runs it, when the source says. 运营单位" }),
    fundingAllocations: t.relation("fundingAllocations", {
      description: "Money allocated to it, at most 100. 投资",
      ...boundedList(100, { where: standing, orderBy: { id: "asc" } }),
    }),
    source: t.relation("citation", { description: "Where the facility is named." }),
  }),
});

asNodeEntity(ServiceFacility, "ServiceFacility");
