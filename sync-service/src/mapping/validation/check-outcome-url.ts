import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

function isAbsoluteHttpUrl(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** malformed-url: the Outcome URL must be an absolute http(s) address. */
export const checkOutcomeUrl = eachRow(({ event }) => {
  const url = event.outcomeUrl;
  if (url === null || isAbsoluteHttpUrl(url)) return [];
  const suggestion = isAbsoluteHttpUrl(`https://${url}`) ? `https://${url}` : "Paste the full address, starting with https://";
  return [makeIssue(event, "Outcome URL", "malformed-url", `"${url}" is not a complete web address (http:// or https://).`, suggestion)];
});
