import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

/** tentative-location: the location carries a TBC/TBD marker (a blank location is not flagged). */
export const checkTentativeLocation = eachRow(({ event, locationMarker }) => {
  if (locationMarker === null) return [];
  const what = event.locationStatus === "tbd" ? "still to be determined" : "not confirmed yet";
  const message = event.location
    ? `The location "${event.location}" is marked ${locationMarker}: it is ${what}.`
    : `The location is marked ${locationMarker}: it is ${what}.`;
  return [makeIssue(event, "Location", "tentative-location", message, "Remove the marker once the venue is confirmed.")];
});
