import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer, organisation } from "~/db/schema/index.ts";
import { actingOrganisations, OFFERING_KINDS } from "./helpers/acting-organisations.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { isSlug } from "../../domain/common/slug.ts";
import { loadTopics } from "./helpers/topics.server.ts";
import { listPublishedOffers, PUBLISHED_OFFERS_MAX } from "./list-published-offers.server.ts";

/**
 * The organisation a request is addressed to (`/vragen/nieuw?organisatie=<slug>`, from its widget
 * or its page): the teacher picks one of its published offers and the request goes to it directly,
 * as a request from the offer's own page does (ADR 030, amendment).
 */
export type Addressee = { slug: string; name: string; offers: { id: string; title: string; kind: string }[] };

/** Why the form is the general one after all, said above it: the address named no organisation that can be asked. */
export type AddresseeNotice = { key: "requestForm.addressee.unknown" } | { key: "requestForm.addressee.notOffering" | "requestForm.addressee.noOffers"; name: string };

async function addresseeOf(services: AppServices, actor: Actor, slug: string): Promise<{ addressee: Addressee | null; notice: AddresseeNotice | null }> {
  // Anything but a slug names nothing, and need not reach the database.
  const [org] = isSlug(slug)
    ? await services.db.select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind }).from(organisation).where(eq(organisation.slug, slug)).limit(1)
    : [];
  if (!org) return { addressee: null, notice: { key: "requestForm.addressee.unknown" } };
  // Schools, public bodies and funds offer no guest lessons: there is nobody there to ask.
  if (!(OFFERING_KINDS as readonly string[]).includes(org.kind)) return { addressee: null, notice: { key: "requestForm.addressee.notOffering", name: org.name } };
  const offers = await listPublishedOffers(services, actor, { organisationId: org.id, limit: PUBLISHED_OFFERS_MAX });
  if (offers.length === 0) return { addressee: null, notice: { key: "requestForm.addressee.noOffers", name: org.name } };
  return { addressee: { slug: org.slug, name: org.name, offers: offers.map((o) => ({ id: o.id, title: o.title, kind: o.kind })) }, notice: null };
}

/**
 * What the request form needs: the user's schools, the topics, the offer asked for directly (if
 * any and published), or else the organisation the request is addressed to (if it can be asked).
 */
export async function getRequestForm(services: AppServices, actor: Actor, input: { directOfferId: string | null; organisationSlug?: string | null }) {
  const { directOfferId } = input;
  const [schools, topics] = await Promise.all([actingOrganisations(services.db, actor, ["school"]), loadTopics(services.db)]);
  let direct: { id: string; title: string; kind: string; topics: string[]; levels: string[]; locations: string[]; groupSizeMin: number; groupSizeMax: number; organisationName: string } | null = null;
  // Anything but a uuid is no offer at all (and must not reach PostgreSQL's uuid parser).
  if (directOfferId && isUuid(directOfferId)) {
    const [row] = await services.db
      .select({
        id: offer.id,
        title: offer.title,
        kind: offer.kind,
        topics: offer.topics,
        levels: offer.levels,
        locations: offer.locations,
        // The offer's limits, said before the teacher asks (a workshop for 6–16 is no lesson for 24).
        groupSizeMin: offer.groupSizeMin,
        groupSizeMax: offer.groupSizeMax,
        status: offer.status,
        hiddenAt: offer.hiddenAt,
        organisationName: organisation.name,
      })
      .from(offer)
      .innerJoin(organisation, eq(organisation.id, offer.organisationId))
      .where(eq(offer.id, directOfferId))
      .limit(1);
    if (row && row.status === "published" && !row.hiddenAt) direct = row;
  }
  // One offer asked for wins over its organisation: it is the narrower choice.
  const { addressee, notice } = !direct && input.organisationSlug ? await addresseeOf(services, actor, input.organisationSlug) : { addressee: null, notice: null };
  return { schools, topics, direct, addressee, notice };
}
