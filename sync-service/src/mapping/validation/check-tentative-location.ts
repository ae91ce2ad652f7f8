import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

/** tentative-location: the location carries a TBC/TBD marker (a blank location is not flagged). */
export const checkTentativeLocation = eachRow(({ event, locationMarker }) => {
  if (locationMarker === null) return [];
  const place = event.location ? `"${event.location}" is` : "The location is";
  const what = event.locationStatus === "tbd" ? "still to be determined" : "not confirmed yet";
  return [
    makeIssue(event, "Location", "tentative-location", `${place} ${what} (${locationMarker}).`, "Remove the marker once the venue is confirmed."),
  ];
});
