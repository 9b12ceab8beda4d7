/** Rank of each entry (1 = largest); equal values share a rank; entries without a value get none. */
export function rankDescending(values: readonly (number | undefined)[]): { rank: number | undefined; tied: boolean }[] {
  const present = values.filter((value): value is number => value !== undefined);
  return values.map((value) => {
    if (value === undefined) return { rank: undefined, tied: false };
    const larger = present.filter((other) => other > value).length;
    const equal = present.filter((other) => other === value).length;
    return { rank: larger + 1, tied: equal > 1 };
  });
}
