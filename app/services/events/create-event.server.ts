import type { Actor, AppServices } from "~/context.ts";
import { event } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { assignWindowKeys, eventDraftErrors, normaliseEventDraft, type EventDraft } from "~/domain/events/event-rules.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import { choosableNetworks, requireChoosable } from "~/services/common/network-choice.server.ts";

/** Addresses under /evenementen/ that are pages, not events. */
const RESERVED = new Set(["nieuw"]);

/**
 * A coordinator sets up an event for one of their networks. It starts as a
 * draft, visible only to coordinators until the entry periods are opened. The slug
 * comes from the name; which one is free is decided by the unique constraint.
 */
export async function createEvent(services: AppServices, actor: Actor, input: EventDraft & { networkId: string }) {
  await requireChoosable(services.db, await choosableNetworks(services.db, actor, "event.manage"), input.networkId);
  const draft = normaliseEventDraft(input);
  const errors = Object.entries(eventDraftErrors(draft));
  if (errors.length) throw invalid(errors[0]![1], errors[0]![0]);
  const base = slugify(draft.name);
  for (let attempt = 1; attempt < 50; attempt++) {
    const slug = slugCandidate(base, attempt);
    if (RESERVED.has(slug)) continue;
    try {
      const [created] = await services.db
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
        .returning({ slug: event.slug });
      return { slug: created!.slug };
    } catch (error) {
      if (isUniqueViolation(error, "event_slug_unique")) continue;
      throw error;
    }
  }
  throw invalid("events.manage.error.nameTaken", "name");
}
