/**
 * The two halves of a UK postcode as atoms read them: "HX1 2PP", "WF10 2RT", "M1 2AB". The first is an area (one
 * letter for the big cities, two for the rest) and a district; year groups, periods and key stages ("Y7", "Yr9",
 * "P5", "KS3") look alike and are not areas. The second half looks like a form code ("2PP" like "7JB").
 */
const OUTWARD = /^(?:[beglmnsw]|(?!yr|ks)[a-z]{2})\d[a-z\d]?$/;
const INWARD = /^\d[a-z]{2}$/;

/** The first half of a postcode (folded): "hx1", "wf10", "m1"; not "y7", "yr9", "p5", "ks3". */
export function postcodeOutward(key: string): boolean {
  return key.length <= 4 && OUTWARD.test(key);
}

/** The second half of a postcode (folded): "2pp". */
export function postcodeInward(key: string): boolean {
  return INWARD.test(key);
}
