import type { Actor, AppServices } from "~/context.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requestPasswordReset } from "~/services/account/request-password-reset.server.ts";
import { lockPerson } from "./helpers/people.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/**
 * Sends a person the same password-reset mail they could ask for themselves (account's
 * requestPasswordReset); the link in it sets a new password and ends their sessions. The decision
 * is logged first, in its own transaction, since the mail goes out through better-auth.
 */
export async function resetSignIn(services: AppServices, actor: Actor, input: { userId: string; headers: Headers }) {
  const admin = await requireAdmin(services.db, actor);
  const person = await services.db.transaction(async (tx) => {
    const row = await lockPerson(tx, input.userId);
    await recordAudit(tx, admin, "person.reset_sign_in", { type: "person", id: row.id, label: row.email }, null, { resetMailTo: row.email });
    return row;
  });
  const sent = await requestPasswordReset(services, admin, { email: person.email, headers: input.headers });
  if (!sent.ok) throw conflict("admin.people.resetLimited");
  return { name: person.name };
}
