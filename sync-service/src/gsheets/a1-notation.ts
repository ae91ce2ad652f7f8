// A1 notation (`Mapping!A1:Z`, `'My sheet'!B2:F10`, `A:Z`, `Mapping`): the connector reads the range the API resolved; the fake server parses requests.
export interface A1Range {
  sheet: string | null;
  /** 0-based, inclusive start; end is exclusive, null when open. */
  startRow: number;
  startColumn: number;
  endRow: number | null;
  endColumn: number | null;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const CELL = /^([A-Za-z]*)(\d*)$/;

export function parseA1(range: string): A1Range | null {
  let sheet: string | null = null;
  let cells = range;
  const bang = range.lastIndexOf("!");
  if (bang >= 0) {
    sheet = range.slice(0, bang);
    cells = range.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  } else if (!/^[A-Za-z]*\d*(:[A-Za-z]*\d*)?$/.test(range)) {
    return { sheet: range.replace(/^'(.*)'$/, "$1"), startRow: 0, startColumn: 0, endRow: null, endColumn: null };
  }
  const [from, to] = cells.split(":");
  const a = CELL.exec(from ?? "");
  const b = to === undefined ? a : CELL.exec(to);
  if (!a || !b) return null;
  return {
    sheet,
    startRow: a[2] ? Number(a[2]) - 1 : 0,
    startColumn: a[1] ? columnIndex(a[1]) : 0,
    endRow: b[2] ? Number(b[2]) : null,
    endColumn: b[1] ? columnIndex(b[1]) + 1 : null,
  };
}

export function quoteSheetTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}
