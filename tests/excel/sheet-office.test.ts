// The Office.js sheet logic against office-addin-mock: properties must be loaded and synced
// before they are read, as in Excel, so a missing load() fails these tests.
import { OfficeMockObject } from "office-addin-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { applyMarks, clearMarks, MARKS_SETTING } from "../../addin/excel/sheet/apply-marks";
import { MARK_FILL, NOTE_PREFIX, type CellMark } from "../../addin/excel/sheet/mark-plan";
import { readTable } from "../../addin/excel/sheet/read-table";
import { toSheetInput, type TableSnapshot } from "../../addin/excel/sheet/table-snapshot";

const USER_BLUE = "#DDEBF7";

/** A cell as office-addin-mock sees it: a range with a fill that can be loaded, set and cleared. */
const mockCell = (color: string) => ({
  format: {
    fill: {
      color,
      clear: function (this: { color: string }) {
        this.color = "#FFFFFF";
      },
    },
  },
});

function workbookMock(cells: Record<string, ReturnType<typeof mockCell>>) {
  const notes: Record<string, string> = {};
  const data = {
    context: {
      workbook: {
        settings: {
          item: { value: "[]" },
          getItemOrNullObject: function (this: any, key: string) {
            expect(key).toBe(MARKS_SETTING);
            return this.item;
          },
          add: function (this: any, key: string, value: string) {
            this.item.value = value;
            this.item.isNullObject = false;
          },
        },
        worksheets: {
          sheet: {
            name: "Mapping",
            cells,
            getRange: function (this: any, address: string) {
              const cell = this.cells[address];
              if (!cell) throw new Error(`no mock cell ${address}`);
              return cell;
            },
            notes: {
              none: { content: "" },
              getItemOrNullObject: function (this: any) {
                return this.none;
              },
              add: (range: unknown, content: string) => {
                const address = Object.keys(data.context.workbook.worksheets.sheet.cells).find((a) => mock.context.workbook.worksheets.sheet.cells[a] === range);
                notes[address!] = content;
              },
            },
          },
          getItem: function (this: any, name: string) {
            expect(name).toBe("Mapping");
            return this.sheet;
          },
          getItemOrNullObject: function (this: any) {
            return this.sheet;
          },
        },
      },
    },
    run: async function (this: any, batch: (context: any) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as any;
  mock.context.workbook.settings.item.isNullObject = true;
  mock.context.workbook.worksheets.sheet.isNullObject = false;
  mock.context.workbook.worksheets.sheet.notes.none.isNullObject = true;
  return { mock, notes };
}

const table: TableSnapshot = { worksheet: "Mapping", table: "Table1", top: 0, left: 0, header: ["Month/year", "Event"], body: [["x", ""], ["May 2017", "Forum"]] };

describe("readTable (office-addin-mock)", () => {
  it("reads header and body with the worksheet's row numbers", async () => {
    const mock = new OfficeMockObject({
      context: {
        table: {
          name: "Table3",
          worksheet: { name: "Mapping" },
          header: { values: [[" Month/year", "Event ", "Focal Point"]], rowIndex: 3, columnIndex: 1 },
          body: { values: [["May 2017", "Forum", "IOM"], ["", "", ""], [42887, "Meeting", ""]] },
          getHeaderRowRange: function (this: any) {
            return this.header;
          },
          getDataBodyRange: function (this: any) {
            return this.body;
          },
        },
      },
    }) as any;
    const snapshot = await readTable(mock.context, mock.context.table);
    expect(snapshot).toMatchObject({ worksheet: "Mapping", table: "Table3", top: 3, left: 1, header: ["Month/year", "Event", "Focal Point"] });
    const sheet = toSheetInput(snapshot);
    expect(sheet.rows.map((r) => r.row)).toEqual([5, 6, 7]);
    expect(sheet.rows[1].cells).toEqual([null, null, null]);
    expect(sheet.rows[2].cells[0]).toBe(42887); // a date serial stays a number for the parser
  });
});

describe("applyMarks and clearMarks (office-addin-mock)", () => {
  let cells: Record<string, ReturnType<typeof mockCell>>;
  beforeEach(() => {
    cells = { A2: mockCell("#FFFFFF"), B2: mockCell(USER_BLUE), B3: mockCell("#FFFFFF") };
  });

  const marks: CellMark[] = [
    { row: 2, column: 0, severity: "error", note: `${NOTE_PREFIX} Error: bad date` },
    { row: 2, column: 1, severity: "warning", note: `${NOTE_PREFIX} Warning: odd name` },
  ];

  it("fills red and amber, adds notes, and remembers each cell's previous fill", async () => {
    const { mock, notes } = workbookMock(cells);
    await mock.run((context: Excel.RequestContext) => applyMarks(context, table, marks, "note"));
    const sheet = mock.context.workbook.worksheets.sheet;
    expect(sheet.cells.A2.format.fill.color).toBe(MARK_FILL.error);
    expect(sheet.cells.B2.format.fill.color).toBe(MARK_FILL.warning);
    expect(notes).toEqual({ A2: marks[0].note, B2: marks[1].note });
    const saved = JSON.parse(mock.context.workbook.settings.item.value);
    expect(saved.map((r: { address: string; previousFill: string }) => [r.address, r.previousFill])).toEqual([["A2", "#FFFFFF"], ["B2", USER_BLUE]]);
  });

  it("clearMarks gives back the user's own fill and leaves a cell the user recoloured since", async () => {
    const { mock } = workbookMock(cells);
    await mock.run((context: Excel.RequestContext) => applyMarks(context, table, marks, "none"));
    const sheet = mock.context.workbook.worksheets.sheet;
    sheet.cells.A2.format.fill.color = "#00B050"; // the user paints the red cell green meanwhile
    const restored = await mock.run((context: Excel.RequestContext) => clearMarks(context));
    expect(restored).toBe(1);
    expect(sheet.cells.B2.format.fill.color).toBe(USER_BLUE);
    expect(sheet.cells.A2.format.fill.color).toBe("#00B050");
    expect(JSON.parse(mock.context.workbook.settings.item.value)).toEqual([]);
  });

  it("clearMarks with nothing remembered touches no cell", async () => {
    const { mock } = workbookMock(cells);
    expect(await mock.run((context: Excel.RequestContext) => clearMarks(context))).toBe(0);
    const fill = mock.context.workbook.worksheets.sheet.cells.B2.format.fill;
    fill.load("color");
    await mock.context.sync();
    expect(fill.color).toBe(USER_BLUE);
  });
});
