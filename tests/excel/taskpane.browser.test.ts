// End to end in real headless Chromium: the real service (temp store, an editor token made in the
// store) serves the real task pane; office.js is replaced by an in-page stand-in for Excel. The
// seed rows are typed into a plain sheet, Validate marks them, Sync brings ids back and publishes.
import { mkdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Server } from "node:http";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { excelPaneTarget } from "../../addin/excel/build-target.mjs";
import { checkMapping } from "../../sync-service/src/mapping/check";
import { MARK_FILL } from "../../addin/excel/sheet/mark-plan";
import type { Cell, FeedDocument } from "../../sync-service/src/mapping/types";
import { ARTIFACTS_DIR, launchBrowser } from "../support/browser";
import { makeService, sampleSheet, type ServiceFixture } from "../service/service-fixture";

const FAKE_OFFICE = readFileSync(new URL("./support/fake-office.js", import.meta.url), "utf8");
const USER_GREEN = "#C6EFCE";

interface FakeCell {
  address: string;
  value: string | number | boolean;
  fill: string | null;
  note: string | null;
}

/** The seed rows: the 2016 mapping's first rows plus two rows with mistakes a person makes. */
function seedRows(): { header: string[]; rows: Cell[][] } {
  const sample = sampleSheet();
  const rows = sample.rows.slice(0, 14).map((r) => r.cells);
  const width = sample.header.length;
  const pad = (cells: Cell[]) => [...cells, ...Array(width).fill("")].slice(0, width);
  rows.push(pad(["February 30, 2017", "Expert meeting on labour mobility", "Geneva", "IOM"]));
  rows.push(pad(["March 2017", "Regional review of the compact", "Bangkok", "UNDESA"]));
  return { header: sample.header, rows: rows.map((r) => r.map((c) => c ?? "")) };
}

