// A local stand-in for the Google Sheets v4 API: exactly the three endpoints the connector uses
// (spreadsheets.get for sheet id + notes + grid size, values.get, spreadsheets.batchUpdate), on
// 127.0.0.1:0, with injectable faults (429, 500, hung requests) and a log of what was asked.
import express, { type Request, type Response } from "express";
import type { AddressInfo } from "node:net";
import type { Server, ServerResponse } from "node:http";
import { columnLetters, parseA1, quoteSheetTitle, type A1Range } from "../../../sync-service/src/gsheets/a1-notation";

export type FakeValue = string | number | boolean;
export interface FakeCell {
  value?: FakeValue;
  note?: string;
}
export interface FakeSheet {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  /** cells[row][column], 0-based; holes are empty cells. */
  cells: (FakeCell | undefined)[][];
}
export type Endpoint = "get" | "values.get" | "batchUpdate";
export type Fault = { status: 429 | 500 | 503 } | { hang: true };
export interface LoggedRequest {
  endpoint: Endpoint;
  query: Record<string, unknown>;
  body: unknown;
  answered: number | "hung";
}

export const ACCESS_TOKEN = "fake-access-token";

export class FakeSheetsServer {
  readonly spreadsheets = new Map<string, FakeSheet[]>();
  readonly log: LoggedRequest[] = [];
  private readonly faults: Record<Endpoint, Fault[]> = { get: [], "values.get": [], batchUpdate: [] };
  private readonly hung = new Set<ServerResponse>();
  private server: Server | null = null;
  rootUrl = "";

