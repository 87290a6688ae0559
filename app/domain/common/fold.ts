/**
 * Folds a name for comparison: case, accents and punctuation do not count.
 * "'s-Hertogenbosch" → "s hertogenbosch", "Súdwest-Fryslân" → "sudwest fryslan",
 * "IJsselstein" → "ijsselstein". Used where people type names we must recognise.
 */
export function foldText(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
