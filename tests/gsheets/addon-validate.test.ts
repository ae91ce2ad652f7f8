import { beforeAll, describe, expect, it } from "vitest";
import vm from "node:vm";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { APPS_SCRIPT_FUNCTIONS } from "../../addin/gsheets/build-target.mjs";
import { AppsScriptWorld, DIST, FakeSheet } from "./support/apps-script-fakes";
import { buildAddon } from "./support/build-addon";
import { sampleRows } from "./support/sample-rows";

beforeAll(async () => {
  await buildAddon();
}, 60_000);

const ERROR_COLOR = "#f4c7c3";
const WARNING_COLOR = "#fce8b2";

function world(rows: (string | number | Date)[][]): AppsScriptWorld {
  return new AppsScriptWorld(new FakeSheet("Mapping", rows));
}

describe("the built Apps Script project", () => {
  it("exposes every entry point as a top-level function in one global scope, needing nothing Node has", () => {
    const context = vm.createContext({});
    vm.runInContext(readFileSync(join(DIST, "Code.js"), "utf8"), context);
    for (const name of APPS_SCRIPT_FUNCTIONS) expect(typeof (context as Record<string, unknown>)[name], name).toBe("function");
    expect(vm.runInContext("typeof require + typeof process + typeof module", context)).toBe("undefinedundefinedundefined");
  });

  it("asks for the narrowest scopes and may fetch only the service", () => {
    const manifest = JSON.parse(readFileSync(join(DIST, "appsscript.json"), "utf8")) as { oauthScopes: string[]; urlFetchWhitelist: string[] };
    expect(manifest.oauthScopes.sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/script.external_request",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
    expect(manifest.urlFetchWhitelist).toHaveLength(1);
    expect(manifest.urlFetchWhitelist[0]).toMatch(/^https:\/\/[^/]+.*\/$/);
  });

  it("only adds the menu in onOpen, even when properties may not be read (AuthMode.NONE)", () => {
    const w = world([["Event"]]);
    w.propertiesForbidden = true;
    w.call("onOpen", { authMode: "NONE" });
    expect(w.menus).toEqual([
      {
        caption: "Process mapping",
        items: [
          { caption: "Validate", functionName: "validate" },
          { caption: "Sync", functionName: "sync" },
          { caption: "Clashes", functionName: "showClashes" },
          { caption: "Settings", functionName: "showSettings" },
        ],
      },
    ]);
    for (const item of w.menus[0]!.items) expect(typeof (w.context as Record<string, unknown>)[item.functionName]).toBe("function");
  });
});

describe("Validate", () => {
  it("notes and highlights bad cells with the local core, and clears them once fixed", () => {
    const rows = sampleRows(6);
    rows.push(["February 30, 2017", "", "Geneva (TBC)", "UNDESA", ""]);
    const w = world(rows);
    const summary = w.call<{ ok: true; rows: number; errors: number; warnings: number }>("validate");
    expect(summary).toMatchObject({ ok: true, rows: 7 });
    expect(summary.errors).toBeGreaterThanOrEqual(2);
    const bad = rows.length; // 1-based row of the bad one
    expect(w.sheet.note(bad, 1)).toMatch(/^Process mapping: error: /); // February 30
    expect(w.sheet.note(bad, 2)).toMatch(/^Process mapping: error: /); // no event name
    expect(w.sheet.note(bad, 4)).toMatch(/warning: .*Suggestion: DESA/);
    expect(w.sheet.backgrounds.get(`${bad},1`)).toBe(ERROR_COLOR);
    expect(w.sheet.backgrounds.get(`${bad},3`)).toBe(WARNING_COLOR);
    expect(w.toasts.at(-1)).toMatch(/7 rows: \d+ errors/);

    w.sheet.set(bad, 1, "February 28, 2017");
    w.sheet.set(bad, 2, "A meeting with a name");
    w.sheet.notes.set(`${bad},5`, "Call Ana first"); // a person's own note stays
    w.call("validate");
    expect(w.sheet.note(bad, 1)).toBeUndefined();
    expect(w.sheet.note(bad, 2)).toBeUndefined();
    expect(w.sheet.backgrounds.get(`${bad},1`)).toBeUndefined();
    expect(w.sheet.note(bad, 5)).toBe("Call Ana first");
    expect(w.sheet.backgrounds.get(`${bad},3`)).toBe(WARNING_COLOR); // still tentative
  });

  it("reads real date cells (Date objects) as the serial numbers the core understands", () => {
    const w = world([
      ["Date", "Event", "Location"],
      [new Date(Date.UTC(2017, 3, 5)), "Friends of the GFMD", "Berlin"],
      [new Date(Date.UTC(2017, 1, 1)), "Another meeting", "Rome"],
    ]);
    const summary = w.call<{ ok: true; errors: number }>("validate");
    expect(summary).toMatchObject({ ok: true, errors: 0 });
    expect(w.sheet.notes.size).toBe(0);
  });

  it("says what is wrong when the sheet has no event column", () => {
    const w = world([["Foo", "Bar"], ["1", "2"]]);
    expect(w.call("validate")).toMatchObject({ ok: false });
    expect(w.alerts[0]).toMatch(/no event column/i);
  });
});

describe("Clashes and Settings", () => {
  it("lists the sample's clashes and selects a clashing row", () => {
    const w = world(sampleRows());
    w.call("showClashes");
    expect(w.sidebars[0]!.html).toContain('data-view="clashes"');
    const list = w.call<{ ok: true; clashes: { kind: string; a: { row: number; title: string }; b: { row: number; title: string } }[] }>("getClashes");
    expect(list.ok).toBe(true);
    const cpd = list.clashes.find((c) => /Population and Development/.test(c.a.title + c.b.title) && /Friends/.test(c.a.title + c.b.title));
    expect(cpd?.kind).toBe("definite");
    expect(w.call("selectRow", cpd!.b.row)).toBe(true);
    expect(w.sheet.selection).toMatchObject({ row: cpd!.b.row, column: 1, rows: 1 });
  });

  it("keeps the token in user properties and never shows it back", () => {
    const w = world([["Event"]]);
    expect(w.call("saveSettings", { serviceUrl: "http://mapping.example.org", token: "pm_x" })).toMatchObject({ ok: false });
    expect(w.call("saveSettings", { serviceUrl: "https://mapping.example.org/", token: "" })).toMatchObject({ ok: false, message: /token/ });
    expect(w.call("saveSettings", { serviceUrl: "https://mapping.example.org/", token: "pm_secret" })).toEqual({
      ok: true,
      settings: { serviceUrl: "https://mapping.example.org", hasToken: true },
    });
    expect(JSON.stringify(w.call("getSettings"))).not.toContain("pm_secret");
    expect([...w.userProperties.values()]).toContain("pm_secret");
    w.call("showSettings");
    expect(w.sidebars[0]!.html).toContain('data-view="settings"');
  });
});
