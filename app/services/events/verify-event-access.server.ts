import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { findEvent, HOST_KINDS, organisationsOf, requireEventCoordinator } from "./helpers/event-access.server.ts";

/** What an events form acts on; the actor must be allowed to use it before the form is read. */
export type EventAccess =
  /** Editing, assigning, publishing: the event's coordinator. */
  | { slug: string; as: "coordinator" }
  /** Entering slots (a host's people) or groups (a school's people). */
  | { slug: string; as: "host" | "school" }
  /** Recording attendance on /aanwezigheid/:orgSlug: members of that host organisation. */
  | { slug: string; as: "attendance"; orgSlug: string };

/**
 * Checks, before a route reads its form, that the actor may use it, so that
 * someone without the right hears 403 (or 404 for an unknown event or
 * organisation) rather than a field error.
 */
export async function verifyEventAccess(services: AppServices, actor: Actor, input: EventAccess): Promise<void> {
  if (input.as === "coordinator") {
    await requireEventCoordinator(services.db, actor, input.slug);
    return;
  }
  if (input.as === "attendance") {
    if (!actor) throw forbidden();
    await findEvent(services.db, actor, input.slug);
    const [org] = await services.db.select({ id: organisation.id, kind: organisation.kind }).from(organisation).where(eq(organisation.slug, input.orgSlug)).limit(1);
    if (!org) throw notFound();
    if (!HOST_KINDS.includes(org.kind as "company") || !(await can(services.db, actor, "event.record_attendance", { organisationId: org.id }))) throw forbidden();
    return;
  }
  await findEvent(services.db, actor, input.slug);
  if ((await organisationsOf(services.db, actor, input.as)).length === 0) throw forbidden();
}
