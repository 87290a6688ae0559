import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { cancelSession } from "./cancel-session.server.ts";
import { syncedSession } from "./helpers/synced-session.server.ts";

/** A provider's system cancels a session by its own ids (ADR 029): as cancelSession, participants told. */
export async function cancelSyncedSession(services: AppServices, actor: Actor, input: { providerId: string; courseExternalId: string; externalId: string }) {
  const row = await syncedSession(services.db, input);
  if (!row.sessionId) throw notFound("courses.error.sessionNotFound");
  return cancelSession(services, actor, { slug: row.slug, sessionId: row.sessionId });
}
