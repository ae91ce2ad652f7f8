// The Sheets v4 client: Google's own (@googleapis/sheets), authenticated the standard way.
import { auth as googleAuth, sheets, type sheets_v4 } from "@googleapis/sheets";

export const SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";

export type SheetsAuth = NonNullable<sheets_v4.Options["auth"]>;

export interface SheetsApiOptions {
  /** Defaults to a service account from GOOGLE_APPLICATION_CREDENTIALS (Application Default Credentials). */
  auth?: SheetsAuth;
  /** Another endpoint than https://sheets.googleapis.com/ (tests point it at a local fake). */
  rootUrl?: string;
}

export function createSheetsApi(options: SheetsApiOptions = {}): sheets_v4.Sheets {
  const auth = options.auth ?? new googleAuth.GoogleAuth({ scopes: [SHEETS_SCOPE] });
  return sheets({ version: "v4", auth, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}) });
}

/** A client with a fixed access token (tests, or a token obtained elsewhere). */
export function accessTokenAuth(accessToken: string): SheetsAuth {
  const client = new googleAuth.OAuth2();
  client.setCredentials({ access_token: accessToken, expiry_date: Number.MAX_SAFE_INTEGER });
  return client;
}
