// Stand-ins for the Apps Script services the add-on uses, and a loader that runs the built
// dist/gsheets/Code.js the way Apps Script does: one global scope (a node:vm context with no
// Node globals, no modules, no URL), top-level functions called by name.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

export const DIST = join(process.cwd(), "dist/gsheets");
const FETCH_HELPER = join(process.cwd(), "tests/gsheets/support/fetch-helper.mjs");

type Value = string | number | boolean | Date;

class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}
  private grid<T>(pick: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.columns }, (_, j) => pick(this.row + i, this.column + j)));
  }
  getValues = () => this.grid((r, c) => this.sheet.value(r, c));
  getNotes = () => this.grid((r, c) => this.sheet.notes.get(`${r},${c}`) ?? "");
  getBackgrounds = () => this.grid((r, c) => this.sheet.backgrounds.get(`${r},${c}`) ?? "#ffffff");
  setValue = (value: Value) => {
    this.sheet.typed.push({ row: this.row, column: this.column, input: value });
    // Like typing: a leading apostrophe forces text (and is not kept); "=" starts a formula.
    if (typeof value === "string" && value.startsWith("'")) this.sheet.set(this.row, this.column, value.slice(1));
    else if (typeof value === "string" && value.startsWith("=")) this.sheet.formulas.add(`${this.row},${this.column}`);
    else this.sheet.set(this.row, this.column, value);
    return this;
  };
  clearContent = () => {
    this.sheet.set(this.row, this.column, "");
    return this;
  };
  setNote = (note: string | null) => {
    if (note) this.sheet.notes.set(`${this.row},${this.column}`, note);
    else this.sheet.notes.delete(`${this.row},${this.column}`);
    return this;
  };
  setBackground = (color: string | null) => {
    if (color) this.sheet.backgrounds.set(`${this.row},${this.column}`, color);
    else this.sheet.backgrounds.delete(`${this.row},${this.column}`);
    return this;
  };
  activate = () => {
    this.sheet.selection = { row: this.row, column: this.column, rows: this.rows, columns: this.columns };
    return this;
  };
}

export class FakeSheet {
  cells: Value[][];
  notes = new Map<string, string>();
  backgrounds = new Map<string, string>();
  formulas = new Set<string>();
  typed: { row: number; column: number; input: Value }[] = [];
  selection: { row: number; column: number; rows: number; columns: number } | null = null;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    readonly name: string,
    rows: Value[][],
    readonly sheetId = 0,
  ) {
    this.cells = rows.map((r) => [...r]);
  }
  /** 1-based, like Apps Script. */
  value(row: number, column: number): Value {
    return this.cells[row - 1]?.[column - 1] ?? "";
  }
  set(row: number, column: number, value: Value): void {
    if (row > this.maxRows || column > this.maxColumns) throw new Error(`Range out of bounds: ${row},${column}`);
    while (this.cells.length < row) this.cells.push([]);
    const cells = this.cells[row - 1]!;
    while (cells.length < column) cells.push("");
    cells[column - 1] = value;
  }
  note(row: number, column: number): string | undefined {
    return this.notes.get(`${row},${column}`);
  }
  /** The used grid, trailing blanks trimmed: what a person sees. */
  values(): Value[][] {
    const rows = this.cells.map((r) => {
      const copy = [...r];
      while (copy.length && copy[copy.length - 1] === "") copy.pop();
      return copy;
    });
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    return rows;
  }
  getName = () => this.name;
  getSheetId = () => this.sheetId;
  getMaxRows = () => this.maxRows;
  getMaxColumns = () => this.maxColumns;
  getDataRange = () => {
    const used = this.values();
    return new FakeRange(this, 1, 1, Math.max(1, used.length), Math.max(1, ...used.map((r) => r.length)));
  };
  getRange = (row: number, column: number, rows = 1, columns = 1) => new FakeRange(this, row, column, rows, columns);
  insertRowsAfter = (_after: number, n: number) => ((this.maxRows += n), this);
  insertColumnsAfter = (_after: number, n: number) => ((this.maxColumns += n), this);
}

export interface MenuRecord {
  caption: string;
  items: { caption: string; functionName: string }[];
}

