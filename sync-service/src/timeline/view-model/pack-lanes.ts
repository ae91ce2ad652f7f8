// Lanes: bars that do not overlap share a row, so a year of events fits on one screen.
// A block is one bar, or a parent with its side events, which must sit in consecutive
// lanes so that each side event is drawn directly under its parent.

export interface LaneBlock {
  /** First and last day index the block occupies (inclusive), label room included. */
  from: number;
  to: number;
  /** Lanes the block needs: 1 + its side events. */
  height: number;
}

/** Greedy first fit in order of start: returns the first lane of each block, and the lane count. */
export function packLanes(blocks: LaneBlock[]): { lanes: number[]; laneCount: number } {
  const laneEnds: number[] = []; // last occupied day index per lane
  const lanes = new Array<number>(blocks.length);
  const order = blocks.map((_, i) => i).sort((a, b) => blocks[a].from - blocks[b].from || blocks[b].to - blocks[a].to);
  for (const i of order) {
    const block = blocks[i];
    let lane = 0;
    while (!fits(laneEnds, lane, block)) lane += 1;
    for (let k = lane; k < lane + block.height; k += 1) laneEnds[k] = block.to;
    lanes[i] = lane;
  }
  return { lanes, laneCount: laneEnds.length };
}

function fits(laneEnds: number[], lane: number, block: LaneBlock): boolean {
  for (let k = lane; k < lane + block.height; k += 1) {
    const end = laneEnds[k];
    if (end !== undefined && end >= block.from) return false;
  }
  return true;
}
