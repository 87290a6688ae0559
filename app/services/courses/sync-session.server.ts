import type { Actor, AppServices } from "~/context.ts";
import type { SessionInput } from "~/domain/courses/forms.ts";
import { DomainError } from "~/domain/errors.ts";
import { createSession } from "./create-session.server.ts";
import { syncedSession } from "./helpers/synced-session.server.ts";
import { updateSession } from "./update-session.server.ts";

/**
 * A provider's system puts a session of one of its courses, both by its own ids (ADR 029): the
 * session is changed (updateSession: capacity rules under the lock) or added (createSession).
 * Two first puts at once meet at a unique index (which one PostgreSQL reports first depends on the
 * index order: the provider's id or the course's one-session-per-start); when the session with the
 * provider's id exists by then, the loser updates it instead of answering 409.
 */
export async function syncSession(
  services: AppServices,
  actor: Actor,
  input: { providerId: string; courseExternalId: string; externalId: string; session: SessionInput },
) {
  const row = await syncedSession(services.db, input);
  if (!row.sessionId) {
    try {
      const made = await createSession(services, actor, { slug: row.slug, session: input.session, externalId: input.externalId });
      return { ...made, created: true };
    } catch (error) {
      if (!(error instanceof DomainError && error.kind === "conflict")) throw error;
      const winner = await syncedSession(services.db, input);
      if (!winner.sessionId) throw error;
      return update(services, actor, { slug: winner.slug, sessionId: winner.sessionId }, input.session);
    }
  }
  return update(services, actor, { slug: row.slug, sessionId: row.sessionId }, input.session);
}

async function update(services: AppServices, actor: Actor, current: { slug: string; sessionId: string }, session: SessionInput) {
  await updateSession(services, actor, { slug: current.slug, sessionId: current.sessionId, session });
  return { id: current.sessionId, slug: current.slug, created: false };
}
