import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { event, eventGroup, eventSlot } from "~/db/schema/index.ts";
import { conflict, invalid } from "~/domain/errors.ts";
import { assignWindowKeys, eventDraftErrors, normaliseEventDraft, removedWindowKeys, type EventDraft } from "~/domain/events/event-rules.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";

/**
 * The coordinator changes an event's details. The slug stays (links in mails
 * keep working). A window that slots or groups already use may not be
 * removed: they would silently lose their time. The check and the write
 * happen under a lock on the event row, so an entry cannot slip in
 * between (entries read the windows from the same row).
 */
export async function updateEvent(services: AppServices, actor: Actor, { slug, ...input }: EventDraft & { slug: string }) {
  const row = await requireEventCoordinator(services.db, actor, slug);
  const draft = normaliseEventDraft(input);
  const errors = Object.entries(eventDraftErrors(draft));
  if (errors.length) throw invalid(errors[0]![1], errors[0]![0]);
  return services.db.transaction(async (tx) => {
    const [current] = await tx.select().from(event).where(eq(event.id, row.id)).for("update");
    if (!current) throw conflict("error.notFound.body");
    if (current.status === "done") throw conflict("events.manage.error.eventDone");
    const known = new Set(current.windows.map((w) => w.key));
    // Only keys the event already had are kept; anything else posted is a new window.
    const posted = draft.windows.map((w) => ({ ...w, key: known.has(w.key) ? w.key : "" }));
    const windows = assignWindowKeys(posted, !!draft.endsOn && draft.endsOn !== draft.startsOn);
    const removed = removedWindowKeys(current.windows, windows);
    if (removed.length) {
      const slotsUsing = await tx
        .select({ window: eventSlot.window })
        .from(eventSlot)
        .where(and(eq(eventSlot.eventId, row.id), inArray(eventSlot.window, removed)))
        .limit(1);
      const groupsUsing = await tx
        .select({ id: eventGroup.id })
        .from(eventGroup)
        .where(and(eq(eventGroup.eventId, row.id), sql`${eventGroup.windows} && ${sql.param(removed)}::text[]`))
        .limit(1);
      if (slotsUsing.length || groupsUsing.length) {
        // The windows are named in params; the form's refusal keeps only the key (routeAction), so the text does not need them.
        const names = current.windows.filter((w) => removed.includes(w.key)).map((w) => w.label);
        throw conflict("events.manage.error.windowInUse", "windows", { names: names.join(", ") });
      }
    }
    await tx
      .update(event)
      .set({
        name: draft.name,
        kind: draft.kind,
        description: draft.description,
        startsOn: draft.startsOn,
        endsOn: draft.endsOn,
        windows,
        hostRegistrationOpensOn: draft.hostRegistrationOpensOn,
        hostRegistrationClosesOn: draft.hostRegistrationClosesOn,
        schoolRegistrationOpensOn: draft.schoolRegistrationOpensOn,
        schoolRegistrationClosesOn: draft.schoolRegistrationClosesOn,
        targetLevels: draft.targetLevels,
        girlsOnly: draft.girlsOnly,
        minGroupSize: draft.minGroupSize,
        defaultMaxKm: draft.defaultMaxKm,
      })
      .where(eq(event.id, row.id));
    return { slug: current.slug };
  });
}
