// The sidebar: the clash list (click → select the row in the sheet) and the settings form.
// It talks to the add-on's server functions through google.script.run.
import type { ClashItem, ClashList } from "../src/clashes";
import type { SaveResult, SettingsView } from "../src/settings";

interface Runner {
  withSuccessHandler(fn: (value: never) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  getClashes(): void;
  selectRow(row: number): void;
  getSettings(): void;
  saveSettings(input: { serviceUrl: string; token: string }): void;
}

declare const google: { script: { run: Runner } };

const content = document.getElementById("content")!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function status(text: string, isError = false): HTMLElement {
  return el("p", { className: isError ? "status error" : "status", textContent: text });
}

function run<T>(onSuccess: (value: T) => void): Runner {
  return google.script.run
    .withSuccessHandler(onSuccess as (value: never) => void)
    .withFailureHandler((error) => content.replaceChildren(status(`Something went wrong: ${error.message}`, true)));
}

const KIND_LABEL: Record<ClashItem["kind"], string> = { definite: "definite", possible: "possible", "travel-squeeze": "travel squeeze" };

function sideButton(side: ClashItem["a"]): HTMLElement {
  const button = el("button", { className: "row", type: "button", title: `Select row ${side.row}` }, `Row ${side.row} · ${side.title}`);
  button.append(el("span", { className: "days", textContent: side.date ? ` (${side.date})` : "" }));
  button.addEventListener("click", () => google.script.run.selectRow(side.row));
  return button;
}

function renderClashes(list: ClashList): void {
  if (!list.ok) {
    content.replaceChildren(status(list.message, true));
    return;
  }
  const refresh = el("button", { className: "primary", type: "button", textContent: "Check again" });
  refresh.addEventListener("click", showClashes);
  if (list.clashes.length === 0) {
    content.replaceChildren(status(`No date clashes in “${list.sheet}”.`), refresh);
    return;
  }
  const items = list.clashes.map((c) =>
    el(
      "li",
      { className: "clash" },
      el("span", { className: `kind ${c.kind}`, textContent: KIND_LABEL[c.kind] }),
      ...(c.acknowledged ? [el("span", { className: "ack", textContent: "acknowledged" })] : []),
      sideButton(c.a),
      sideButton(c.b),
      el("div", { className: "days", textContent: c.days[0] === c.days[1] ? c.days[0] : `${c.days[0]} – ${c.days[1]}` }),
      el("div", { className: "reasons", textContent: c.reasons.join(" ") }),
    ),
  );
  content.replaceChildren(
    status(`${list.clashes.length} clash${list.clashes.length === 1 ? "" : "es"} in “${list.sheet}”. Click an event to select its row.`),
    el("ul", {}, ...items),
    refresh,
  );
}

function showClashes(): void {
  select("clashes");
  content.replaceChildren(status("Checking the sheet…"));
  run<ClashList>(renderClashes).getClashes();
}

function renderSettings(view: SettingsView, message?: { text: string; isError: boolean }): void {
  const url = el("input", { id: "service-url", type: "url", value: view.serviceUrl, placeholder: "https://mapping.example.org" });
  const token = el("input", {
    id: "token",
    type: "password",
    autocomplete: "off",
    placeholder: view.hasToken ? "saved (leave blank to keep it)" : "paste your editor token",
  });
  const save = el("button", { className: "primary", type: "submit", textContent: "Save" });
  const form = el(
    "form",
    {},
    el("label", { htmlFor: "service-url", textContent: "Service URL" }),
    url,
    el("p", { className: "hint", textContent: "The sync service's public https address." }),
    el("label", { htmlFor: "token", textContent: "Editor token" }),
    token,
    el("p", { className: "hint", textContent: "Kept in your own user properties; other editors of this spreadsheet never see it." }),
    save,
    ...(message ? [status(message.text, message.isError)] : []),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save.disabled = true;
    run<SaveResult>((result) =>
      result.ok
        ? renderSettings(result.settings, { text: "Saved.", isError: false })
        : renderSettings(view, { text: result.message, isError: true }),
    ).saveSettings({ serviceUrl: url.value, token: token.value });
  });
  content.replaceChildren(form);
}

function showSettings(): void {
  select("settings");
  content.replaceChildren(status("Loading…"));
  run<SettingsView>((view) => renderSettings(view)).getSettings();
}

function select(view: string): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>("nav button")) {
    tab.setAttribute("aria-selected", String(tab.dataset.view === view));
  }
}

document.getElementById("tab-clashes")!.addEventListener("click", showClashes);
document.getElementById("tab-settings")!.addEventListener("click", showSettings);
if (document.body.dataset.view === "settings") showSettings();
else showClashes();
