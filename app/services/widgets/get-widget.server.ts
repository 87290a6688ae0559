import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { parseCourseFilters } from "~/domain/courses/search-query.ts";
import { KINDS_OF, type WidgetKind, type WidgetOwner } from "~/domain/widgets/widget.ts";
import { searchCourses } from "~/services/courses/search-courses.server.ts";
import { listPublishedOffers } from "~/services/guest-lessons/list-published-offers.server.ts";
import { getNetworkCalendar } from "~/services/networks/get-network-calendar.server.ts";
import { listNews } from "~/services/news/list-news.server.ts";
import { resolveOwner } from "./helpers/owner.server.ts";

/** One line of a widget: its title links to the item's page on Technohub. */
export type WidgetItem = {
  title: string;
  href: string;
  /** A whole day (an event) or a moment (a course session, an article's publication). */
  when: { day: string } | { at: Date } | null;
  /** A message key naming the item's kind (an offer's), or null. */
  kindKey: string | null;
  where: string | null;
  who: string | null;
};

export type Widget = {
  owner: { type: WidgetOwner["type"]; slug: string; name: string };
  kind: WidgetKind;
  items: WidgetItem[];
  /** The whole list, or the page to act on, on Technohub. */
  moreHref: string;
};

/**
 * What a widget shows: the owner's items of one kind, as their own pages show them (each area's
 * use-case decides what is public: no drafts, nothing hidden or archived), the first `limit`.
 * The widget is the same for everyone: it is asked for without the visitor's session (ADR 030).
 */
export async function getWidget(services: AppServices, actor: Actor, input: { owner: WidgetOwner; kind: WidgetKind; limit: number }): Promise<Widget> {
  const owner = await resolveOwner(services.db, input.owner);
  if (!KINDS_OF[owner.type].includes(input.kind)) throw notFound("widgets.notFound");
  const network = owner.type === "network";
  const base = { owner: { type: owner.type, slug: owner.slug, name: owner.name }, kind: input.kind };
  const slug = encodeURIComponent(owner.slug);

  switch (input.kind) {
    case "offers": {
      const scope = network ? { networkId: owner.id } : { organisationId: owner.id };
      const offers = await listPublishedOffers(services, actor, { ...scope, limit: input.limit });
      return {
        ...base,
        items: offers.map((o) => ({ title: o.title, href: `/aanbod/${o.id}`, when: null, kindKey: `guestLessons.kind.${o.kind}`, where: o.place, who: network ? o.organisationName : null })),
        moreHref: network ? `/netwerken/${slug}` : `/organisaties/${slug}`,
      };
    }
    case "events": {
      const { entries } = await getNetworkCalendar(services, actor, { slug: owner.slug, pastDays: 0 });
      const events = entries.flatMap((e) => (e.kind === "event" ? [e] : [])).slice(0, input.limit);
      return {
        ...base,
        items: events.map((e) => ({ title: e.title, href: e.url, when: { day: e.startsOn }, kindKey: null, where: null, who: null })),
        moreHref: `/netwerken/${slug}/agenda`,
      };
    }
    case "courses": {
      const filters = parseCourseFilters(new URLSearchParams({ [network ? "netwerk" : "opleider"]: owner.slug }));
      const { items } = await searchCourses(services, actor, filters);
      return {
        ...base,
        items: items.slice(0, input.limit).map((c) => ({
          title: c.title,
          href: `/cursussen/${c.slug}`,
          when: c.nextStartsAt ? { at: c.nextStartsAt } : null,
          kindKey: null,
          where: c.nextPlace,
          who: network ? c.providerName : null,
        })),
        moreHref: `/cursussen?${network ? "netwerk" : "opleider"}=${slug}`,
      };
    }
    case "news": {
      const { articles } = await listNews(services, actor, { networkSlug: owner.slug });
      return {
        ...base,
        items: articles.slice(0, input.limit).map((a) => ({ title: a.title, href: `/nieuws/${a.slug}`, when: a.publishedAt ? { at: a.publishedAt } : null, kindKey: null, where: null, who: null })),
        moreHref: `/nieuws?netwerk=${slug}`,
      };
    }
    case "request":
      // An organisation's button asks that organisation (the form checks it can be asked, ADR 030's
      // amendment); a network's is the open request, whose network follows from the school.
      return { ...base, items: [], moreHref: network ? "/vragen/nieuw" : `/vragen/nieuw?organisatie=${slug}` };
  }
}
