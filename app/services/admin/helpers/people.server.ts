import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { accountBlock, user } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";

/** A person as the audit log keeps them: who they are, their role and whether they are blocked. */
export async function lockPerson(tx: Db, userId: string) {
  const [row] = await tx
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale })
    .from(user)
    .where(eq(user.id, userId))
    .for("update");
  if (!row) throw notFound("admin.people.notFound");
  const [block] = await tx.select({ blockedAt: accountBlock.blockedAt, reason: accountBlock.reason }).from(accountBlock).where(eq(accountBlock.userId, userId));
  return { ...row, blocked: block ?? null };
}
