import { GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver, JSONObjectResolver, NonNegativeIntResolver, PositiveIntResolver, SafeIntResolver } from "graphql-scalars";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { periodPattern } from "../../../quantity/period.js";
import { builder } from "../../builder.js";

builder.addScalarType("SafeInt", SafeIntResolver);
builder.addScalarType("PositiveInt", PositiveIntResolver);
builder.addScalarType("NonNegativeInt", NonNegativeIntResolver);
builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("JSONObject", JSONObjectResolver);

function parsePeriod(value: unknown): string {
  if (typeof value === "string" && periodPattern.test(value)) return value;
  throw userError(
    ErrorCode.badUserInput,
    `Period must be an ISO 8601 year, year-month or date such as "2020", "2020-06" or "2020-06-15"; got ${JSON.stringify(value)}.`,
  );
}

builder.addScalarType(
  "Period",
  new GraphQLScalarType({
    name: "Period",
    description: 'A calendar period at the precision the source gives: an ISO 8601 year ("2020"), year-month ("2020-06") or date ("2020-06-15"). 时期',
    serialize: parsePeriod,
    parseValue: parsePeriod,
    parseLiteral: (ast) => parsePeriod(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
);
