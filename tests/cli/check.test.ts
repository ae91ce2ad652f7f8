// `mapping check`, run in-process with stdout and stderr captured.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { runCheck } from "../../sync-service/src/cli/check";
import { SAMPLE_CSV } from "../support/mapping-sheet";
import { useTempDir } from "../support/temp-dir";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await runCheck(args);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

const tempDir = useTempDir("mapping-check-");

describe("mapping check (readable)", () => {
  it("prints each row's canonical date, the issues, the clashes and the summary for the seed", async () => {
    const { code, out, err } = await run([SAMPLE_CSV, "--today", "2016-11-17"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines).toContain('row 2  2016-10-27 → 2016-11-10  day  confirmed  "October 27 to November 10, 2016"');
    expect(lines).toContain('row 17  … → …  unknown  tbd  "Date to be determined"');
    expect(lines.find((l) => l.startsWith("row 50  Event  warning  probable-duplicate"))).toContain("row 24");
    expect(lines.find((l) => l.startsWith("definite  row 18"))).toContain('"Friends of the Global Forum on Migration and Development"');
    expect(lines.at(-1)).toMatch(/^50 rows: 50 valid, 0 with errors, \d+ warnings, [1-9]\d* clashes$/);
  });

  it("exits 1 when a row has an error, showing the suggestion", async () => {
    const path = join(tempDir(), "errors.csv");
    await writeFile(path, 'Month/year,Event,Focal Point\n"February 30, 2017",Expert meeting,UNDESA\n2017,,ILO\n');
    const { code, out } = await run([path, "--today", "2016-11-17"]);
    expect(code).toBe(1);
    expect(out).toContain("row 2  Month/year  error  impossible-date");
    expect(out).toContain('row 2  Focal Point  warning  unknown-focal-point  "UNDESA" is not a known focal point; did you mean "DESA"?  → DESA');
    expect(out).toContain("row 3  Event  error  missing-title");
    expect(out.trimEnd().split("\n").at(-1)).toBe("2 rows: 0 valid, 2 with errors, 1 warnings, 0 clashes");
  });
});

describe("mapping check --json", () => {
  it("prints exactly one JSON object with the contract's shape", async () => {
    const { code, out } = await run([SAMPLE_CSV, "--json", "--today", "2016-11-17"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report).sort()).toEqual(["clashes", "events", "issues", "undated"]);
    expect(report.events).toHaveLength(50);
    expect(report.events[0]).toMatchObject({
      row: 2,
      id: null,
      title: "ILO Governing Body Meeting",
      rcp: false,
      date: { text: "October 27 to November 10, 2016", start: "2016-10-27", end: "2016-11-10", precision: "day", status: "confirmed", edtf: "2016-10-27/2016-11-10", notes: [] },
      location: "Geneva",
      locationStatus: "confirmed",
      focalPoints: ["ILO"],
      relatedTo: null,
      outcomeUrl: null,
    });
    expect(typeof report.events[0].description).toBe("string");
    for (const issue of report.issues) {
      expect(Object.keys(issue).sort()).toEqual(["code", "column", "id", "message", "row", "severity", "suggestion"]);
    }
    const clash = report.clashes[0];
    expect(clash).toMatchObject({ kind: expect.any(String), a: { row: expect.any(Number) }, b: { row: expect.any(Number) }, acknowledged: false });
    expect(clash.days).toHaveLength(2);
    expect(clash.shared).toEqual({ focalPoints: expect.any(Array), location: expect.any(Boolean) });
    expect(report.undated).toContain(17);
  });

  it("uses --today for the next occurrence of recurring dates", async () => {
    const path = join(tempDir(), "recurring.csv");
    await writeFile(path, "Date,Event\nAnnually in May,Regional conference\n");
    const { out } = await run([path, "--json", "--today", "2017-06-01"]);
    expect(JSON.parse(out).events[0].date.recurrence.next).toEqual({ start: "2018-05-01", end: "2018-05-31" });
  });
});

describe("mapping check --sheet", () => {
  it("reads the named worksheet of an .xlsx file", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["nothing here"]);
    const sheet = workbook.addWorksheet("Mapping");
    sheet.addRow(["When", "Title", "Lead"]);
    sheet.addRow([new Date(Date.UTC(2017, 3, 5)), "Friends of the GFMD", "GFMD"]);
    const path = join(tempDir(), "mapping.xlsx");
    await workbook.xlsx.writeFile(path);
    const { code, out } = await run([path, "--sheet", "Mapping", "--json", "--today", "2016-11-17"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).events[0]).toMatchObject({ row: 2, title: "Friends of the GFMD", date: { start: "2017-04-05", precision: "day" } });
  });
});

describe("mapping check exit code 2", () => {
  it("for a header without an event column", async () => {
    const path = join(tempDir(), "no-event.csv");
    await writeFile(path, "Month/year,Location\n2017,Geneva\n");
    const { code, out, err } = await run([path]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/cannot read ".*no-event\.csv" as a mapping\. The header row has no event column/);
  });

  it.each([
    [["/no/such/mapping.csv"], /no such file/],
    [[], /exactly one mapping file/],
    [["a.csv", "b.csv"], /exactly one mapping file/],
    [["a.csv", "--today", "17/11/2016"], /--today must be a day like 2016-11-17/],
    [["a.csv", "--verbose"], /Unknown option/],
  ])("%j", async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });
});
