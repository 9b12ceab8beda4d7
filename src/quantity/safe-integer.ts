/**
 * Database integers (BigInt columns: money in whole CNY, figure values) leave the API as
 * GraphQL SafeInt. Converting is exact up to 2^53-1 (9 quadrillion yuan); beyond it we fail
 * loudly rather than round.
 */
export function toSafeInteger(value: bigint | number): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`${value} is outside the exactly representable integer range`);
  return number;
}
