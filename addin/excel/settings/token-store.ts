// The editor/admin token belongs to the person, not the workbook: it is never saved in the file
// (a shared workbook would hand it to everyone). OfficeRuntime.storage where the host offers it
// (shared runtime), else the pane's localStorage, which Office keeps per user and add-in origin.

const KEY = "processMapping.token";

interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

function storage(): KeyValueStorage {
  const runtime = (globalThis as { OfficeRuntime?: { storage?: KeyValueStorage } }).OfficeRuntime;
  if (runtime?.storage) return runtime.storage;
  return {
    getItem: async (key) => globalThis.localStorage.getItem(key),
    setItem: async (key, value) => globalThis.localStorage.setItem(key, value),
    removeItem: async (key) => globalThis.localStorage.removeItem(key),
  };
}

export async function readToken(): Promise<string> {
  return (await storage().getItem(KEY)) ?? "";
}

export async function writeToken(token: string): Promise<void> {
  const trimmed = token.trim();
  if (trimmed === "") await storage().removeItem(KEY);
  else await storage().setItem(KEY, trimmed);
}
