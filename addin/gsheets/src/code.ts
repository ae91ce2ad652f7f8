// The Apps Script project's entry. esbuild bundles it (with the core) into dist/gsheets/Code.js
// as one global `ProcessMapping`; the build appends a top-level `function NAME()` for each name in
// APPS_SCRIPT_FUNCTIONS, because menus, triggers and google.script.run only see top-level functions.
import "./url-polyfill";

export { onInstall, onOpen, showClashes, showSettings } from "./menu";
export { validate } from "./validate";
export { sync } from "./sync";
export { getClashes, selectRow } from "./clashes";
export { getSettings, saveSettings } from "./settings";
