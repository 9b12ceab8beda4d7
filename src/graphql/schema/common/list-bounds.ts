import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import type { GraphQLField, GraphQLFieldResolver } from "graphql";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { ResultBudget } from "../../result-budget.js";

// A list that is not a connection has no page size, so the cost model cannot know how long it
// is. Each one declares the most it may hold: the cost model prices it at that many items, the
// database is asked for one more, and a list that holds more is an error naming the field and
// where to page instead, never a silently shortened answer.
//
// Every list, bounded or paged, also spends its length from the request's result budget
// (context.resultItems), so a request the cost model underestimated still stops, with
// RESPONSE_TOO_LARGE, before its answer can fill the heap.

/** What a plain list field declares, in its GraphQL extensions. */
export interface ListBound {
  /** The most items it answers; more is LIST_TOO_LONG. */
  maxItems?: number;
  /** Where a longer list can be paged, named in the error. */
  pagedBy?: string;
  /** For lists whose length an argument of an enclosing field fixes: which, so the cost model prices it there. */
  lengthSetBy?: string;
}

/**
 * Field options for a plain list holding at most `maxItems`: the extension the cost model and the
 * resolver check read, and the relation query with the database's limit set one past the bound,
 * so an over-long list is noticed without loading it whole.
 */
export function boundedList<const Query extends object>(maxItems: number, query: Query, pagedBy?: string) {
  return { ...atMost(maxItems, pagedBy), query: { ...query, take: maxItems + 1 } };
}

/** Field options for a plain list computed in memory that holds at most `maxItems`. */
export function atMost(maxItems: number, pagedBy?: string) {
  return { extensions: { maxItems, ...(pagedBy ? { pagedBy } : {}) } satisfies ListBound };
}

/** For a plain list whose length an argument of an enclosing field sets (and prices). */
export function listLengthSetBy(argument: string) {
  return { extensions: { lengthSetBy: argument } satisfies ListBound };
}

/** The bound a field declares, from a built schema. */
export function listBoundOf(field: GraphQLField<unknown, unknown> | { extensions?: Record<string, unknown> | null }): ListBound {
  const extensions = field.extensions ?? {};
  const maxItems = extensions.maxItems;
  const pagedBy = extensions.pagedBy;
  const lengthSetBy = extensions.lengthSetBy;
  return {
    ...(typeof maxItems === "number" ? { maxItems } : {}),
    ...(typeof pagedBy === "string" ? { pagedBy } : {}),
    ...(typeof lengthSetBy === "string" ? { lengthSetBy } : {}),
  };
}

function overLong(bound: number, where: string, pagedBy: string | undefined) {
  const instead = pagedBy ? `; page through ${pagedBy} instead` : "; narrow the query to fewer records";
  return userError(ErrorCode.listTooLong, `${where} holds more than ${bound} items, the most this list answers${instead}.`, {
    field: where,
    maxItems: bound,
    ...(pagedBy ? { pagedBy } : {}),
  });
}

/** The request's result budget; a context built elsewhere (a test's, a tool's) has none and is not limited. */
function budgetOf(context: object): ResultBudget | undefined {
  const budget: unknown = Reflect.get(context, "resultItems");
  return budget instanceof ResultBudget ? budget : undefined;
}

/** Checks every list a field answers: against its declared bound, and against the request's result budget. */
export class ListLimitsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (fieldConfig.type.kind !== "List") return resolver;
    const { maxItems, pagedBy } = listBoundOf(fieldConfig);
    const where = `${fieldConfig.parentType}.${fieldConfig.name}`;
    const check = (list: unknown, context: object) => {
      if (!Array.isArray(list)) return list;
      if (maxItems !== undefined && list.length > maxItems) return overLong(maxItems, where, pagedBy);
      return budgetOf(context)?.spend(list.length) ?? list;
    };
    return (parent, args, context, info) => {
      const result: unknown = resolver(parent, args, context, info);
      return result instanceof Promise ? result.then((list) => check(list, context)) : check(result, context);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      listLimits: ListLimitsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("listLimits", ListLimitsPlugin);
