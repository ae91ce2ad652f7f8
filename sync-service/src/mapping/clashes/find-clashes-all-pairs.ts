// The all-pairs reference for `findClashes`: looks at every pair, O(n²). It is what the
// sweep must agree with (tests) and what the sweep is measured against (bench). Not for use
// on real mappings beyond a few thousand rows.
import type { Clash, MappingEvent } from "../types";
import { finishFindings, type ClashFindings, type FindClashesOptions } from "./find-clashes";
import { judgeOverlap, judgeSqueeze } from "./judge-pair";
import { splitForPairing } from "./pairable-event";
import { ReasonWriter } from "./reasons";

export function findClashesAllPairs(events: MappingEvent[], opts: FindClashesOptions = {}): ClashFindings {
  const { byStart, undated } = splitForPairing(events);
  const reasons = new ReasonWriter();
  const clashes: Clash[] = [];
  for (let i = 0; i < byStart.length; i++) {
    for (let j = i + 1; j < byStart.length; j++) {
      const clash = judgeOverlap(byStart[i], byStart[j], reasons) ?? judgeSqueeze(byStart[i], byStart[j], reasons);
      if (clash) clashes.push(clash);
    }
  }
  return finishFindings(clashes, undated, opts);
}