export class AppsScriptWorld {
  readonly userProperties = new Map<string, string>();
  readonly toasts: string[] = [];
  readonly alerts: string[] = [];
  readonly menus: MenuRecord[] = [];
  readonly sidebars: { html: string; title: string }[] = [];
  readonly fetches: { url: string; code: number }[] = [];
  /** When set, reading properties throws as it does in AuthMode.NONE. */
  propertiesForbidden = false;
  readonly context: vm.Context;

  constructor(
    readonly sheet: FakeSheet,
    readonly spreadsheetId = "spreadsheet-1",
  ) {
    const world = this;
    const spreadsheet = {
      getId: () => spreadsheetId,
      getName: () => "Partners' mapping",
      getActiveSheet: () => sheet,
      getSpreadsheetTimeZone: () => "Etc/UTC",
      toast: (message: string) => void world.toasts.push(message),
    };
    const properties = {
      getProperty: (k: string) => world.guard(() => world.userProperties.get(k) ?? null),
      setProperty: (k: string, v: string) => world.guard(() => (world.userProperties.set(k, v), properties)),
      deleteProperty: (k: string) => world.guard(() => (world.userProperties.delete(k), properties)),
    };
    const globals = {
      SpreadsheetApp: {
        getActive: () => spreadsheet,
        getUi: () => ({
          createMenu: (caption: string) => {
            const record: MenuRecord = { caption, items: [] };
            const menu = {
              addItem: (c: string, functionName: string) => (record.items.push({ caption: c, functionName }), menu),
              addSeparator: () => menu,
              addToUi: () => void world.menus.push(record),
            };
            return menu;
          },
          alert: (message: string) => void world.alerts.push(message),
          showSidebar: (output: { html: string; title: string }) => void world.sidebars.push(output),
        }),
      },
      ScriptApp: { AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL" } },
      PropertiesService: { getUserProperties: () => world.guard(() => properties) },
      HtmlService: {
        createTemplateFromFile: (name: string) => {
          const template: Record<string, unknown> = {
            evaluate: () => {
              const source = readFileSync(join(DIST, `${name}.html`), "utf8");
              const html = source.replace(/<\?=\s*(\w+)\s*\?>/g, (_, key: string) => escapeHtml(String(template[key] ?? "")));
              const output = { html, title: "", setTitle: (t: string) => ((output.title = t), output) };
              return output;
            },
          };
          return template;
        },
      },
      UrlFetchApp: {
        fetch: (url: string, params: { method: string; contentType?: string; payload?: string; headers?: Record<string, string> }) => {
          const out = execFileSync(process.execPath, [FETCH_HELPER], { input: JSON.stringify({ url, ...params }), timeout: 30_000 });
          const answer = JSON.parse(String(out)) as { code?: number; text?: string; error?: string };
          if (answer.error) throw new Error(`Exception: ${answer.error} (${url})`);
          world.fetches.push({ url, code: answer.code! });
          return { getResponseCode: () => answer.code!, getContentText: () => answer.text! };
        },
      },
      Utilities: { formatDate: formatDateUtc },
    };
    this.context = vm.createContext(globals);
    vm.runInContext(readFileSync(join(DIST, "Code.js"), "utf8"), this.context, { filename: "Code.gs" });
  }

  private guard<T>(read: () => T): T {
    if (this.propertiesForbidden) throw new Error("You do not have permission to call PropertiesService (AuthMode.NONE).");
    return read();
  }

  /** Calls a top-level function by name, as a menu item or google.script.run does. */
  call<T = unknown>(name: string, ...args: unknown[]): T {
    const fn = (this.context as Record<string, unknown>)[name];
    if (typeof fn !== "function") throw new Error(`Code.js has no top-level function ${name}`);
    // Values cross realms as JSON, the way google.script.run hands them to the page.
    return JSON.parse(JSON.stringify((fn as (...a: unknown[]) => unknown)(...args) ?? null)) as T;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatDateUtc(date: Date, timeZone: string, format: string): string {
  if (timeZone !== "Etc/UTC") throw new Error(`this fake formats in Etc/UTC only, not ${timeZone}`);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const parts: Record<string, string> = {
    yyyy: pad(date.getUTCFullYear(), 4),
    MM: pad(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
  };
  return format.replace(/yyyy|MM|dd|HH|mm|ss/g, (t) => parts[t]!);
}
