// Google's API errors in words a person can act on.
function status(err: unknown): number | undefined {
  const e = err as { status?: number; response?: { status?: number } } | null;
  return e?.response?.status ?? e?.status;
}

export function describeGoogleError(err: unknown, spreadsheetId: string): string {
  const code = status(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (code === 403) {
    return `Google refused access to spreadsheet ${spreadsheetId} (403): share it with the service account's e-mail address as an editor. (${detail})`;
  }
  if (code === 404) return `Google has no spreadsheet ${spreadsheetId} (404): check the id in its URL. (${detail})`;
  if (code === 401) return `Google did not accept the credentials (401): check GOOGLE_APPLICATION_CREDENTIALS. (${detail})`;
  if (code === 400) return `Google rejected the request (400): ${detail}`;
  if (code === 429) return `Google's quota is exhausted (429) even after backing off: try again in a minute. (${detail})`;
  if (code !== undefined && code >= 500) return `Google's servers failed (${code}) even after retrying: ${detail}`;
  return `Could not reach Google Sheets: ${detail}`;
}
