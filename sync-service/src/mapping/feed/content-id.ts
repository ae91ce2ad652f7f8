// A deterministic id for a row that has none, for FILE PUBLISHING ONLY (`mapping publish`):
// the same title and date text give the same id on every run, so a website that pulls the
// files sees stable ids. The service assigns real ids (`ev-…`) and never uses this.

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV64_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV64_PRIME) & MASK64;
  }
  return hash.toString(16).padStart(16, "0");
}

/** Case, accents' composition and runs of spaces do not change the id. */
function normalise(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** `row-` + 16 hex digits from the normalised title and the date text as typed. */
export function contentId(title: string, dateText: string): string {
  return `row-${fnv1a64(`${normalise(title)}\n${normalise(dateText)}`)}`;
}

/**
 * Content ids for many rows: a second row with the same title and date text (a probable
 * duplicate) gets `-2`, a third `-3`, in row order, so ids stay unique within the file.
 */
export function contentIds(rows: readonly { title: string; dateText: string }[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const base = contentId(r.title, r.dateText);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
