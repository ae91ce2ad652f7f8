// The task pane: wires the buttons to the sheet logic, the core and the service client.
import { summarise, summaryLine } from "../../../sync-service/src/mapping/check";
import type { Clash, MappingReport } from "../../../sync-service/src/mapping/types";
import { supportedNoteKind, type NoteKind } from "../sheet/cell-notes";
import { createMappingSheet } from "../sheet/new-mapping-sheet";
import { selectCell, selectRows } from "../sheet/select-cells";
import type { TableSnapshot } from "../sheet/table-snapshot";
import { acknowledgeClash, type ServiceTarget } from "../service-client/service-client";
import { readDocumentSettings, serviceBaseUrl, writeDocumentSettings } from "../settings/document-settings";
import { readToken, writeToken } from "../settings/token-store";
import { renderClashes } from "./render-clashes";
import { renderIssues } from "./render-issues";
import { syncWorkbook } from "./sync-action";
import { validateWorkbook } from "./validate-action";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let noteKind: NoteKind = "none";
let lastTable: TableSnapshot | null = null;
let busy = false;

function setStatus(text: string, tone: "info" | "ok" | "warn" | "error" | "busy" = "info"): void {
  const status = $("status");
  status.textContent = text;
  status.className = `status ${tone}`;
}

/** Disables every action while one runs, so nothing is sent twice. */
async function exclusive(label: string, work: () => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  document.body.classList.add("busy");
  for (const b of document.querySelectorAll<HTMLButtonElement>("button.action")) b.disabled = true;
  setStatus(label, "busy");
  try {
    await work();
  } catch (err) {
    setStatus(`Something went wrong: ${err instanceof Error ? err.message : String(err)}. Nothing more was changed; try again.`, "error");
  } finally {
    busy = false;
    document.body.classList.remove("busy");
    for (const b of document.querySelectorAll<HTMLButtonElement>("button.action")) b.disabled = false;
  }
}

async function target(): Promise<ServiceTarget> {
  return { baseUrl: serviceBaseUrl(readDocumentSettings().serviceUrl, location.origin), token: await readToken() };
}

function showReport(table: TableSnapshot, report: MappingReport, clashes: Clash[] = report.clashes): void {
  lastTable = table;
  $("issue-count").textContent = String(report.issues.length);
  $("clash-count").textContent = String(clashes.length);
  renderIssues($("issues"), table, report.issues, (row, column) => void Excel.run((c) => selectCell(c, table, row, column)));
  renderClashes($("clashes"), clashes, {
    select: (clash) => {
      if (lastTable) void Excel.run((c) => selectRows(c, lastTable!, [clash.a.row, clash.b.row]));
    },
    acknowledge: async (clash, reason) => {
      const answer = await acknowledgeClash(await target(), clash.a.id!, clash.b.id!, reason);
      return answer.ok ? `Acknowledged (version ${answer.value.version}).` : answer.message;
    },
  });
}

function onValidate(): Promise<void> {
  return exclusive("Validating…", async () => {
    const outcome = await validateWorkbook(noteKind);
    if (!outcome.ok) return setStatus(outcome.message, "error");
    showReport(outcome.table, outcome.report);
    const made = outcome.created ? ` (the range ${outcome.created} was turned into a table)` : "";
    setStatus(`${summaryLine(summarise(outcome.report))}${made}. ${outcome.marked} cells marked.`, outcome.report.issues.some((i) => i.severity === "error") ? "error" : "ok");
  });
}

function onSync(): Promise<void> {
  return exclusive("Syncing…", async () => {
    const settings = readDocumentSettings();
    const sourceId = settings.sourceId ?? crypto.randomUUID();
    const t = await target();
    if (!t.token) return setStatus("Syncing needs an editor token: enter it under Settings below (an admin creates one with `npx mapping token create`).", "error");
    const outcome = await syncWorkbook(t, { id: sourceId, baseVersion: settings.lastVersion }, noteKind, (text) => setStatus(text, "busy"));
    if (!outcome.ok) {
      // The service no longer knows our base version: the next sync goes as a first sync (deletes nothing).
      if (outcome.kind === "conflict") await writeDocumentSettings({ lastVersion: null });
      return setStatus(outcome.message, "error");
    }
    const r = outcome.response;
    // If the answer could not be written, the sheet does not hold what the service thinks it does: sync as new next time.
    await writeDocumentSettings({ sourceId, lastVersion: outcome.writeBackProblem ? null : r.version });
    showReport(outcome.table, outcome.report, r.clashes);
    if (outcome.writeBackProblem) return setStatus(outcome.writeBackProblem, "error");
    const parts = [
      `Synced: version ${r.version}${r.published ? " published" : " (nothing changed)"}`,
      `${r.changes.created} new, ${r.changes.updated} updated, ${r.changes.deleted} deleted`,
      `${outcome.written} cells updated, ${outcome.appended} rows added from others, ${outcome.removed} removed`,
    ];
    const errorRows = new Set(outcome.report.issues.filter((i) => i.severity === "error").map((i) => i.row)).size;
    if (errorRows > 0) parts.push(`${errorRows} row(s) with errors stay out of the feed until fixed (red cells)`);
    if (r.conflicts.length > 0) parts.push(`${r.conflicts.length} conflicts flagged in the sheet`);
    if (outcome.addedIdColumn) parts.push("an ID column was added");
    setStatus(`${parts.join("; ")}.`, r.conflicts.length > 0 || errorRows > 0 ? "warn" : "ok");
  });
}

function onNewSheet(): Promise<void> {
  return exclusive("Creating the mapping sheet…", async () => {
    const name = await Excel.run(createMappingSheet);
    setStatus(`Created the sheet "${name}" with the mapping table. Type rows, then Validate.`, "ok");
  });
}

async function onSaveSettings(e: Event): Promise<void> {
  e.preventDefault();
  await writeDocumentSettings({ serviceUrl: $<HTMLInputElement>("service-url").value.trim() });
  await writeToken($<HTMLInputElement>("token").value);
  $("settings-saved").textContent = "Saved: the URL in this workbook, the token for you only.";
}

/** Optional: validate again shortly after the table changes (ExcelApi 1.7 events). */
function watchChanges(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  void Excel.run(async (context) => {
    context.workbook.tables.onChanged.add(async () => {
      if (!$<HTMLInputElement>("auto-validate").checked) return;
      clearTimeout(timer);
      timer = setTimeout(() => void onValidate(), 1500);
    });
    await context.sync();
  }).catch(() => undefined); // hosts without table events simply don't auto-validate
}

async function start(): Promise<void> {
  noteKind = supportedNoteKind();
  $<HTMLInputElement>("service-url").value = readDocumentSettings().serviceUrl;
  $<HTMLInputElement>("service-url").placeholder = location.origin;
  $<HTMLInputElement>("token").value = await readToken();
  $("new-sheet").addEventListener("click", () => void onNewSheet());
  $("validate").addEventListener("click", () => void onValidate());
  $("sync").addEventListener("click", () => void onSync());
  $("settings").addEventListener("submit", (e) => void onSaveSettings(e));
  watchChanges();
  const notes = { note: "notes", comment: "comments (this Excel has no notes API)", none: "no notes (this Excel supports neither notes nor comments)" }[noteKind];
  setStatus(`Ready. Issues will be marked with fills and ${notes}.`);
}

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    setStatus("This pane runs inside Excel: open it from Excel's ribbon (Home › Process mapping).", "error");
    return;
  }
  void start();
});
