import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { buildSchedule } from "./helpers/build-schedule.server.ts";
import { coordinatesEvent, findEvent } from "./helpers/event-access.server.ts";

/**
 * A school's or host's schedule. Members of the organisation see it once the
 * event is published; the coordinator sees it any time (to check before publishing).
 */
export async function getSchedule(services: AppServices, actor: Actor, { slug, orgSlug }: { slug: string; orgSlug: string }) {
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, actor, slug);
  const [org] = await services.db
    .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind })
    .from(organisation)
    .where(eq(organisation.slug, orgSlug));
  if (!org) throw notFound();
  const coordinator = await coordinatesEvent(services.db, actor, row);
  if (!coordinator) {
    if (!(await can(services.db, actor, "event.view_schedule", { organisationId: org.id }))) throw forbidden();
    if (row.status !== "published" && row.status !== "done") throw notFound("events.schedule.notPublished");
  }
  const schedule = await buildSchedule(services.db, row, org);
  return { ...schedule, published: row.status === "published" || row.status === "done", isHost: org.kind !== "school" };
}
