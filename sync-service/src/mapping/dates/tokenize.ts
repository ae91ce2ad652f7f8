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

function classifyWord(piece: string): Token {
  const v = vocabulary;
  if (piece in v.months) return { kind: "month", value: v.months[piece], text: piece };
  if (piece in v.weekdays) return { kind: "weekday", value: v.weekdays[piece], text: piece };
  if (piece in v.ordinals) return { kind: "ordinal", value: v.ordinals[piece], text: piece };
  if (piece in v.counts) return { kind: "count", value: v.counts[piece], text: piece };
  if (piece in v.keywords) return { kind: "keyword", value: v.keywords[piece], text: piece };
  return { kind: "unknown", text: piece };
}

function classifyPiece(piece: string): Token {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(piece);
  if (m) return { kind: "isoDay", year: +m[1], month: +m[2], day: +m[3], text: piece };
  m = /^(\d{1,2})([./])(\d{1,2})[./](\d{2}|\d{4})$/.exec(piece);
  if (m) {
    const year = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    return { kind: "numericDate", first: +m[1], second: +m[3], year, dotted: m[2] === ".", text: piece };
  }
  m = /^(\d+)(st|nd|rd|th|er|re|eme|e|o|a|º|°)?$/.exec(piece);
  if (m) return { kind: "num", value: Number(m[1]), digits: m[1].length, ordinal: Boolean(m[2]), text: piece };
  m = /^([qt])([1-4])$/.exec(piece);
  if (m) return { kind: "quarterNo", value: Number(m[2]), text: piece };
  m = /^([hs])([12])$/.exec(piece);
  if (m) return { kind: "halfNo", value: Number(m[2]), text: piece };
  m = /^([1-4])q$/.exec(piece);
  if (m) return { kind: "quarterNo", value: Number(m[1]), text: piece };
  return classifyWord(piece);
}

function isPhrase(candidate: string): boolean {
  const v = vocabulary;
  return candidate in v.keywords || candidate in v.counts || candidate in v.months || candidate in v.ordinals;
}

// For each first word of a multi-word phrase, the phrase lengths to try, longest first:
// most words start no phrase, so the tokenizer tries nothing for them.
const PHRASE_LENGTHS = new Map<string, number[]>();
for (const table of [vocabulary.keywords, vocabulary.counts, vocabulary.months, vocabulary.ordinals]) {
  for (const phrase of Object.keys(table)) {
    const words = phrase.split(" ");
    if (words.length < 2) continue;
    const lengths = PHRASE_LENGTHS.get(words[0]) ?? [];
    if (!lengths.includes(words.length)) lengths.push(words.length);
    PHRASE_LENGTHS.set(words[0], lengths.sort((a, b) => b - a));
  }
}

/** Tokens of folded text, matching the longest known phrase first (`no later than`, `de chaque annee`). */
export function tokenize(folded: string): Token[] {
  const pieces = splitPieces(folded).flatMap((p) =>
    // An unknown elided word (`l'annee`) is read as its parts.
    p.includes("'") && !isPhrase(p) ? p.split("'").filter(Boolean) : [p],
  );
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
