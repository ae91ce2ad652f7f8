/** Lowercase with accents removed (`Réunion` → `reunion`): how names are compared. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
