// Acknowledged clashes stay in the report, marked, with who acknowledged them, when and why.
import type { Acknowledgement, Clash } from "../types";

function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** Marks each clash whose two event ids match an acknowledgement (in either order). */
export function applyAcknowledgements(clashes: Clash[], acknowledgements: readonly Acknowledgement[]): Clash[] {
  if (acknowledgements.length === 0) return clashes;
  const byPair = new Map<string, Acknowledgement>();
  for (const ack of acknowledgements) byPair.set(pairKey(ack.a, ack.b), ack);
  return clashes.map((c) => {
    if (c.a.id === null || c.b.id === null) return c;
    const ack = byPair.get(pairKey(c.a.id, c.b.id));
    return ack ? { ...c, acknowledged: true, acknowledgement: ack } : c;
  });
}
