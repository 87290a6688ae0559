import { asc, count, desc, eq, ilike, or } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { accountBlock, user } from "~/db/schema/index.ts";
import { paging } from "~/domain/common/paging.ts";
import { likePattern } from "~/services/common/like.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

export const PEOPLE_PAGE_SIZE = 25;

/**
 * People for /beheer/personen, a page at a time: those found by name or e-mail address (by name), or,
 * before a search, the newest accounts first, so the page is of use the moment it opens (the
 * person an administrator is asked about has usually just signed up).
 */
export async function listPeople(services: Pick<AppServices, "db">, actor: Actor, input: { q: string; page?: number }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const found = input.q ? or(ilike(user.name, likePattern(input.q)), ilike(user.email, likePattern(input.q))) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(user).where(found);
  const page = paging(input.page ?? 1, total, PEOPLE_PAGE_SIZE);
  const people = await db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, emailVerified: user.emailVerified, createdAt: user.createdAt, blockedAt: accountBlock.blockedAt, blockReason: accountBlock.reason })
    .from(user)
    .leftJoin(accountBlock, eq(accountBlock.userId, user.id))
    .where(found)
    .orderBy(...(input.q ? [asc(user.name), asc(user.email)] : [desc(user.createdAt)]), asc(user.id))
    .limit(PEOPLE_PAGE_SIZE)
    .offset(page.offset);
  return { ...page, people };
}
