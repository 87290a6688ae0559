import { invalid } from "../errors.ts";

/** The platform roles an administrator can give (user.role). */
export const PLATFORM_ROLES = ["user", "admin"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/**
 * An administrator does not block themselves or take away their own role: the platform could be
 * left without anyone to undo it.
 */
export function checkNotSelf(actorId: string, personId: string, field: string) {
  if (actorId === personId) throw invalid("admin.people.notSelf", field);
}

/** Two things can be merged when they are different and the one kept is still in use. */
export function checkMerge(from: { id: string }, into: { id: string; archived: boolean } | null, field: string) {
  if (!into) throw invalid("admin.merge.targetUnknown", field);
  if (into.id === from.id) throw invalid("admin.merge.same", field);
  if (into.archived) throw invalid("admin.merge.targetArchived", field);
}

/** Moderation covers these kinds of content; each has a `hidden_at`. */
export const MODERATED_KINDS = ["article", "offer", "tip"] as const;
export type ModeratedKind = (typeof MODERATED_KINDS)[number];
