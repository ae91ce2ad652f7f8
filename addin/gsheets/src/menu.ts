// The "Process mapping" menu and the sidebar. onOpen may run in AuthMode.NONE (an add-on in a
// document it was not yet used in): then it may only build the menu, so it reads no properties,
// no cells, nothing, in any mode.
import { gas, type GasOpenEvent } from "./apps-script";

export function onOpen(_e?: GasOpenEvent): void {
  gas()
    .SpreadsheetApp.getUi()
    .createMenu("Process mapping")
    .addItem("Validate", "validate")
    .addItem("Sync", "sync")
    .addSeparator()
    .addItem("Clashes", "showClashes")
    .addItem("Settings", "showSettings")
    .addToUi();
}

export function onInstall(e?: GasOpenEvent): void {
  onOpen(e);
}

export type SidebarView = "clashes" | "settings";

function showSidebar(view: SidebarView): void {
  const template = gas().HtmlService.createTemplateFromFile("Sidebar");
  template.view = view;
  gas().SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle("Process mapping"));
}

export function showClashes(): void {
  showSidebar("clashes");
}

export function showSettings(): void {
  showSidebar("settings");
}
