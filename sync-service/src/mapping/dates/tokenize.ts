// Turns date text into language-neutral tokens using the vocabulary tables.
import { vocabulary, type Keyword } from "./vocabulary";

export type Token =
  | { kind: "num"; value: number; digits: number; ordinal: boolean; text: string }
  | { kind: "month"; value: number; text: string }
  | { kind: "weekday"; value: number; text: string }
  | { kind: "ordinal"; value: number; text: string }
  | { kind: "count"; value: number; text: string }
  | { kind: "quarterNo"; value: number; text: string }
  | { kind: "halfNo"; value: number; text: string }
  | { kind: "isoDay"; year: number; month: number; day: number; text: string }
  | { kind: "numericDate"; first: number; second: number; year: number; dotted: boolean; text: string }
  | { kind: "keyword"; value: Keyword; text: string }
  | { kind: "unknown"; text: string };

/** Lower case, accents folded, typographic dashes and quotes made plain. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u00a0/g, " ");
}

// One raw piece of text: ISO days and numeric dates first, then numbers with ordinal
// suffixes (`17th`, `1er`, `1º`), Q3/H1-style codes, words, and the punctuation that means something.
const PIECE =
  /\d{4}-\d{2}-\d{2}|[qt][1-4](?![a-z\d])|[hs][12](?![a-z\d])|[1-4]q(?![a-z\d])|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+(?:st|nd|rd|th|er|re|eme|e|o|a|º|°)?(?![a-z\d])|[a-z]+(?:'[a-z]+)*'?|[-&,?~/]/g;

function splitPieces(folded: string): string[] {
  const joined = folded
    .replace(/\b(\d+)\s+(st|nd|rd|th)\b/g, "$1$2") // `17 th General Conference`
    .replace(/\b(mid|early|late)-(?=[a-z\d])/g, "$1 "); // `mid-June`, `mid-2018` are not ranges
  return joined.match(PIECE) ?? [];
}

type WordToken = Extract<Token, { kind: "month" | "weekday" | "ordinal" | "count" | "keyword" }>;

// Every word and phrase of every table in one Map (a plain object would also answer to
// `constructor` and the like); the first table to name a word wins.
const WORDS = new Map<string, WordToken>();
function addWords<K extends WordToken["kind"]>(kind: K, table: Record<string, WordToken["value"]>): void {
  for (const [text, value] of Object.entries(table)) {
    if (!WORDS.has(text)) WORDS.set(text, { kind, value, text } as WordToken);
  }
}
addWords("month", vocabulary.months);
addWords("weekday", vocabulary.weekdays);
addWords("ordinal", vocabulary.ordinals);
addWords("count", vocabulary.counts);
addWords("keyword", vocabulary.keywords);

function classifyWord(piece: string): Token {
  return WORDS.get(piece) ?? { kind: "unknown", text: piece };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})[./](\d{2}|\d{4})$/;
const NUMBER = /^(\d+)(st|nd|rd|th|er|re|eme|e|o|a|º|°)?$/;
const PERIOD_CODE = /^(?:([qt])([1-4])|([hs])([12])|([1-4])q)$/;

function classifyPiece(piece: string): Token {
  const code = piece.length === 2 ? PERIOD_CODE.exec(piece) : null;
  if (code) {
    if (code[3]) return { kind: "halfNo", value: Number(code[4]), text: piece };
    return { kind: "quarterNo", value: Number(code[2] ?? code[5]), text: piece };
  }
  // Words are most pieces: only a piece starting with a digit can be a number or a date.
  const first = piece.charCodeAt(0);
  if (first < 48 || first > 57) return classifyWord(piece);
  let m = ISO_DAY.exec(piece);
  if (m) return { kind: "isoDay", year: +m[1], month: +m[2], day: +m[3], text: piece };
  m = NUMERIC_DATE.exec(piece);
  if (m) {
    const year = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    return { kind: "numericDate", first: +m[1], second: +m[3], year, dotted: m[2] === ".", text: piece };
  }
  m = NUMBER.exec(piece);
  if (m) return { kind: "num", value: Number(m[1]), digits: m[1].length, ordinal: Boolean(m[2]), text: piece };
  return classifyWord(piece);
}

function isPhrase(candidate: string): boolean {
  return WORDS.has(candidate);
}

// For each first word of a multi-word phrase, the phrase lengths to try, longest first:
// most words start no phrase, so the tokenizer tries nothing for them.
const PHRASE_LENGTHS = new Map<string, number[]>();
for (const phrase of WORDS.keys()) {
  const words = phrase.split(" ");
  if (words.length < 2) continue;
  const lengths = PHRASE_LENGTHS.get(words[0]) ?? [];
  if (!lengths.includes(words.length)) lengths.push(words.length);
  PHRASE_LENGTHS.set(words[0], lengths.sort((a, b) => b - a));
}

/** Tokens of folded text, matching the longest known phrase first (`no later than`, `de chaque annee`). */
export function tokenize(folded: string): Token[] {
  const pieces: string[] = [];
  for (const piece of splitPieces(folded)) {
    // An unknown elided word (`l'annee`) is read as its parts.
    if (piece.includes("'") && !isPhrase(piece)) pieces.push(...piece.split("'").filter(Boolean));
    else pieces.push(piece);
  }
  const tokens: Token[] = [];
  for (let i = 0; i < pieces.length; ) {
    let matched = false;
    for (const length of PHRASE_LENGTHS.get(pieces[i]) ?? []) {
      if (i + length > pieces.length) continue;
      const candidate = pieces.slice(i, i + length).join(" ");
      if (isPhrase(candidate)) {
        tokens.push(classifyWord(candidate));
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      tokens.push(classifyPiece(pieces[i]));
      i += 1;
    }
  }
  return tokens;
}

export function isKeyword(token: Token | undefined, ...values: Keyword[]): boolean {
  return token?.kind === "keyword" && values.includes(token.value);
}
