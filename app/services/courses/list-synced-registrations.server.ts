import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { syncedSession } from "./helpers/synced-session.server.ts";
import { listSessionRegistrations } from "./list-session-registrations.server.ts";

/** Everyone registered for a session, found by the provider's own ids (ADR 029); as the provider's page lists them. */
export async function listSyncedRegistrations(services: AppServices, actor: Actor, input: { providerId: string; courseExternalId: string; externalId: string }) {
  const row = await syncedSession(services.db, input);
  if (!row.sessionId) throw notFound("courses.error.sessionNotFound");
  return listSessionRegistrations(services, actor, { slug: row.slug, sessionId: row.sessionId });
}
