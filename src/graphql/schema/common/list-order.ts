import { builder } from "../../builder.js";
import { SortDirection } from "./enums.js";

// Every top-level list takes `orderBy: { field, direction }`: one enum of sort keys and one input
// per record kind, made here, and a stable tiebreak by record id in the same direction, so a page
// boundary never falls between two records that sort alike (cursors name records by id).

export type Direction = "asc" | "desc";

export interface OrderKey<Clause> {
  description: string;
  /** The Prisma orderBy clauses of this key, before the id tiebreak. */
  clauses: (direction: Direction) => Clause[];
}

/** An argument value of a list's order input. */
interface OrderValue<Key extends string> {
  field: Key;
  direction?: "ASC" | "DESC" | null;
}

export const orderArgumentDescription = "Sort order; ties are broken by record id in the same direction.";

/**
 * The order input of one record kind (`${typeName}OrderField`, `${typeName}Order`) and how an
 * argument value becomes Prisma's orderBy. Curried so the Prisma clause type is given and the keys inferred:
 * `listOrder<Prisma.HonourOrderByWithRelationInput>()("Honour", "honours", { … })`.
 */
export function listOrder<Clause extends object>() {
  return <const Key extends string>(typeName: string, plural: string, keys: Record<Key, OrderKey<Clause>>) => {
    const field = builder.enumType(`${typeName}OrderField`, {
      description: `What to sort ${plural} by.`,
      values: Object.fromEntries(Object.entries<OrderKey<Clause>>(keys).map(([name, key]) => [name, { description: key.description }])) as Record<
        Key,
        { description: string }
      >,
    });
    const input = builder.inputType(`${typeName}Order`, {
      description: `Sort order for ${plural}.`,
      fields: (t) => ({
        field: t.field({ type: field, required: true, description: "Sort key." }),
        direction: t.field({ type: SortDirection, required: false, defaultValue: "ASC", description: "Direction." }),
      }),
    });
    return {
      input,
      /** Prisma's orderBy for the argument, or `unordered` when none is given. */
      orderBy(order: OrderValue<Key> | null | undefined, unordered: Clause[]): Clause[] {
        if (!order) return unordered;
        const direction: Direction = order.direction === "DESC" ? "desc" : "asc";
        return [...keys[order.field].clauses(direction), { id: direction } as Clause];
      },
    };
  };
}

/** The key every list has: the order records were stored in. */
export const recordedOrder = <Clause>(): OrderKey<Clause> => ({
  description: "The order the records were stored in (record id).",
  clauses: () => [],
});

/** What NAME_ZH (and TITLE_ZH) sorts by: the pinyin sort key written with the name (records/name-keys.ts). */
export const pinyinOrderDescription =
  "Chinese name in pinyin order, as a Chinese reader expects (保山市 bao, 南京市 nan, 齐齐哈尔市 qi, 云南省 yun); syllable by syllable, tones 1–4 in order, then the neutral tone; the same on every database.";
