import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkMapping } from "../../sync-service/src/mapping/check";
import { parseCsv, parseCsvText } from "../../sync-service/src/sheet-files/parse-csv";
import { readSheetFile } from "../../sync-service/src/sheet-files/read-sheet-file";
import { SAMPLE_CSV } from "../support/mapping-sheet";
import { useTempDir } from "../support/temp-dir";

const tempDir = useTempDir("sheet-files-");

describe("parseCsvText", () => {
  it("removes a BOM, numbers rows as a spreadsheet does and skips blank lines", () => {
    const sheet = parseCsvText('\uFEFFEvent,Month/year\r\n"Two\r\nlines",2017\r\n,\r\nThird,2018\r\n');
    expect(sheet.header).toEqual(["Event", "Month/year"]);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ["Two\r\nlines", "2017"] },
      { row: 4, cells: ["Third", "2018"] },
    ]);
  });

  it("detects a semicolon delimiter", () => {
    const sheet = parseCsvText('Month/year;Event;Focal Point\n"December 2-3, 2016";Global Conference;DESA, IOM\n');
    expect(sheet.header).toEqual(["Month/year", "Event", "Focal Point"]);
    expect(sheet.rows[0].cells).toEqual(["December 2-3, 2016", "Global Conference", "DESA, IOM"]);
  });

  it("reports an unclosed quote", () => {
    expect(parseCsv('Event,Description\nA,"never closed\nB,x\n').problems[0]).toMatch(/not closed/);
    expect(parseCsv("Event\nA\n").problems).toEqual([]);
  });
});

describe("readSheetFile with CSV", () => {
  it("reads the seed: a header and 50 rows", async () => {
    const read = await readSheetFile(SAMPLE_CSV);
    if (!read.ok) throw new Error(read.message);
    expect(read.sheet.header).toEqual(["Month/year", "Event", "Location", "Focal Point", "Description"]);
    expect(read.sheet.rows).toHaveLength(50);
    expect(read.sheet.rows[49].row).toBe(51);
  });

  it("reads a Windows-1252 file as Excel saves plain CSV", async () => {
    const path = join(tempDir(), "latin.csv");
    await writeFile(path, Buffer.from("Event,Location\nR\xe9union r\xe9gionale,Gen\xe8ve\n", "latin1"));
    const read = await readSheetFile(path);
    if (!read.ok) throw new Error(read.message);
    expect(read.sheet.rows[0].cells).toEqual(["Réunion régionale", "Genève"]);
  });

  it.each([
    ["missing.csv", null, /no such file/],
    ["empty.csv", "", /empty/],
    ["broken.csv", 'Event,Description\nA,"never closed\n', /not well-formed CSV/],
    ["old.xls", "x", /save it as Excel Workbook \(\.xlsx\)/],
    ["notes.pdf", "x", /neither a \.csv nor an \.xlsx/],
    ["fake.xlsx", "not a zip", /Cannot read .* as an Excel workbook/],
  ])("returns a clear error for %s", async (name, content, message) => {
    const path = join(tempDir(), name);
    if (content !== null) await writeFile(path, content);
    const read = await readSheetFile(path);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });
});

describe("readSheetFile with .xlsx", () => {
  let path: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const cover = workbook.addWorksheet("Cover");
    cover.addRow(["This workbook holds the mapping"]);
    const mapping = workbook.addWorksheet("Mapping");
    mapping.addRow(["Month/year", "Event", "Location", "Focal Point", "Outcome URL"]);
    const linkedTitle = { text: "GFMD Dialogue", hyperlink: "https://gfmd.org/dialogue" };
    mapping.addRow([new Date(Date.UTC(2016, 10, 14)), linkedTitle, "New York", "GFMD", { text: "Report", hyperlink: "https://gfmd.org/r" }]);
    mapping.addRow(["December 2-3, 2016", { richText: [{ text: "Global " }, { text: "Conference" }] }, "Berlin", "DESA, IOM", null]);
    mapping.addRow([]);
    mapping.addRow([{ formula: '"June "&"2017"', result: "June 2017" }, "Tenth GFMD", "Berlin", true, null]);
    path = join(tempDir(), "mapping.xlsx");
    await workbook.xlsx.writeFile(path);
  });

  it("reads the named sheet: real date cells as ISO days, formulas as their result, links as text except the Outcome URL", async () => {
    const read = await readSheetFile(path, { sheet: "mapping" });
    if (!read.ok) throw new Error(read.message);
    expect(read.sheet.header).toEqual(["Month/year", "Event", "Location", "Focal Point", "Outcome URL"]);
    expect(read.sheet.rows).toEqual([
      { row: 2, cells: ["2016-11-14", "GFMD Dialogue", "New York", "GFMD", "https://gfmd.org/r"] },
      { row: 3, cells: ["December 2-3, 2016", "Global Conference", "Berlin", "DESA, IOM", null] },
      { row: 5, cells: ["June 2017", "Tenth GFMD", "Berlin", true, null] },
    ]);
    const report = checkMapping(read.sheet, { today: "2016-11-17" });
    expect(report.events[0].date).toMatchObject({ start: "2016-11-14", end: "2016-11-14", precision: "day" });
  });

  it("reads the first sheet by default and names the sheets when one is missing", async () => {
    const first = await readSheetFile(path);
    if (!first.ok) throw new Error(first.message);
    expect(first.sheet.header).toEqual(["This workbook holds the mapping"]);
    const missing = await readSheetFile(path, { sheet: "Events" });
    expect(missing).toEqual({ ok: false, message: `"${path}" has no sheet named "Events"; its sheets are: "Cover", "Mapping".` });
  });
});
