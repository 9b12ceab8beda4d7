/** Rank of each entry (1 = largest); equal values share a rank; entries without a value get none. */
export function rankDescending(values: readonly (number | undefined)[]): { rank: number | undefined; tied: boolean }[] {
  const largestFirst = values.filter((value): value is number => value !== undefined).sort((a, b) => b - a);
  const firstPlace = new Map<number, number>();
  const holders = new Map<number, number>();
  largestFirst.forEach((value, index) => {
    if (!firstPlace.has(value)) firstPlace.set(value, index + 1);
    holders.set(value, (holders.get(value) ?? 0) + 1);
  });
  return values.map((value) => (value === undefined ? { rank: undefined, tied: false } : { rank: firstPlace.get(value)!, tied: holders.get(value)! > 1 }));
}
