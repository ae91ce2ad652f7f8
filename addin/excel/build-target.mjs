// The esbuild options for the Excel task pane: the pane's script (with the domain core bundled in)
// plus its html, css and icons copied beside it. Used by build.mjs and by the end-to-end test.
const PAGES = ["taskpane.html", "taskpane.css", "commands.html"];
const ICON_SIZES = [16, 32, 64, 80, 128];

/** @param {string} outdir */
export function excelPaneTarget(outdir) {
  return {
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    minify: true,
    sourcemap: true,
    outdir,
    loader: { ".html": "copy", ".css": "copy", ".png": "copy" },
    entryPoints: [
      { in: "addin/excel/taskpane/taskpane.ts", out: "taskpane" },
      ...PAGES.map((page) => ({ in: `addin/excel/taskpane/${page}`, out: page.replace(/\.\w+$/, "") })),
      ...ICON_SIZES.map((size) => ({ in: `addin/excel/assets/icon-${size}.png`, out: `assets/icon-${size}` })),
    ],
  };
}
