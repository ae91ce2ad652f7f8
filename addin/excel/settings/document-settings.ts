// What the workbook remembers for the pane (Office.context.document.settings, saved inside the file):
// which service it syncs with, its source id there, and the last version it received.

const KEYS = {
  serviceUrl: "processMapping.serviceUrl",
  sourceId: "processMapping.sourceId",
  lastVersion: "processMapping.lastVersion",
} as const;

export interface DocumentSettings {
  /** Empty when unset: the pane then talks to the origin it was loaded from. */
  serviceUrl: string;
  /** This workbook's id as a sync source; created on its first sync. */
  sourceId: string | null;
  /** The version the last sync returned; null before the first sync. */
  lastVersion: number | null;
}

function settings(): Office.Settings {
  return Office.context.document.settings;
}

export function readDocumentSettings(): DocumentSettings {
  const s = settings();
  const version = s.get(KEYS.lastVersion);
  return {
    serviceUrl: String(s.get(KEYS.serviceUrl) ?? ""),
    sourceId: (s.get(KEYS.sourceId) as string | null) ?? null,
    lastVersion: typeof version === "number" ? version : null,
  };
}

/** Sets the given keys and saves them into the document. */
export function writeDocumentSettings(changes: Partial<DocumentSettings>): Promise<void> {
  const s = settings();
  for (const [name, key] of Object.entries(KEYS) as [keyof DocumentSettings, string][]) {
    if (!(name in changes)) continue;
    const value = changes[name];
    if (value === null || value === undefined || value === "") s.remove(key);
    else s.set(key, value);
  }
  return new Promise((resolve, reject) =>
    s.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(`The settings could not be saved in the workbook: ${result.error?.message ?? "unknown error"}`)),
    ),
  );
}

/** The base URL requests go to: the configured one, else the pane's own origin. */
export function serviceBaseUrl(configured: string, paneOrigin: string): string {
  return (configured.trim() || paneOrigin).replace(/\/+$/, "");
}