  async start(): Promise<this> {
    const app = express();
    app.use(express.json({ limit: "5mb" }));
    app.use((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = this.server!.address() as AddressInfo;
    this.rootUrl = `http://127.0.0.1:${port}/`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next requests to `endpoint` fail like this, in order, before it answers normally again. */
  inject(endpoint: Endpoint, ...faults: Fault[]): void {
    this.faults[endpoint].push(...faults);
  }

  /** A sheet from rows of values (row 0 is the header); grid 1000 × 26 like a new Google sheet. */
  addSheet(spreadsheetId: string, title: string, rows: (FakeValue | null)[][], sheetId = 0): FakeSheet {
    const sheet: FakeSheet = {
      sheetId,
      title,
      rowCount: Math.max(1000, rows.length),
      columnCount: Math.max(26, ...rows.map((r) => r.length)),
      cells: rows.map((r) => r.map((v) => (v === null || v === "" ? undefined : { value: v }))),
    };
    this.spreadsheets.set(spreadsheetId, [...(this.spreadsheets.get(spreadsheetId) ?? []), sheet]);
    return sheet;
  }

  sheet(spreadsheetId: string, title?: string): FakeSheet {
    const sheets = this.spreadsheets.get(spreadsheetId) ?? [];
    const found = title === undefined ? sheets[0] : sheets.find((s) => s.title === title);
    if (!found) throw new Error(`no sheet ${title} in ${spreadsheetId}`);
    return found;
  }

  /** What a person sees: the values, trailing blanks trimmed. */
  values(spreadsheetId: string, title?: string): FakeValue[][] {
    return trimGrid(this.sheet(spreadsheetId, title).cells.map((r) => (r ?? []).map((c) => c?.value ?? "")));
  }

  note(spreadsheetId: string, row: number, column: number, title?: string): string | undefined {
    return this.sheet(spreadsheetId, title).cells[row]?.[column]?.note;
  }

  setValue(spreadsheetId: string, row: number, column: number, value: FakeValue | null, title?: string): void {
    const sheet = this.sheet(spreadsheetId, title);
    const cell = cellAt(sheet, row, column);
    if (value === null || value === "") delete cell.value;
    else cell.value = value;
  }

  count(endpoint: Endpoint): number {
    return this.log.filter((r) => r.endpoint === endpoint).length;
  }

  private handle(req: Request, res: Response): void {
    const path = decodeURIComponent(req.path);
    const route =
      /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/.exec(path) ??
      /^\/v4\/spreadsheets\/([^/:]+)\/values\/(.+)$/.exec(path) ??
      /^\/v4\/spreadsheets\/([^/:]+)$/.exec(path);
    const endpoint: Endpoint | null = !route
      ? null
      : path.endsWith(":batchUpdate") && req.method === "POST"
        ? "batchUpdate"
        : route[2] !== undefined && req.method === "GET"
          ? "values.get"
          : req.method === "GET"
            ? "get"
            : null;
    if (!route || !endpoint) return void error(res, 404, "NOT_FOUND", `No such endpoint: ${req.method} ${path}`);
    const entry: LoggedRequest = { endpoint, query: { ...req.query }, body: req.body, answered: 200 };
    this.log.push(entry);
    if (req.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) {
      entry.answered = 401;
      return void error(res, 401, "UNAUTHENTICATED", "Request is missing valid authentication credentials.");
    }
    const fault = this.faults[endpoint].shift();
    if (fault && "hang" in fault) {
      entry.answered = "hung";
      this.hung.add(res);
      return;
    }
    if (fault) {
      entry.answered = fault.status;
      return void error(res, fault.status, fault.status === 429 ? "RESOURCE_EXHAUSTED" : "INTERNAL", "Injected fault.");
    }
    const sheets = this.spreadsheets.get(route[1]!);
    if (!sheets) {
      entry.answered = 404;
      return void error(res, 404, "NOT_FOUND", "Requested entity was not found.");
    }
    const answer =
      endpoint === "get"
        ? this.get(sheets, req)
        : endpoint === "values.get"
          ? this.valuesGet(sheets, route[2]!, req)
          : this.batchUpdate(sheets, req.body as BatchUpdateBody);
    entry.answered = answer.status;
    if (answer.status !== 200) return void error(res, answer.status, "INVALID_ARGUMENT", answer.message);
    res.json(answer.body);
  }

  private get(sheets: FakeSheet[], req: Request): Answer {
    const ranges = ([] as unknown[]).concat(req.query.ranges ?? []).map(String);
    const withData = req.query.includeGridData === "true";
    const picked: { sheet: FakeSheet; range: A1Range | null }[] = [];
    for (const r of ranges) {
      const found = resolve(sheets, r);
      if ("message" in found) return { status: 400, message: found.message };
      picked.push(found);
    }
    const list = ranges.length ? picked : sheets.map((sheet) => ({ sheet, range: null }));
    return {
      status: 200,
      body: {
        sheets: list.map(({ sheet, range }) => ({
          properties: {
            sheetId: sheet.sheetId,
            title: sheet.title,
            gridProperties: { rowCount: sheet.rowCount, columnCount: sheet.columnCount },
          },
          ...(withData && range ? { data: [gridData(sheet, range)] } : {}),
        })),
      },
    };
  }

  private valuesGet(sheets: FakeSheet[], a1: string, req: Request): Answer {
    if (req.query.valueRenderOption !== "UNFORMATTED_VALUE" || req.query.dateTimeRenderOption !== "SERIAL_NUMBER") {
      return { status: 400, message: "This fake renders only UNFORMATTED_VALUE with SERIAL_NUMBER dates." };
    }
    const found = resolve(sheets, a1);
    if ("message" in found) return { status: 400, message: found.message };
    const { sheet, range } = found;
    const { r0, c0, r1, c1 } = bounds(sheet, range);
    const rows: FakeValue[][] = [];
    for (let r = r0; r < r1; r++) {
      const row: FakeValue[] = [];
      for (let c = c0; c < c1; c++) row.push(sheet.cells[r]?.[c]?.value ?? "");
      rows.push(row);
    }
    const values = trimGrid(rows);
    const a1Out = `${quoteSheetTitle(sheet.title)}!${columnLetters(c0)}${r0 + 1}:${columnLetters(c1 - 1)}${r1}`;
    return { status: 200, body: { range: a1Out, majorDimension: "ROWS", ...(values.length ? { values } : {}) } };
  }

  private batchUpdate(sheets: FakeSheet[], body: BatchUpdateBody): Answer {
    // Real batchUpdate is all-or-nothing: validate everything against a copy, then swap it in.
    const copies = sheets.map((s) => ({ ...s, cells: s.cells.map((r) => (r ?? []).map((c) => (c ? { ...c } : c))) }));
    const replies: object[] = [];
    for (const request of body?.requests ?? []) {
      const failure = apply(copies, request);
      if (failure) return { status: 400, message: failure };
      replies.push({});
    }
    sheets.splice(0, sheets.length, ...copies);
    return { status: 200, body: { spreadsheetId: "fake", replies } };
  }
}

type Answer = { status: 200; body: object } | { status: 400; message: string };

interface GridCoordinate {
  sheetId?: number;
  rowIndex?: number;
  columnIndex?: number;
}
interface CellData {
  userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean };
  note?: string;
}
interface BatchRequest {
  updateCells?: { start?: GridCoordinate; rows?: { values?: CellData[] }[]; fields?: string };
  appendDimension?: { sheetId?: number; dimension?: "ROWS" | "COLUMNS"; length?: number };
}
interface BatchUpdateBody {
  requests?: BatchRequest[];
}

function apply(sheets: FakeSheet[], request: BatchRequest): string | null {
  const kinds = Object.keys(request);
  if (kinds.length !== 1) return `Each request must name exactly one kind, got ${kinds.join(", ") || "none"}.`;
  if (request.appendDimension) {
    const { sheetId = 0, dimension, length = 0 } = request.appendDimension;
    const sheet = sheets.find((s) => s.sheetId === sheetId);
    if (!sheet) return `No grid with id: ${sheetId}`;
    if (dimension === "ROWS") sheet.rowCount += length;
    else if (dimension === "COLUMNS") sheet.columnCount += length;
    else return "appendDimension needs ROWS or COLUMNS.";
    return null;
  }
  if (request.updateCells) {
    const { start, rows = [], fields } = request.updateCells;
    if (!start || !fields) return "updateCells needs start and fields (this fake supports start only).";
    const sheet = sheets.find((s) => s.sheetId === (start.sheetId ?? 0));
    if (!sheet) return `No grid with id: ${start.sheetId}`;
    const wanted = fields.split(",").map((f) => f.trim());
    const unknown = wanted.filter((f) => f !== "userEnteredValue" && f !== "note");
    if (unknown.length) return `This fake updates only userEnteredValue and note, not ${unknown.join(", ")}.`;
    const r0 = start.rowIndex ?? 0;
    const c0 = start.columnIndex ?? 0;
    for (let i = 0; i < rows.length; i++) {
      const values = rows[i]?.values ?? [];
      for (let j = 0; j < values.length; j++) {
        const r = r0 + i;
        const c = c0 + j;
        if (r >= sheet.rowCount || c >= sheet.columnCount) {
          return `Range (${sheet.title}!${columnLetters(c)}${r + 1}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`;
        }
        const data = values[j]!;
        const cell = cellAt(sheet, r, c);
        if (wanted.includes("userEnteredValue")) {
          const v = data.userEnteredValue;
          const value = v?.stringValue ?? v?.numberValue ?? v?.boolValue;
          if (value === undefined) delete cell.value;
          else cell.value = value;
        }
        if (wanted.includes("note")) {
          if (data.note) cell.note = data.note;
          else delete cell.note;
        }
      }
    }
    return null;
  }
  return `This fake does not implement ${kinds[0]}.`;
}

function resolve(sheets: FakeSheet[], a1: string): { sheet: FakeSheet; range: A1Range } | { message: string } {
  const range = parseA1(a1);
  if (!range) return { message: `Unable to parse range: ${a1}` };
  const sheet = range.sheet === null ? sheets[0] : sheets.find((s) => s.title === range.sheet);
  if (!sheet) return { message: `Unable to parse range: ${a1}` };
  return { sheet, range };
}

function bounds(sheet: FakeSheet, range: A1Range) {
  return {
    r0: range.startRow,
    c0: range.startColumn,
    r1: Math.min(range.endRow ?? sheet.rowCount, sheet.rowCount),
    c1: Math.min(range.endColumn ?? sheet.columnCount, sheet.columnCount),
  };
}

function gridData(sheet: FakeSheet, range: A1Range) {
  const { r0, c0, r1, c1 } = bounds(sheet, range);
  const rowData: { values?: { note?: string }[] }[] = [];
  const last = Math.min(r1, sheet.cells.length);
  for (let r = r0; r < last; r++) {
    const values: { note?: string }[] = [];
    for (let c = c0; c < c1; c++) {
      const note = sheet.cells[r]?.[c]?.note;
      values.push(note ? { note } : {});
    }
    while (values.length && !values[values.length - 1]!.note) values.pop();
    rowData.push(values.length ? { values } : {});
  }
  return { startRow: r0, startColumn: c0, rowData };
}

function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
  const cells = (sheet.cells[row] ??= []);
  return (cells[column] ??= {});
}

function trimGrid(rows: FakeValue[][]): FakeValue[][] {
  const trimmed = rows.map((r) => {
    const copy = [...r];
    while (copy.length && copy[copy.length - 1] === "") copy.pop();
    return copy;
  });
  while (trimmed.length && trimmed[trimmed.length - 1]!.length === 0) trimmed.pop();
  return trimmed;
}

function error(res: Response, status: number, reason: string, message: string): void {
  res.status(status).json({ error: { code: status, message, status: reason } });
}
