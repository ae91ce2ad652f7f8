// "Done when": an Excel user and a Google Sheets user editing the same mapping see each other's
// changes after a sync, and same-field edits are reported as conflicts. The Google side is the
// built Apps Script add-on (UrlFetchApp → the real service over HTTP); the Excel side talks to the
// same service's API as source kind "excel".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppsScriptWorld, FakeSheet } from "./support/apps-script-fakes";
import { buildAddon } from "./support/build-addon";
import { ExcelUser } from "./support/excel-user";
import { startServiceProcess, type RunningService } from "./support/running-service";
import { sampleRows } from "./support/sample-rows";

let service: RunningService;

beforeAll(async () => {
  await buildAddon();
  service = await startServiceProcess();
}, 60_000);

afterAll(async () => {
  await service?.stop();
});

type SyncSummary = { ok: true; version: number; created: number; updated: number; conflicts: number } | { ok: false; message: string };

describe("an Excel user and a Google Sheets user on the same mapping", () => {
  it("see each other's edits after a sync, with same-field edits reported as conflicts", async () => {
    // The Google Sheets user has the mapping (10 sample rows) and syncs it first.
    const google = new AppsScriptWorld(new FakeSheet("Mapping", sampleRows(10)));
    expect(google.call("saveSettings", { serviceUrl: service.url, token: service.tokens.gsheets })).toMatchObject({ ok: true });
    const first = google.call<SyncSummary>("sync");
    expect(first).toMatchObject({ ok: true, version: 1, created: 10 });
    const sheet = google.sheet;
    const header = sheet.values()[0]!.map(String);
    const col = (name: string) => header.indexOf(name) + 1; // 1-based, as Apps Script counts
    expect(header).toEqual(["Month/year", "Event", "Location", "Focal Point", "Description", "ID", "Sync status"]);
    const idOfRow = (row: number) => String(sheet.value(row, col("ID")));

    // The Excel user starts with an empty table and receives the whole mapping.
    const excel = new ExcelUser(service.url, service.tokens.excel, ["ID", "Event", "Month/year", "Location", "Focal Point", "Description"]);
    await excel.sync();
    expect(excel.rows).toHaveLength(10);

    // Excel: moves row 2's event to Turin, rewrites row 3's description, adds a meeting.
    const moved = idOfRow(2);
    const described = idOfRow(3);
    excel.rowWithId(moved)[excel.column("Location")] = "Turin";
    excel.rowWithId(described)[excel.column("Description")] = "Rewritten in Excel.";
    excel.rows.push([null, "Excel-only consultation", "March 2019", "Vienna", "UNODC", null]);
    const fromExcel = await excel.sync();
    expect(fromExcel.changes).toMatchObject({ created: 1, updated: 2 });

    // Google Sheets, meanwhile: Lyon for row 2 (the same field Excel changed), Bonn for row 3 (another field).
    sheet.set(2, col("Location"), "Lyon");
    sheet.set(3, col("Location"), "Bonn");
    const second = google.call<SyncSummary>("sync");
    expect(second).toMatchObject({ ok: true, conflicts: 1, updated: 1 });

    // The Google user sees Excel's edits...
    expect(sheet.value(3, col("Description"))).toBe("Rewritten in Excel.");
    expect(sheet.value(3, col("Location"))).toBe("Bonn");
    const added = sheet.values().findIndex((r) => r[col("Event") - 1] === "Excel-only consultation");
    expect(added).toBe(11); // appended below the sheet's rows (0-based 11 = sheet row 12)
    expect(String(sheet.value(added + 1, col("ID")))).toMatch(/\S/);
    // ...and the same-field edit is a conflict: the store keeps Excel's Turin, the sheet is flagged.
    expect(sheet.value(2, col("Location"))).toBe("Turin");
    expect(sheet.value(2, col("Sync status"))).toBe("conflict: Location");
    expect(sheet.note(2, col("Location"))).toMatch(/^Process mapping: .*changed here and by someone else/);
    expect(sheet.value(3, col("Sync status"))).toBe("ok");

    // The Excel user sees the Google user's edit on the next sync.
    await excel.sync();
    expect(excel.rowWithId(described)[excel.column("Location")]).toBe("Bonn");
    expect(excel.rowWithId(moved)[excel.column("Location")]).toBe("Turin");
    expect(excel.rows).toHaveLength(11);

    // Text from others is written as text: "March 2019" did not become a date, nothing became a formula.
    const typed = sheet.typed.filter((t) => typeof t.input === "string");
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((t) => String(t.input).startsWith("'"))).toBe(true);
    expect(sheet.formulas.size).toBe(0);
  });

  it("tells the user what to do when the token is wrong, and changes nothing", () => {
    const google = new AppsScriptWorld(new FakeSheet("Mapping", sampleRows(3)), "spreadsheet-2");
    google.call("saveSettings", { serviceUrl: service.url, token: "pm_not-a-token" });
    const before = JSON.stringify(google.sheet.values());
    expect(google.call("sync")).toMatchObject({ ok: false, message: /401.*token/i });
    expect(google.alerts[0]).toMatch(/token/i);
    expect(JSON.stringify(google.sheet.values())).toBe(before);
  });

  it("asks for settings before the first sync", () => {
    const google = new AppsScriptWorld(new FakeSheet("Mapping", sampleRows(3)), "spreadsheet-3");
    expect(google.call("sync")).toMatchObject({ ok: false, message: /Settings/ });
    expect(google.fetches).toHaveLength(0);
  });
});
