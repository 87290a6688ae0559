import type { MemberRole } from "./vocabulary.ts";

/**
 * An organisation must keep at least one admin, or nobody can manage it any
 * more. The check runs on the membership rows as locked inside the
 * transaction that changes them (services/organisations), so two admins
 * demoting each other at once cannot both pass it.
 */
export type MemberRow = { userId: string; role: MemberRole };
export type MemberChange = { userId: string; role: MemberRole | null }; // null: removed

export function adminsAfter(members: readonly MemberRow[], change: MemberChange): number {
  return members.filter((m) => (m.userId === change.userId ? change.role === "admin" : m.role === "admin")).length;
}

/** True when the change would leave an organisation that had an admin without one. */
export function wouldLeaveNoAdmin(members: readonly MemberRow[], change: MemberChange): boolean {
  const before = members.filter((m) => m.role === "admin").length;
  return before > 0 && adminsAfter(members, change) === 0;
}
