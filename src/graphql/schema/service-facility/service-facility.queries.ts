import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { FacilityStatus, ServiceFacilityKind } from "../common/enums.js";
import { inRegionTree } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { foundByKey } from "../common/natural-keys.js";
import { ServiceFacility } from "./service-facility.type.js";

const ServiceFacilityFilter = builder.inputType("ServiceFacilityFilter", {
  description: "Narrows a list of service facilities; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: ServiceFacilityKind, required: false, description: "Only this kind." }),
    status: t.field({ type: FacilityStatus, required: false, description: "Only this status." }),
    regionCode: t.string({ required: false, description: "Only facilities in this division or below it." }),
  }),
});

async function serviceFacilityWhere(filter: typeof ServiceFacilityFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(await inRegionTree(context, filter.regionCode, "filter.regionCode")),
  };
}

const serviceFacilitiesOrder = listOrder<Prisma.ServiceFacilityOrderByWithRelationInput>()("ServiceFacility", "service facilities", {
  NAME_ZH: { description: "Chinese name, by code point.", clauses: (direction) => [{ nameZh: direction }] },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  serviceFacility: t.prismaField({
    type: ServiceFacility,
    description: "One service facility by its Chinese name. An unknown name is a NOT_FOUND error.",
    args: { nameZh: t.arg.string({ required: true, description: "The exact Chinese name." }) },
    resolve: (query, _root, { nameZh }, context) =>
      foundByKey("service facility", nameZh, "nameZh", (nameZh) => context.db.serviceFacility.findUnique({ ...query, where: { nameZh } })),
  }),
  serviceFacilities: t.prismaConnection({
    type: ServiceFacility,
    cursor: "id",
    description: "Named worker service facilities.",
    args: {
      filter: t.arg({ type: ServiceFacilityFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: serviceFacilitiesOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.serviceFacility.findMany({
        ...query,
        where: await serviceFacilityWhere(args.filter, context),
        orderBy: serviceFacilitiesOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.serviceFacility.count({ where: await serviceFacilityWhere(args.filter, context) }),
  }),
}));
