import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun } from "~/db/schema/index.ts";
import { conflict } from "~/domain/errors.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";
import { publicationRecipients } from "./helpers/publication-recipients.server.ts";

export type PublicationAudience = {
  /** Schools and hosts that get their schedule by mail. */
  schools: number;
  hosts: number;
  /** Mails in all: one per member (or the role address). */
  mails: number;
  /** Organisations taking part that have neither members nor an address: nobody hears. */
  unreachable: number;
};

/**
 * What publishing would send, for the confirmation step before it: how many schools and hosts
 * are mailed and how many mails that is. The same checks as publishing come first, so a step is
 * never offered for a publication that would be refused.
 */
export async function getPublicationAudience(services: AppServices, actor: Actor, { slug }: { slug: string }): Promise<PublicationAudience> {
  const row = await requireEventCoordinator(services.db, actor, slug);
  if (row.status === "published" || row.status === "done") throw conflict("events.error.alreadyPublished");
  if (row.status !== "assigning") throw conflict("events.error.notAssigned");
  const active = await services.db
    .select({ id: assignmentRun.id })
    .from(assignmentRun)
    .where(and(eq(assignmentRun.eventId, row.id), inArray(assignmentRun.status, ["queued", "running"])))
    .limit(1);
  if (active.length) throw conflict("events.error.runInProgress");
  const all = await publicationRecipients(services.db, row.id);
  const reached = all.filter((o) => o.recipients.length > 0);
  return {
    schools: reached.filter((o) => !o.isHost).length,
    hosts: reached.filter((o) => o.isHost).length,
    mails: reached.reduce((n, o) => n + o.recipients.length, 0),
    unreachable: all.length - reached.length,
  };
}
