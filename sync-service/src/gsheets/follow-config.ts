// The service follows one Google spreadsheet when told so by the environment:
// MAPPING_GSHEETS_SPREADSHEET (its id, from its URL), MAPPING_GSHEETS_RANGE (default `A1:Z`, the
// first sheet; e.g. `Mapping!A1:Z`), MAPPING_GSHEETS_POLL (seconds between pulls, default 300, at least 10).
export const DEFAULT_RANGE = "A1:Z";
export const MIN_POLL_SECONDS = 10;

export interface FollowConfig {
  spreadsheetId: string;
  range: string;
  pollSeconds: number;
}

export type FollowConfigResult = { ok: true; config: FollowConfig | null } | { ok: false; message: string };

export function followConfigFromEnv(env: Record<string, string | undefined>): FollowConfigResult {
  const spreadsheetId = env.MAPPING_GSHEETS_SPREADSHEET?.trim();
  const poll = env.MAPPING_GSHEETS_POLL?.trim();
  if (!spreadsheetId) {
    return poll ? { ok: false, message: "MAPPING_GSHEETS_POLL is set but MAPPING_GSHEETS_SPREADSHEET (the spreadsheet id) is not." } : { ok: true, config: null };
  }
  const pollSeconds = poll ? Number(poll) : 300;
  if (!Number.isFinite(pollSeconds) || pollSeconds < MIN_POLL_SECONDS) {
    return { ok: false, message: `MAPPING_GSHEETS_POLL must be a number of seconds, at least ${MIN_POLL_SECONDS} (Google's quotas), not "${poll}".` };
  }
  return { ok: true, config: { spreadsheetId, range: env.MAPPING_GSHEETS_RANGE?.trim() || DEFAULT_RANGE, pollSeconds } };
}
