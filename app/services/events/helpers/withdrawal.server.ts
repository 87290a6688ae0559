import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { assignmentRun, event, membership, organisation, user } from "~/db/schema/index.ts";
import { conflict, forbidden } from "~/domain/errors.ts";
import { withdrawalError } from "~/domain/events/event-rules.ts";
import { entryPhase } from "~/domain/events/entry.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { labelOf, translator, type Translate } from "~/i18n/index.ts";
import { coordinatesEvent, entersFor, rulesOf, type EventRow } from "./event-access.server.ts";

/**
 * Who may withdraw a slot or a group now, checked inside the transaction with
 * the event row locked: a run starting or a publish cannot interleave. A run
 * in progress would write assignments for what is being withdrawn, so that
 * waits until the run is finished.
 */
export async function checkWithdrawal(
  services: AppServices,
  tx: Db,
  actor: Actor,
  row: EventRow,
  who: "host" | "school",
  organisationId: string,
): Promise<{ byCoordinator: boolean; event: EventRow }> {
  if (!actor) throw forbidden();
  const byCoordinator = await coordinatesEvent(tx, actor, row);
  if (!byCoordinator && !(await entersFor(tx, actor, organisationId))) throw forbidden();
  const [current] = await tx.select().from(event).where(eq(event.id, row.id)).for("update");
  if (!current) throw conflict("error.notFound.body");
  const entryOpen = entryPhase(rulesOf(current), who, amsterdamToday(services.clock.now())) === "open";
  const error = withdrawalError({ byCoordinator, entryOpen, status: current.status });
  if (error) throw conflict(error);
  const active = await tx
    .select({ id: assignmentRun.id })
    .from(assignmentRun)
    .where(and(eq(assignmentRun.eventId, row.id), inArray(assignmentRun.status, ["queued", "running"])))
    .limit(1);
  if (active.length) throw conflict("events.error.runInProgress");
  return { byCoordinator, event: current };
}

/** Who hears about an organisation's schedule: its members, or its role address if it has none. */
export async function organisationRecipients(tx: Db, organisationId: string) {
  const members = await tx
    .select({ email: user.email, name: user.name, locale: user.locale })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(eq(membership.organisationId, organisationId));
  if (members.length) return members;
  const [org] = await tx.select({ email: organisation.email, name: organisation.name }).from(organisation).where(eq(organisation.id, organisationId));
  // An organisation's own address has no account, so no language of its own: Dutch.
  return org?.email ? [{ email: org.email, name: org.name, locale: "nl" }] : [];
}

/** A window as a mail names it, its label in the reader's language where it is one of the vocabulary's. */
export function windowText(row: EventRow, key: string, t: Translate = translator("nl")): string {
  const w = row.windows.find((x) => x.key === key);
  return w ? `${labelOf(t, `events.window.${w.label.toLowerCase()}`, w.label)} ${w.date} (${w.start}–${w.end})` : key;
}
