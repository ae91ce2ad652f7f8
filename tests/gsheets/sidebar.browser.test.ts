// The sidebar's HTML in headless Chromium, wired to the built Code.js (in its vm world with a
// fake sheet) by a google.script.run stand-in: the clash list, click → select, the settings form.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser } from "../support/browser";
import { AppsScriptWorld, DIST, FakeSheet } from "./support/apps-script-fakes";
import { buildAddon } from "./support/build-addon";
import { sampleRows } from "./support/sample-rows";

// google.script.run: a fresh runner per use, handlers chained, calls answered asynchronously.
const SCRIPT_RUN_STAND_IN = `
  (() => {
    const runner = (h) => new Proxy({}, { get: (_, name) => {
      if (name === "withSuccessHandler") return (fn) => runner({ ...h, ok: fn });
      if (name === "withFailureHandler") return (fn) => runner({ ...h, fail: fn });
      return (...args) => { window.callServer(String(name), args).then(
        (answer) => answer.error ? h.fail && h.fail(new Error(answer.error)) : h.ok && h.ok(answer.value)); };
    }});
    window.google = { script: { get run() { return runner({}); } } };
  })();
`;

let browser: Browser;

beforeAll(async () => {
  await buildAddon();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function openSidebar(world: AppsScriptWorld, view: "clashes" | "settings"): Promise<Page> {
  world.call(view === "clashes" ? "showClashes" : "showSettings");
  const html = world.sidebars.at(-1)!.html;
  const page = await browser.newPage({ viewport: { width: 300, height: 720 } });
  await page.exposeFunction("callServer", (name: string, args: unknown[]) => {
    try {
      return { value: world.call(name, ...args) };
    } catch (err) {
      return { error: (err as Error).message };
    }
  });
  // HtmlService puts google.script into the sidebar's frame before the page's own scripts run.
  await page.setContent(html.replace("<head>", () => `<head><script>${SCRIPT_RUN_STAND_IN}</script>`));
  return page;
}

describe("the Apps Script sidebar", () => {
  it("is the built Sidebar.html with its script inlined and the view left to the template", () => {
    const source = readFileSync(join(DIST, "Sidebar.html"), "utf8");
    expect(source).toContain('data-view="<?= view ?>"');
    expect(source).not.toContain("/* build: sidebar script */");
    expect(source.match(/<\?/g)).toHaveLength(1);
  });

  it("lists the clashes; clicking an event selects its row in the sheet", async () => {
    const world = new AppsScriptWorld(new FakeSheet("Mapping", sampleRows()));
    const page = await openSidebar(world, "clashes");
    try {
      await page.locator("li.clash").first().waitFor({ timeout: 10_000 });
      const expected = world.call<{ ok: true; clashes: unknown[] }>("getClashes").clashes.length;
      expect(await page.locator("li.clash").count()).toBe(expected);
      await expect.poll(() => page.locator(".status").first().textContent()).toMatch(new RegExp(`^${expected} clash`));
      expect(await page.locator("#tab-clashes").getAttribute("aria-selected")).toBe("true");

      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS_DIR, "gsheets-sidebar.png") });

      const cpd = page.locator("li.clash", { hasText: "Commission on Population and Development" }).filter({ hasText: "Friends of the Global Forum" }).first();
      await expect.poll(() => cpd.locator(".kind").textContent()).toBe("definite");
      const target = cpd.locator("button.row").nth(1);
      const row = Number(/Row (\d+)/.exec((await target.textContent()) ?? "")![1]);
      await target.click();
      await expect.poll(() => world.sheet.selection?.row).toBe(row);
    } finally {
      await page.close();
    }
  });

  it("saves the service URL and token from the settings form, and shows refusals", async () => {
    const world = new AppsScriptWorld(new FakeSheet("Mapping", [["Event"]]));
    const page = await openSidebar(world, "settings");
    try {
      await page.locator("#service-url").fill("http://not-https.example.org");
      await page.locator("#token").fill("pm_abc");
      await page.getByRole("button", { name: "Save" }).click();
      await page.locator(".status.error").waitFor();
      expect(await page.locator(".status.error").textContent()).toMatch(/https/);
      expect(world.userProperties.size).toBe(0);

      await page.locator("#service-url").fill("https://mapping.example.org");
      await page.locator("#token").fill("pm_abc");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText("Saved.").waitFor();
      expect([...world.userProperties.values()].sort()).toEqual(["https://mapping.example.org", "pm_abc"]);
      expect(await page.locator("#token").inputValue()).toBe("");
      expect(await page.locator("#token").getAttribute("placeholder")).toMatch(/saved/);
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS_DIR, "gsheets-sidebar-settings.png") });
    } finally {
      await page.close();
    }
  });
});
