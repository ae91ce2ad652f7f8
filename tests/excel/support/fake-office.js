// An in-page stand-in for office.js: Office.onReady, document settings, requirement sets, and an
// Excel object model with only what the pane uses (worksheets, tables, ranges, values, fills,
// notes, workbook settings, selection). Operations apply at once; load() and sync() only resolve.
// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js by the e2e test.
(() => {
  const letters = (col) => {
    let n = col + 1, s = "";
    while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
    return s;
  };
  const colIndex = (l) => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

  // "C5", "A1:H2", "A:A", "$A$1:$A$9"
  function parseA1(address) {
    const clean = address.replace(/\$/g, "").split("!").pop();
    const [from, to = from] = clean.split(":");
    const cell = (t) => { const m = /^([A-Z]+)?(\d+)?$/i.exec(t); return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null }; };
    const a = cell(from), b = cell(to);
    const top = a.row ?? 0, bottom = b.row ?? 1048575;
    return { top, left: a.col ?? 0, rows: bottom - top + 1, cols: (b.col ?? 16383) - (a.col ?? 0) + 1 };
  }

  class Sheet {
    constructor(workbook, name) {
      this.workbook = workbook; this.name = name; this.cells = new Map(); this.visibility = "Visible";
      this.columnWidths = {}; this.validations = [];
      const sheet = this;
      this.tables = { add: (address, hasHeaders) => workbook.addTable(sheet, parseA1(address), hasHeaders) };
      this.notes = {
        add: (range, content) => {
          const cell = sheet.cell(range.top, range.left);
          if (cell.note !== undefined) throw new Error(`InvalidOperation: ${range.address} already has a note`);
          cell.note = String(content);
          return {};
        },
        getItemOrNullObject: (address) => {
          const p = parseA1(address), cell = sheet.cell(p.top, p.left);
          return {
            isNullObject: cell.note === undefined,
            get content() { return cell.note; },
            load() { return this; },
            delete() { delete cell.note; },
          };
        },
      };
      this.freezePanes = { freezeRows: (n) => { sheet.frozenRows = n; } };
    }
    key(r, c) { return `${r},${c}`; }
    cell(r, c) {
      const k = this.key(r, c);
      if (!this.cells.has(k)) this.cells.set(k, { value: "" });
      return this.cells.get(k);
    }
    peek(r, c) { return this.cells.get(this.key(r, c)); }
    getRange(address) { return new Range(this, parseA1(address)); }
    getRangeByIndexes(top, left, rows, cols) { return new Range(this, { top, left, rows, cols }); }
    getRanges(addresses) {
      const ranges = addresses.split(",").map((a) => this.getRange(a.trim()));
      const sheet = this;
      return { select() { sheet.workbook.selection = ranges.map((r) => r.address); } };
    }
    getUsedRangeOrNullObject() {
      let top = Infinity, left = Infinity, bottom = -1, right = -1;
      for (const [k, cell] of this.cells) {
        if (cell.value === "" || cell.value === null) continue;
        const [r, c] = k.split(",").map(Number);
        top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
      }
      if (bottom < 0) return { isNullObject: true, load() { return this; } };
      return new Range(this, { top, left, rows: bottom - top + 1, cols: right - left + 1 });
    }
    activate() { this.workbook.active = this; }
    load() { return this; }
  }

  class Range {
    constructor(sheet, p) {
      this.sheet = sheet; this.p = p; this.isNullObject = false;
      const range = this;
      const fill = {
        get color() { return range.sheet.peek(p.top, p.left)?.fill ?? "#FFFFFF"; },
        set color(v) { range.each((c) => { c.fill = String(v).toUpperCase(); }); },
        clear() { range.each((c) => { delete c.fill; }); },
        load() { return this; },
      };
      this.format = {
        fill,
        set columnWidth(w) { for (let c = p.left; c < p.left + Math.min(p.cols, 64); c++) range.sheet.columnWidths[letters(c)] = w; },
        wrapText: false, verticalAlignment: "Bottom", load() { return this; },
      };
      this.dataValidation = {
        set rule(rule) { range.sheet.validations.push({ address: range.address, rule }); },
        errorAlert: null,
      };
    }
    each(fn) {
      for (let r = this.p.top; r < this.p.top + this.p.rows; r++) for (let c = this.p.left; c < this.p.left + this.p.cols; c++) fn(this.sheet.cell(r, c));
    }
    get rowIndex() { return this.p.top; }
    get columnIndex() { return this.p.left; }
    get rowCount() { return this.p.rows; }
    get columnCount() { return this.p.cols; }
    get top() { return this.p.top; }
    get left() { return this.p.left; }
    get address() {
      const { top, left, rows, cols } = this.p;
      const a = `${letters(left)}${top + 1}`, b = `${letters(left + cols - 1)}${top + rows}`;
      return `${this.sheet.name}!${a === b ? a : `${a}:${b}`}`;
    }
    get values() {
      const out = [];
      for (let r = this.p.top; r < this.p.top + this.p.rows; r++) {
        const row = [];
        for (let c = this.p.left; c < this.p.left + this.p.cols; c++) row.push(this.sheet.peek(r, c)?.value ?? "");
        out.push(row);
      }
      return out;
    }
    set values(v) {
      v.forEach((row, i) => row.forEach((value, j) => { this.sheet.cell(this.p.top + i, this.p.left + j).value = value ?? ""; }));
    }
    select() { this.sheet.workbook.selection = [this.address]; }
    load() { return this; }
  }

  class Table {
    constructor(workbook, sheet, p, name) {
      this.workbook = workbook; this.worksheet = sheet; this.name = name; this.top = p.top; this.left = p.left;
      this.cols = p.cols; this.bodyRows = Math.max(1, p.rows - 1); this.style = "TableStyleMedium2";
      const table = this;
      this.rows = {
        add(_index, values) {
          values.forEach((row) => {
            const r = table.top + 1 + table.bodyRows;
            table.bodyRows++;
            row.forEach((v, j) => { sheet.cell(r, table.left + j).value = v ?? ""; });
          });
          workbook.changed();
        },
        getItemAt(i) {
          return { delete() { table.deleteBodyRow(i); workbook.changed(); } };
        },
      };
      this.columns = {
        add(index, _values, name) { table.insertColumn(index, name); workbook.changed(); },
        getItem(name) {
          const index = table.getHeaderRowRange().values[0].indexOf(name);
          if (index < 0) throw new Error(`ItemNotFound: column ${name}`);
          return { getDataBodyRange: () => sheet.getRangeByIndexes(table.top + 1, table.left + index, table.bodyRows, 1) };
        },
      };
    }
    getHeaderRowRange() { return this.worksheet.getRangeByIndexes(this.top, this.left, 1, this.cols); }
    getDataBodyRange() { return this.worksheet.getRangeByIndexes(this.top + 1, this.left, this.bodyRows, this.cols); }
    moveCell(from, to) {
      const cell = this.worksheet.peek(from[0], from[1]);
      if (cell) this.worksheet.cells.set(this.worksheet.key(to[0], to[1]), cell); else this.worksheet.cells.delete(this.worksheet.key(to[0], to[1]));
      this.worksheet.cells.delete(this.worksheet.key(from[0], from[1]));
    }
    deleteBodyRow(i) {
      const first = this.top + 1 + i, last = this.top + this.bodyRows;
      for (let c = this.left; c < this.left + this.cols; c++) {
        this.worksheet.cells.delete(this.worksheet.key(first, c));
        for (let r = first + 1; r <= last; r++) this.moveCell([r, c], [r - 1, c]);
      }
      this.bodyRows--;
    }
    insertColumn(index, name) {
      const at = this.left + index;
      for (let r = this.top; r <= this.top + this.bodyRows; r++) {
        for (let c = this.left + this.cols - 1; c >= at; c--) this.moveCell([r, c], [r, c + 1]);
      }
      this.cols++;
      this.worksheet.cell(this.top, at).value = name;
    }
    load() { return this; }
  }

  class Workbook {
    constructor() {
      this.name = "Secretariat mapping.xlsx";
      this.sheets = [new Sheet(this, "Sheet1")];
      this.active = this.sheets[0];
      this.tableList = [];
      this.settingValues = new Map();
      this.selection = [];
      this.changeHandlers = [];
      const wb = this;
      this.worksheets = {
        get items() { return wb.sheets; },
        load() { return this; },
        getActiveWorksheet: () => wb.active,
        getItem: (name) => { const s = wb.sheet(name); if (!s) throw new Error(`ItemNotFound: sheet ${name}`); return s; },
        getItemOrNullObject: (name) => wb.sheet(name) ?? { isNullObject: true, load() { return this; } },
        add: (name) => { const s = new Sheet(wb, name); s.isNullObject = false; wb.sheets.push(s); return s; },
      };
      this.tables = {
        get items() { return wb.tableList; },
        load() { return this; },
        onChanged: { add: (handler) => { wb.changeHandlers.push(handler); return {}; } },
      };
      this.settings = {
        getItemOrNullObject: (key) => ({
          isNullObject: !wb.settingValues.has(key),
          value: wb.settingValues.get(key),
          load() { return this; },
        }),
        add: (key, value) => { wb.settingValues.set(key, value); },
      };
    }
    sheet(name) {
      const s = this.sheets.find((x) => x.name === name);
      if (s) s.isNullObject = false;
      return s;
    }
    addTable(sheet, p) {
      const table = new Table(this, sheet, p, `Table${this.tableList.length + 1}`);
      this.tableList.push(table);
      return table;
    }
    changed() { /* events are raised only for user edits (fake.type) */ }
    load() { return this; }
  }

  const workbook = new Workbook();
  const context = { workbook, sync: async () => undefined };
  const documentSettings = new Map();

  window.Excel = {
    run: async (batch) => batch(context),
    SheetVisibility: { visible: "Visible", hidden: "Hidden" },
    VerticalAlignment: { top: "Top" },
    DataValidationAlertStyle: { information: "Information" },
  };
  window.Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: (name, version) => name === "ExcelApi" && Number(version) <= 1.18 },
      document: {
        settings: {
          get: (key) => (documentSettings.has(key) ? documentSettings.get(key) : null),
          set: (key, value) => documentSettings.set(key, value),
          remove: (key) => documentSettings.delete(key),
          saveAsync: (callback) => setTimeout(() => callback({ status: "succeeded" }), 0),
        },
      },
    },
  };

  // What the test drives and inspects, standing in for a person at the keyboard.
  window.__fakeExcel = {
    workbook,
    documentSettings,
    /** Types rows of values starting at an address of the named sheet, as a person would. */
    type(sheetName, address, rows) {
      const sheet = workbook.sheet(sheetName), p = parseA1(address);
      sheet.getRangeByIndexes(p.top, p.left, rows.length, rows[0].length).values = rows;
      for (const handler of workbook.changeHandlers) handler({ type: "TableChanged" });
    },
    fill(sheetName, address, color) { workbook.sheet(sheetName).getRange(address).format.fill.color = color; },
    /** Every cell that holds a value, a fill or a note. */
    cells(sheetName) {
      const sheet = workbook.sheet(sheetName), out = [];
      for (const [k, cell] of sheet.cells) {
        const [r, c] = k.split(",").map(Number);
        if (cell.value === "" && cell.fill === undefined && cell.note === undefined) continue;
        out.push({ address: `${letters(c)}${r + 1}`, value: cell.value, fill: cell.fill ?? null, note: cell.note ?? null });
      }
      return out;
    },
    values(sheetName) {
      const table = workbook.tableList.find((t) => t.worksheet.name === sheetName);
      return { header: table.getHeaderRowRange().values[0], body: table.getDataBodyRange().values, top: table.top };
    },
    sheetNames: () => workbook.sheets.map((s) => s.name),
  };
})();
