import { asc, eq, ilike, or } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { accountBlock, user } from "~/db/schema/index.ts";
import { likePattern } from "~/services/common/like.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

export const PEOPLE_LIMIT = 50;

/** Finds people by name or e-mail address for /beheer/personen; nothing is listed before a search. */
export async function listPeople(services: Pick<AppServices, "db">, actor: Actor, input: { q: string }) {
  const { db } = services;
  await requireAdmin(db, actor);
  if (!input.q) return { people: [], more: false };
  const rows = await db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, emailVerified: user.emailVerified, blockedAt: accountBlock.blockedAt, blockReason: accountBlock.reason })
    .from(user)
    .leftJoin(accountBlock, eq(accountBlock.userId, user.id))
    .where(or(ilike(user.name, likePattern(input.q)), ilike(user.email, likePattern(input.q))))
    .orderBy(asc(user.name), asc(user.email))
    .limit(PEOPLE_LIMIT + 1);
  return { people: rows.slice(0, PEOPLE_LIMIT), more: rows.length > PEOPLE_LIMIT };
}
