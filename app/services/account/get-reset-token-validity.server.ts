import { and, eq, gt } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { verification } from "~/db/schema/index.ts";
import { resetIdentifier } from "./helpers/reset-identifier.server.ts";

/** Whether a reset link can still be used, so the page can say so before the person types a new password. */
export async function getResetTokenValidity(services: Pick<AppServices, "db">, _actor: Actor, input: { token: string }): Promise<boolean> {
  const rows = await services.db
    .select({ id: verification.id })
    .from(verification)
    // better-auth judges expiry by the real time, so this check does too (not services.clock).
    .where(and(eq(verification.identifier, resetIdentifier(input.token)), gt(verification.expiresAt, new Date())))
    .limit(1);
  return rows.length > 0;
}
