import { canonicalFocalPoint } from "../validation/focal-point-directory";

export interface FocalPointName {
  /** The canonical name when known, otherwise the text as typed. */
  name: string;
  typed: string;
  known: boolean;
}

const HARD_SEPARATOR = /[,;/]/;
// "and" and "&" also occur inside names ("Department of Economic and Social Affairs"),
// so they only separate where the pieces around them are not one known name.
const SOFT_SEPARATOR = /(\s+and\s+|\s*&\s*)/i;

function splitSoft(piece: string): string[] {
  const tokens = piece.split(SOFT_SEPARATOR); // [part, separator, part, separator, part...]
  const names: string[] = [];
  let first = 0;
  while (first < tokens.length) {
    let last = tokens.length - 1;
    while (last > first && canonicalFocalPoint(tokens.slice(first, last + 1).join("")) === null) last -= 2;
    names.push(tokens.slice(first, last + 1).join(""));
    first = last + 2;
  }
  return names;
}

/** SPEC 3: one or more organisations separated by `,` `;` `/` ` and ` or `&`, known spellings made canonical. */
export function splitFocalPoints(text: string): FocalPointName[] {
  const whole = text.trim();
  const pieces = canonicalFocalPoint(whole) !== null ? [whole] : whole.split(HARD_SEPARATOR).flatMap(splitSoft);
  const names: FocalPointName[] = [];
  for (const raw of pieces) {
    const typed = raw.trim();
    if (typed === "") continue;
    const canonical = canonicalFocalPoint(typed);
    const name = canonical ?? typed;
    if (!names.some((n) => n.name === name)) names.push({ name, typed, known: canonical !== null });
  }
  return names;
}
