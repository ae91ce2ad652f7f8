// Apps Script's V8 has no URL global; the core checks Outcome URLs with one. Imported first by
// code.ts, this installs core-js's standard implementation when the host lacks it.
import URLImpl from "core-js-pure/actual/url/index.js";

const host = globalThis as { URL?: typeof URL };
if (typeof host.URL === "undefined") host.URL = URLImpl;
