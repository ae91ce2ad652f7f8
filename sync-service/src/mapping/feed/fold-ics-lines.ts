// RFC 5545 3.1: content lines longer than 75 OCTETS are folded (CRLF + one space). The `ics`
// library counts characters, not octets, so a line with accents or non-Latin text can pass
// 75 octets; its output is unfolded and folded again here, never splitting a character.

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

export const MAX_LINE_OCTETS = 75;

export function foldContentLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Unfold (CRLF followed by space or tab) then fold every line by octets. */
export function refoldIcs(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map(foldContentLine)
    .join("\r\n");
}
