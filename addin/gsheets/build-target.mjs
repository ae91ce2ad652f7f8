// The Apps Script project as an esbuild target (build.mjs lists it): dist/gsheets/ holds
// Code.js (the add-on and the core in one IIFE global, plus a top-level function per entry point),
// Sidebar.html (its script bundled in) and appsscript.json. `clasp push` uploads that folder.
//
// Build-time setting: MAPPING_SERVICE_URL, the sync service's public https URL, becomes the
// manifest's urlFetchWhitelist (UrlFetchApp may call nothing else).
import { build } from "esbuild";
import { mkdir, readFile, writeFile } from "node:fs/promises";

const HERE = "addin/gsheets";
const OUT = "dist/gsheets";

/** Functions menus, triggers and google.script.run call: each becomes a top-level function. */
export const APPS_SCRIPT_FUNCTIONS = [
  "onOpen",
  "onInstall",
  "validate",
  "sync",
  "showClashes",
  "showSettings",
  "getClashes",
  "selectRow",
  "getSettings",
  "saveSettings",
];

export function serviceUrlPrefix(url = process.env.MAPPING_SERVICE_URL) {
  const value = (url ?? "https://mapping.example.org").trim();
  if (!/^https:\/\/[^/\s]+/i.test(value)) throw new Error(`MAPPING_SERVICE_URL must be an https:// URL, not "${value}"`);
  return value.endsWith("/") ? value : `${value}/`;
}

const stubs = APPS_SCRIPT_FUNCTIONS.map((name) => `function ${name}() { return ProcessMapping.${name}.apply(this, arguments); }`).join("\n");

const appsScriptProject = {
  name: "apps-script-project",
  setup(b) {
    b.onEnd(async (result) => {
      if (result.errors.length) return;
      await mkdir(OUT, { recursive: true });
      const manifest = JSON.parse(await readFile(`${HERE}/appsscript.json`, "utf8"));
      manifest.urlFetchWhitelist = [serviceUrlPrefix()];
      await writeFile(`${OUT}/appsscript.json`, `${JSON.stringify(manifest, null, 2)}\n`);
      const sidebar = await build({
        entryPoints: [`${HERE}/sidebar/sidebar.ts`],
        bundle: true,
        write: false,
        format: "iife",
        target: "es2020",
        platform: "browser",
        logLevel: "warning",
      });
      // "<?" would open an Apps Script scriptlet and "</script" would end the tag early.
      const script = sidebar.outputFiles[0].text.replaceAll("<?", "<\\?").replaceAll("</script", "<\\/script");
      const html = await readFile(`${HERE}/Sidebar.html`, "utf8");
      await writeFile(`${OUT}/Sidebar.html`, html.replace("/* build: sidebar script */", () => script));
    });
  },
};

export const gsheetsTarget = {
  entryPoints: [`${HERE}/src/code.ts`],
  outfile: `${OUT}/Code.js`,
  bundle: true,
  format: "iife",
  globalName: "ProcessMapping",
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2020",
  footer: { js: `\n// Apps Script entry points\n${stubs}\n` },
  plugins: [appsScriptProject],
};
