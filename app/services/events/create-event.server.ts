import type { Actor, AppServices } from "~/context.ts";
import { event } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { assignWindowKeys, eventDraftErrors, normaliseEventDraft, type EventDraft } from "~/domain/events/event-rules.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { choosableNetworks, requireChoosable } from "~/services/common/network-choice.server.ts";

/** Addresses under /evenementen/ that are pages, not events. */
const RESERVED = new Set(["nieuw"]);

/**
 * A coordinator sets up an event for one of their networks. It starts as a
 * draft, visible only to coordinators until the entry periods are opened. The network is checked
 * in the insert's transaction, its row share-locked, so an event is never made for a network
 * archived or merged a moment earlier. The slug comes from the name; which one is free is decided
 * by the unique constraint.
 */
export async function createEvent(services: AppServices, actor: Actor, input: EventDraft & { networkId: string }) {
  const choosable = await choosableNetworks(services.db, actor, "event.manage");
  return services.db.transaction(async (tx) => {
    await requireChoosable(tx, choosable, input.networkId);
    const draft = normaliseEventDraft(input);
    const errors = Object.entries(eventDraftErrors(draft));
    if (errors.length) throw invalid(errors[0]![1], errors[0]![0]);
    const base = slugify(draft.name);
    for (let attempt = 1; attempt < 50; attempt++) {
      const slug = slugCandidate(base, attempt);
      if (RESERVED.has(slug)) continue;
      // A taken slug is skipped, not raised: an error would end the transaction.
      const [created] = await tx
        .insert(event)
        .values({
          slug,
          networkId: input.networkId,
          name: draft.name,
          kind: draft.kind,
          description: draft.description,
          startsOn: draft.startsOn,
          endsOn: draft.endsOn,
          windows: assignWindowKeys(draft.windows, !!draft.endsOn && draft.endsOn !== draft.startsOn),
          hostRegistrationOpensOn: draft.hostRegistrationOpensOn,
          hostRegistrationClosesOn: draft.hostRegistrationClosesOn,
          schoolRegistrationOpensOn: draft.schoolRegistrationOpensOn,
          schoolRegistrationClosesOn: draft.schoolRegistrationClosesOn,
          targetLevels: draft.targetLevels,
          girlsOnly: draft.girlsOnly,
          minGroupSize: draft.minGroupSize,
          defaultMaxKm: draft.defaultMaxKm,
          status: "draft",
          createdAt: services.clock.now(),
        })
        .onConflictDoNothing({ target: event.slug })
        .returning({ slug: event.slug });
      if (created) return { slug: created.slug };
    }
    throw invalid("events.manage.error.nameTaken", "name");
  });
}
