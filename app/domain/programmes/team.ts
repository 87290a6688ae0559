/**
 * A development team has exactly one lead ("trekker") as soon as it has
 * anyone in it. The first seat becomes the lead; the lead moves in one step
 * (the old lead is cleared before the new one is set, so the one-lead index
 * holds at every moment); the lead cannot leave while others remain.
 */
export type Seat = { id: string; isLead: boolean };

/** A new seat is the lead when the team has none yet. */
export function newSeatIsLead(team: readonly Seat[]): boolean {
  return !team.some((s) => s.isLead);
}

/**
 * What making `seatId` the lead changes: the seats to clear first, then the
 * seat to set. Null when the seat is not in this team; nothing to do when it
 * already leads.
 */
export function leadMove(team: readonly Seat[], seatId: string): { clear: string[]; set: string | null } | null {
  const seat = team.find((s) => s.id === seatId);
  if (!seat) return null;
  if (seat.isLead) return { clear: [], set: null };
  return { clear: team.filter((s) => s.isLead).map((s) => s.id), set: seatId };
}

/** Why a seat may not be removed (a message key), or null when it may. */
export function seatRemovalError(team: readonly Seat[], seatId: string): string | null {
  const seat = team.find((s) => s.id === seatId);
  if (seat?.isLead && team.length > 1) return "programmes.team.removeLeadFirst";
  return null;
}
