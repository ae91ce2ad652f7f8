// The part of the Apps Script runtime the add-on uses, typed here (rather than pulling the whole
// @types/google-apps-script into every file's globals); the tests' fakes implement exactly this.
export interface GasRange {
  getValues(): unknown[][];
  getNotes(): string[][];
  getBackgrounds(): string[][];
  setValue(value: string | number | boolean): GasRange;
  clearContent(): GasRange;
  setNote(note: string | null): GasRange;
  setBackground(color: string | null): GasRange;
  activate(): GasRange;
}

export interface GasSheet {
  getName(): string;
  getSheetId(): number;
  getDataRange(): GasRange;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): GasRange;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet;
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet;
}

export interface GasSpreadsheet {
  getId(): string;
  getName(): string;
  getActiveSheet(): GasSheet;
  getSpreadsheetTimeZone(): string;
  toast(message: string, title?: string, timeoutSeconds?: number): void;
}

export interface GasMenu {
  addItem(caption: string, functionName: string): GasMenu;
  addSeparator(): GasMenu;
  addToUi(): void;
}

export interface GasHtmlOutput {
  setTitle(title: string): GasHtmlOutput;
}

export interface GasUi {
  createMenu(caption: string): GasMenu;
  alert(message: string): unknown;
  showSidebar(html: GasHtmlOutput): void;
}

export interface GasHttpResponse {
  getResponseCode(): number;
  getContentText(): string;
}

export interface GasProperties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): GasProperties;
  deleteProperty(key: string): GasProperties;
}

export interface GasHtmlTemplate {
  [name: string]: unknown;
  evaluate(): GasHtmlOutput;
}

/** The `e` of onOpen/onInstall: in AuthMode.NONE the add-on may only add its menu. */
export interface GasOpenEvent {
  authMode?: unknown;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: { getActive(): GasSpreadsheet; getUi(): GasUi };
  ScriptApp: { AuthMode: { NONE: unknown; LIMITED: unknown; FULL: unknown } };
  UrlFetchApp: {
    fetch(
      url: string,
      params: { method: "post" | "get"; contentType?: string; payload?: string; headers?: Record<string, string>; muteHttpExceptions?: boolean },
    ): GasHttpResponse;
  };
  PropertiesService: { getUserProperties(): GasProperties };
  HtmlService: { createTemplateFromFile(name: string): GasHtmlTemplate };
  Utilities: { formatDate(date: Date, timeZone: string, format: string): string };
}

export function gas(): AppsScriptGlobals {
  return globalThis as unknown as AppsScriptGlobals;
}
