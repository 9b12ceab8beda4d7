import type { $Enums } from "../../../generated/sqlite/index.js";
import { toSafeInteger } from "../../../quantity/safe-integer.js";
import type { Quantity as StatedQuantity } from "../../../quantity/stated-quantity.js";
import { builder } from "../../builder.js";
import { Qualifier, Unit } from "./enums.js";

/** A number as a source reports it, with its qualifier and unit: the one shape for all of them. */
export interface QuantityShape {
  qualifier: $Enums.Qualifier;
  value: bigint | number;
  valueMax: bigint | number | null;
  unit: $Enums.Unit;
  statedAs: string;
}

export const Quantity = builder.objectRef<QuantityShape>("Quantity").implement({
  // A value type: partner subgraphs may resolve Quantity fields of their own.
  shareable: true,
  description:
    "A number as the source states it: exact, a lower or upper bound, or a range, in a unit. No data is never a zero Quantity: it is an absent one. 数值",
  fields: (t) => ({
    qualifier: t.field({ type: Qualifier, description: "How exactly the source states the number.", resolve: (q) => q.qualifier }),
    value: t.field({
      type: "SafeInt",
      description: "The exact number, the bound (AT_LEAST / AT_MOST), or the lower end of a RANGE. Money is whole CNY.",
      resolve: (q) => toSafeInteger(q.value),
    }),
    valueMax: t.field({
      type: "SafeInt",
      nullable: true,
      description: "The upper end of a RANGE; null otherwise.",
      resolve: (q) => (q.valueMax === null ? null : toSafeInteger(q.valueMax)),
    }),
    unit: t.field({ type: Unit, description: "The unit of value and valueMax.", resolve: (q) => q.unit }),
    statedAs: t.string({
      description: 'The number exactly as the source writes it ("1万余人", "不高于3000元"), so it can be checked against the excerpt.',
      resolve: (q) => q.statedAs,
    }),
  }),
});

/** A number computed by the platform (a sum, a count, a roll-up), as opposed to one stated in a source. */
export const DerivedQuantity = builder.objectRef<StatedQuantity & { unit: $Enums.Unit }>("DerivedQuantity").implement({
  description:
    "A number the platform computed from sources (a roll-up, a sum, a count of named records), with what is known of it: exact, a bound or a range. 计算值",
  fields: (t) => ({
    qualifier: t.field({ type: Qualifier, description: "Exact, at least, at most or a range.", resolve: (q) => q.qualifier }),
    value: t.field({ type: "SafeInt", description: "The value, the bound, or the lower end of a range.", resolve: (q) => toSafeInteger(q.value) }),
    valueMax: t.field({
      type: "SafeInt",
      nullable: true,
      description: "The upper end of a RANGE; null otherwise.",
      resolve: (q) => (q.valueMax === undefined ? null : toSafeInteger(q.valueMax)),
    }),
    unit: t.field({ type: Unit, description: "Unit of value and valueMax.", resolve: (q) => q.unit }),
  }),
});
