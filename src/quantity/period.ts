/** ISO 8601 year, year-month or date: "2020", "2020-06", "2020-06-15" — a period at the precision the source gives. */
export const periodPattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
