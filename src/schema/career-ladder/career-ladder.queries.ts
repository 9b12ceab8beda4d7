import { builder } from "../../builder.js";
import { CareerLadderKindEnum } from "../common/enums.js";
import { CareerLadder } from "./career-ladder.type.js";

function careerLadderWhere(args: { organisationNameZh?: string | null; kind?: "SKILL" | "MANAGEMENT" | null }) {
  return {
    ...(args.organisationNameZh ? { organisation: { nameZh: args.organisationNameZh } } : {}),
    ...(args.kind ? { kind: args.kind } : {}),
  };
}

builder.queryFields((t) => ({
  careerLadders: t.prismaConnection({
    type: CareerLadder,
    cursor: "id",
    description: "Career ladders, optionally of one organisation or one kind.",
    args: {
      organisationNameZh: t.arg.string({ required: false, description: "Only this organisation's ladders." }),
      kind: t.arg({ type: CareerLadderKindEnum, required: false, description: "Only this kind." }),
    },
    resolve: (query, _root, args, context) =>
      context.db.careerLadder.findMany({ ...query, where: careerLadderWhere(args), orderBy: { id: "asc" } }),
    totalCount: (_connection, args, context) => context.db.careerLadder.count({ where: careerLadderWhere(args) }),
  }),
}));