describe("Excel task pane in Chromium", () => {
  let service: ServiceFixture;
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const seed = seedRows();
  const cells = (): Promise<FakeCell[]> => page.evaluate(() => (window as any).__fakeExcel.cells("Sheet1"));
  const cellAt = async (address: string) => (await cells()).find((c) => c.address === address);

  beforeAll(async () => {
    await build({ logLevel: "warning", ...excelPaneTarget(join(process.cwd(), "dist", "addin", "excel")) });
    service = makeService();
    server = await new Promise<Server>((resolve) => {
      const s = service.app.listen(0, "127.0.0.1", () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 380, height: 900 } });
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "application/javascript", body: FAKE_OFFICE }),
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    service?.close();
  });

  it("loads the pane from the service", async () => {
    const response = await page.goto(`${base}/addin/excel/taskpane.html`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.textContent("#status")).toContain("Ready");
    expect(await page.textContent("#status")).toContain("notes");
  });

  it("Validate marks exactly the cells the core finds issues in, red and amber, with notes", async () => {
    await page.evaluate(({ header, rows }) => (window as any).__fakeExcel.type("Sheet1", "A1", [header, ...rows]), seed);
    // The user's own formatting on a cell that is about to be marked amber (UNDESA, last row, Focal Point).
    const lastRow = seed.rows.length + 1;
    const focalColumn = String.fromCharCode(65 + seed.header.indexOf("Focal Point"));
    await page.evaluate(({ a, color }) => (window as any).__fakeExcel.fill("Sheet1", a, color), { a: `${focalColumn}${lastRow}`, color: USER_GREEN });

    await page.click("#validate");
    await expect.poll(() => page.textContent("#status"), { timeout: 10_000 }).toMatch(/cells marked/);

    const report = checkMapping({ header: seed.header, rows: seed.rows.map((cells, i) => ({ row: i + 2, cells })) }, { today: new Date().toISOString().slice(0, 10) });
    expect(report.issues.some((i) => i.severity === "error")).toBe(true);
    expect(report.issues.some((i) => i.severity === "warning")).toBe(true);
    const expected = new Map<string, string>();
    for (const issue of report.issues) {
      const column = seed.header.indexOf(issue.column);
      const address = `${String.fromCharCode(65 + (column >= 0 ? column : seed.header.indexOf("Event")))}${issue.row}`;
      if (expected.get(address) !== MARK_FILL.error) expected.set(address, MARK_FILL[issue.severity]);
    }
    const marked = (await cells()).filter((c) => c.fill !== null && c.fill !== USER_GREEN);
    expect(new Map(marked.map((c) => [c.address, c.fill]))).toEqual(expected);
    for (const c of marked) expect(c.note).toMatch(/^Process mapping: (Error|Warning): /);

    const impossible = await cellAt(`A${lastRow - 1}`);
    expect(impossible?.fill).toBe(MARK_FILL.error);
    expect(impossible?.note).toContain("Error:");
    const undesa = await cellAt(`${focalColumn}${lastRow}`);
    expect(undesa?.fill).toBe(MARK_FILL.warning);
    expect(undesa?.note).toContain("DESA");

    expect(await page.locator("#issues li").count()).toBe(report.issues.length);
    expect(await page.textContent("#issue-count")).toBe(String(report.issues.length));
    expect(await page.locator("#clashes li").count()).toBe(report.clashes.length);
  });

  it("clicking an issue selects its cell; a second Validate clears only our marks", async () => {
    await page.locator("#issues button.error").first().click();
    await expect.poll(() => page.evaluate(() => (window as any).__fakeExcel.workbook.selection)).toEqual([expect.stringMatching(/^Sheet1!A\d+$/)]);

    const lastRow = seed.rows.length + 1;
    const focalColumn = String.fromCharCode(65 + seed.header.indexOf("Focal Point"));
    await page.evaluate(({ a }) => (window as any).__fakeExcel.type("Sheet1", a, [["DESA"]]), { a: `${focalColumn}${lastRow}` });
    await page.click("#validate");
    await expect.poll(async () => (await cellAt(`${focalColumn}${lastRow}`))?.fill).toBe(USER_GREEN);
    expect((await cellAt(`${focalColumn}${lastRow}`))?.note).toBeNull();
    expect((await cellAt(`A${lastRow - 1}`))?.fill).toBe(MARK_FILL.error);
  });

  it("Sync without a token says what to do; with one, ids come back and the feed has the rows", async () => {
    await page.click("#sync");
    await expect.poll(() => page.textContent("#status")).toContain("needs an editor token");

    await page.click("details:has(#settings) > summary");
    await page.fill("#token", service.editor);
    await page.click("#settings button[type=submit]");
    await expect.poll(() => page.textContent("#settings-saved")).toContain("Saved");

    await page.click("#sync");
    await expect.poll(() => page.textContent("#status"), { timeout: 15_000 }).toMatch(/^Synced: version \d+ published/);

    const table: { header: string[]; body: (string | number)[][] } = await page.evaluate(() => (window as any).__fakeExcel.values("Sheet1"));
    expect(table.header[0]).toBe("ID"); // the 2016 sheet had no ID column: the pane added one
    expect(table.body).toHaveLength(seed.rows.length);
    const ids = table.body.map((r) => String(r[0]));
    for (const id of ids) expect(id).not.toBe("");
    expect(new Set(ids).size).toBe(ids.length);

    const feed = (await (await fetch(`${base}/feed/events.json`)).json()) as FeedDocument;
    const published = new Set(feed.events.map((e) => e.id));
    const errorRows = new Set(checkMapping({ header: table.header, rows: table.body.map((cells, i) => ({ row: i + 2, cells })) }).issues.filter((i) => i.severity === "error").map((i) => i.row));
    expect(errorRows.size).toBeGreaterThan(0);
    table.body.forEach((row, i) => expect(published.has(String(row[0]))).toBe(!errorRows.has(i + 2)));
    expect(feed.count).toBe(seed.rows.length - errorRows.size);
    const titles = new Set(feed.events.map((e) => e.title));
    expect(titles.has("ILO Governing Body Meeting")).toBe(true);

    const settings = await page.evaluate(() => Object.fromEntries((window as any).__fakeExcel.documentSettings));
    expect(settings["processMapping.lastVersion"]).toBe(feed.version);
    expect(settings["processMapping.sourceId"]).toMatch(/^[0-9a-f-]{36}$/);

    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, "excel-taskpane.png"), fullPage: true });
  });

  it("clicking a clash selects both of its rows", async () => {
    const first = page.locator("#clashes li > button").first();
    const rows = /rows (\d+) and (\d+)/.exec((await first.textContent()) ?? "");
    expect(rows).not.toBeNull();
    await first.click();
    await expect
      .poll(() => page.evaluate(() => (window as any).__fakeExcel.workbook.selection))
      .toEqual([expect.stringMatching(new RegExp(`^Sheet1!A${rows![1]}:[A-Z]+${rows![1]}$`)), expect.stringMatching(new RegExp(`^Sheet1!A${rows![2]}:[A-Z]+${rows![2]}$`))]);
  });

  it("a second sync with nothing changed writes nothing and keeps the version", async () => {
    const before = await page.evaluate(() => (window as any).__fakeExcel.documentSettings.get("processMapping.lastVersion"));
    await page.click("#sync");
    await expect.poll(() => page.textContent("#status"), { timeout: 15_000 }).toMatch(/^Synced: version \d+ \(nothing changed\)/);
    expect(await page.textContent("#status")).toContain("0 cells updated");
    expect(await page.evaluate(() => (window as any).__fakeExcel.documentSettings.get("processMapping.lastVersion"))).toBe(before);
  });

  it("a wrong token is refused in plain words and changes nothing", async () => {
    await page.fill("#token", "pm_not-a-real-token");
    await page.click("#settings button[type=submit]");
    await page.click("#sync");
    await expect.poll(() => page.textContent("#status"), { timeout: 10_000 }).toContain("did not accept your token");
    expect(await page.isEnabled("#sync")).toBe(true);
  });
});
