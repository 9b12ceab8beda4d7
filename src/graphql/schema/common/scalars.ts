import { GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver, JSONObjectResolver, NonNegativeIntResolver, PositiveIntResolver, SafeIntResolver } from "graphql-scalars";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { periodPattern } from "../../../quantity/period.js";
import { builder } from "../../builder.js";

/**
 * Where each scalar's format is defined, printed as `@specifiedBy` in the SDL so client codegen and
 * tooling can map it to a type without guessing (README, "Typed clients").
 */
export const scalarSpecifications = {
  SafeInt: "https://www.ecma-international.org/ecma-262/#sec-number.issafeinteger",
  PositiveInt: "https://the-guild.dev/graphql/scalars/docs/scalars/positive-int",
  NonNegativeInt: "https://the-guild.dev/graphql/scalars/docs/scalars/non-negative-int",
  DateTime: "https://datatracker.ietf.org/doc/html/rfc3339#section-5.6",
  JSONObject: "https://www.ecma-international.org/publications-and-standards/standards/ecma-404/",
  Period: "https://www.iso.org/iso-8601-date-and-time-format.html",
} as const;

/**
 * The scalar with its specification: `specifiedByURL` for introspection (`__Type.specifiedByURL`),
 * the `@specifiedBy` directive for the printed SDL and `_service { sdl }`, which are printed from AST.
 */
function specified(name: keyof typeof scalarSpecifications, scalar: GraphQLScalarType) {
  const url = scalarSpecifications[name];
  builder.addScalarType(name, new GraphQLScalarType({ ...scalar.toConfig(), name, specifiedByURL: url }), { directives: { specifiedBy: { url } } });
}

specified("SafeInt", SafeIntResolver);
specified("PositiveInt", PositiveIntResolver);
specified("NonNegativeInt", NonNegativeIntResolver);
specified("DateTime", DateTimeResolver);
specified("JSONObject", JSONObjectResolver);

function parsePeriod(value: unknown): string {
  if (typeof value === "string" && periodPattern.test(value)) return value;
  throw userError(
    ErrorCode.badUserInput,
    `Period must be an ISO 8601 year, year-month or date such as "2020", "2020-06" or "2020-06-15"; got ${JSON.stringify(value)}.`,
  );
}

specified(
  "Period",
  new GraphQLScalarType({
    name: "Period",
    description: 'A calendar period at the precision the source gives: an ISO 8601 year ("2020"), year-month ("2020-06") or date ("2020-06-15"). 时期',
    serialize: parsePeriod,
    parseValue: parsePeriod,
    parseLiteral: (ast) => parsePeriod(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
);
