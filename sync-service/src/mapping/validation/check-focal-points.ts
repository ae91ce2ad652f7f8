import { eachRow } from "./check-types";
import { nearestFocalPoint } from "./focal-point-directory";
import { makeIssue } from "./issue-codes";

/** unknown-focal-point: a name not in focal-points.json, with the nearest known one when there is one. */
export const checkFocalPoints = eachRow(({ event, focalPoints }) =>
  focalPoints
    .filter((f) => !f.known)
    .map((f) => {
      const nearest = nearestFocalPoint(f.typed);
      const message = nearest
        ? `"${f.typed}" is not a known focal point; did you mean "${nearest}"?`
        : `"${f.typed}" is not a known focal point; check the spelling, or ask for it to be added to the list.`;
      return makeIssue(event, "Focal Point", "unknown-focal-point", message, nearest);
    }),
);
