import type { $Enums } from "../generated/sqlite/index.js";
import type { Quantity } from "../quantity/stated-quantity.js";

/** Funding amounts as SQL sums them (whole CNY, BigInt; null when nothing was summed). */
export interface SummedAmounts {
  amountCny: bigint | null;
  amountCnyMax: bigint | null;
}

/** Summed funding of one qualifier (exact amounts, lower bounds …) as a quantity in CNY. */
export function fundingQuantity(qualifier: $Enums.Qualifier, sum: SummedAmounts): Quantity {
  return {
    qualifier,
    value: Number(sum.amountCny ?? 0),
    valueMax: sum.amountCnyMax === null ? undefined : Number(sum.amountCnyMax),
  };
}
