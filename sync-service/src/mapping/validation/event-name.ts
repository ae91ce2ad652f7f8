// How event names are compared for probable duplicates (SPEC 5).
import { foldText } from "./fold-text";

const UNIT_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEEN_ORDINALS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS_ORDINALS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

const ORDINAL_WORDS = new Map<string, number>([
  ...UNIT_ORDINALS.map((w, i) => [w, i + 1] as const),
  ...TEEN_ORDINALS.map((w, i) => [w, i + 10] as const),
  ...TENS_ORDINALS.map((w, i) => [w, (i + 2) * 10] as const),
  ...TENS.flatMap((tens, t) => UNIT_ORDINALS.map((unit, u) => [`${tens}-${unit}`, (t + 2) * 10 + u + 1] as const)),
  ["hundredth", 100],
]);

const WORD_ORDINAL = new RegExp(`\\b(${[...ORDINAL_WORDS.keys()].sort((a, b) => b.length - a.length).join("|")})\\b`, "gi");
// "10th", "2nd", "17 th"
const NUMBER_ORDINAL = /\b(\d+)\s*(?:st|nd|rd|th)\b/gi;
// The same patterns without the global flag, for finding the first one (exec on a /g regex keeps state).
const FIRST_WORD_ORDINAL = new RegExp(WORD_ORDINAL.source, "i");
const FIRST_NUMBER_ORDINAL = new RegExp(NUMBER_ORDINAL.source, "i");

/** The edition number an event name carries (`Tenth ...`, `10th ...`, `17 th ...`), or null. */
export function editionOf(title: string): number | null {
  const folded = foldText(title).replace(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+/g, "$1-");
  const numeric = FIRST_NUMBER_ORDINAL.exec(folded);
  const word = FIRST_WORD_ORDINAL.exec(folded);
  const first = [numeric, word].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  return first === numeric ? Number(first[1]) : (ORDINAL_WORDS.get(first[1]) ?? null);
}

/** The name without case, accents, parentheticals, the RCP `*` and edition words: what "the same event" compares. */
export function normaliseEventName(title: string): string {
  return foldText(title)
    .replace(/^\s*\*/, "")
    .replace(/\([^()]*\)/g, " ")
    .replace(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+/g, "$1-")
    .replace(WORD_ORDINAL, " ")
    .replace(NUMBER_ORDINAL, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
