import type { Actor, AppServices } from "~/context.ts";
import type { SessionInput } from "~/domain/courses/forms.ts";
import { createSession } from "./create-session.server.ts";
import { syncedSession } from "./helpers/synced-session.server.ts";
import { updateSession } from "./update-session.server.ts";

/**
 * A provider's system puts a session of one of its courses, both by its own ids (ADR 029): the
 * session is changed (updateSession: capacity rules under the lock) or added (createSession).
 */
export async function syncSession(
  services: AppServices,
  actor: Actor,
  input: { providerId: string; courseExternalId: string; externalId: string; session: SessionInput },
) {
  const row = await syncedSession(services.db, input);
  if (row.sessionId) {
    await updateSession(services, actor, { slug: row.slug, sessionId: row.sessionId, session: input.session });
    return { id: row.sessionId, slug: row.slug, created: false };
  }
  const made = await createSession(services, actor, { slug: row.slug, session: input.session, externalId: input.externalId });
  return { ...made, created: true };
}
