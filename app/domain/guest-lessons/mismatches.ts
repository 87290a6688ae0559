/**
 * What does NOT fit between an offer and a class, said beside a suggestion and on the offer when
 * requesting it: matching lowers the score of a group that is too large but does not hide the
 * offer, so the teacher must read why ("voor 6–16 leerlingen per groep; uw groep is 24").
 */
export type Mismatch =
  | { kind: "groupTooLarge"; perGroup: number; max: number }
  | { kind: "groupTooSmall"; perGroup: number; min: number }
  | { kind: "level"; level: string; levels: string[] };

export type OfferLimits = { levels: readonly string[]; groupSizeMin: number; groupSizeMax: number };
export type ClassOfRequest = { level: string; pupils: number | null; groups: number | null };

/** Pupils per group: the class split over its groups, rounded up (the largest group counts). */
export function pupilsPerGroup(c: Pick<ClassOfRequest, "pupils" | "groups">): number | null {
  if (!c.pupils) return null;
  return Math.ceil(c.pupils / Math.max(1, c.groups ?? 1));
}

export function mismatches(offer: OfferLimits, request: ClassOfRequest): Mismatch[] {
  const found: Mismatch[] = [];
  if (offer.levels.length > 0 && !offer.levels.includes(request.level)) found.push({ kind: "level", level: request.level, levels: [...offer.levels] });
  const perGroup = pupilsPerGroup(request);
  if (perGroup !== null && perGroup > offer.groupSizeMax) found.push({ kind: "groupTooLarge", perGroup, max: offer.groupSizeMax });
  if (perGroup !== null && perGroup < offer.groupSizeMin) found.push({ kind: "groupTooSmall", perGroup, min: offer.groupSizeMin });
  return found;
}
