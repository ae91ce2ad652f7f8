// Location matching for clashes. Staff type the same place in several ways
// (`Geneva`, `Geneva (TBC)`, `geneva, Switzerland`, `Genève`), so a location is folded to
// tokens and two places are the same when one token list is a prefix of the other.

/** Words that only say the place is not settled yet; they are not part of the place. */
const TENTATIVE_WORDS = new Set(["tbc", "tbd", "tba"]);

/**
 * The folded tokens of a location: accents and case folded, parenthetical remarks and
 * `TBC`/`TBD` dropped. `null` when nothing of a place is left (blank, `TBD`).
 */
export function placeTokens(location: string | null): string[] | null {
  if (location === null) return null;
  const folded = location
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ");
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== "" && !TENTATIVE_WORDS.has(t));
  return tokens.length > 0 ? tokens : null;
}

/** `Geneva` and `Geneva, Switzerland` are the same place; `New York` and `New Delhi` are not. */
export function isSamePlace(a: readonly string[], b: readonly string[]): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  for (let i = 0; i < shorter.length; i++) {
    if (shorter[i] !== longer[i]) return false;
  }
  return true;
}
