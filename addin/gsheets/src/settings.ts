// Service URL and editor token, per user (PropertiesService.getUserProperties): a token is a
// person's credential, so it is never shared with the other editors of the spreadsheet.
import { gas } from "./apps-script";

export interface Settings {
  serviceUrl: string;
  token: string;
}

/** What the Settings sidebar shows: never the token itself. */
export interface SettingsView {
  serviceUrl: string;
  hasToken: boolean;
}

const URL_KEY = "mapping.serviceUrl";
const TOKEN_KEY = "mapping.token";

export function readSettings(): Settings | null {
  const props = gas().PropertiesService.getUserProperties();
  const serviceUrl = props.getProperty(URL_KEY);
  const token = props.getProperty(TOKEN_KEY);
  return serviceUrl && token ? { serviceUrl, token } : null;
}

export function getSettings(): SettingsView {
  const props = gas().PropertiesService.getUserProperties();
  return { serviceUrl: props.getProperty(URL_KEY) ?? "", hasToken: Boolean(props.getProperty(TOKEN_KEY)) };
}

export type SaveResult = { ok: true; settings: SettingsView } | { ok: false; message: string };

/** From the sidebar form; a blank token keeps the saved one. */
export function saveSettings(input: { serviceUrl?: unknown; token?: unknown }): SaveResult {
  const serviceUrl = String(input.serviceUrl ?? "").trim().replace(/\/+$/, "");
  const token = String(input.token ?? "").trim();
  if (!/^https:\/\/[^\s/]+/i.test(serviceUrl) && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?/i.test(serviceUrl)) {
    return { ok: false, message: "The service URL must start with https:// (Google's servers call it over the public internet)." };
  }
  const props = gas().PropertiesService.getUserProperties();
  if (!token && !props.getProperty(TOKEN_KEY)) return { ok: false, message: "Paste the editor token an admin created for you (mapping token create)." };
  props.setProperty(URL_KEY, serviceUrl);
  if (token) props.setProperty(TOKEN_KEY, token);
  return { ok: true, settings: getSettings() };
}
