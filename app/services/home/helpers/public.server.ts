import { type AnyColumn, and, asc, between, count, desc, eq, exists, gt, gte, inArray, isNotNull, isNull, lte, or, type SQL } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { article, course, courseSession, event, eventSlot, network, networkLocation, offer, organisation } from "~/db/schema/index.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { boundingBox, distanceKm, type LatLon } from "~/domain/common/distance.ts";
import { activeNetwork, MAP_LOCATIONS, onTheMap } from "~/services/common/networks.server.ts";

/** "A handful": how many of each kind the home page shows. */
export const UPCOMING_PER_KIND = 5;
export const LATEST_NEWS = 4;
/** "Near" a place: within this distance of it. */
export const NEAR_KM = 30;

/**
 * Candidates read before the exact distance check. The query already keeps to the rectangle
 * around the place, so nearly all of them pass; at national size a list read without that
 * rectangle held nothing near Groningen among the country's 200 soonest.
 */
const CANDIDATES = 50;

/** Inside the rectangle around the place (or anywhere, without a place): a range an index can answer. */
function inBox(origin: LatLon | null, lat: AnyColumn, lon: AnyColumn): SQL | undefined {
  if (!origin) return undefined;
  const box = boundingBox(origin, NEAR_KM);
  return and(between(lat, box.minLat, box.maxLat), between(lon, box.minLon, box.maxLon));
}

const near = (origin: LatLon | null, point: { lat: number | null; lon: number | null }) =>
  origin === null || (point.lat !== null && point.lon !== null && distanceKm(origin, { lat: point.lat, lon: point.lon }) <= NEAR_KM);

/** What is coming up, soonest first: events, course sessions with room, open guest-lesson offers; near a place when one is given. */
export async function upcoming(services: Pick<AppServices, "db" | "clock">, origin: LatLon | null) {
  const { db } = services;
  const now = services.clock.now();
  const today = amsterdamToday(now);
  const [events, sessions, offers] = await Promise.all([
    db
      .select({ id: event.id, slug: event.slug, name: event.name, startsOn: event.startsOn, endsOn: event.endsOn, networkId: event.networkId, networkName: network.name })
      .from(event)
      .leftJoin(network, eq(network.id, event.networkId))
      .where(
        and(
          inArray(event.status, ["open", "assigning", "published"]),
          or(gte(event.startsOn, today), gte(event.endsOn, today)),
          // As /evenementen: an archived network's events are not coming up (the left join leaves
          // archived_at null for a platform event, so those stay).
          activeNetwork(),
          // An event is near when one of its hosts or one of its network's locations is.
          origin
            ? or(
                exists(db.select({ one: eventSlot.id }).from(eventSlot).where(and(eq(eventSlot.eventId, event.id), inBox(origin, eventSlot.lat, eventSlot.lon)))),
                exists(
                  db
                    .select({ one: networkLocation.id })
                    .from(networkLocation)
                    .where(and(eq(networkLocation.networkId, event.networkId), inBox(origin, networkLocation.lat, networkLocation.lon))),
                ),
              )
            : undefined,
        ),
      )
      .orderBy(asc(event.startsOn))
      .limit(CANDIDATES),
    db
      .select({
        id: courseSession.id,
        slug: course.slug,
        title: course.title,
        startsAt: courseSession.startsAt,
        place: courseSession.place,
        lat: courseSession.lat,
        lon: courseSession.lon,
        providerName: organisation.name,
      })
      .from(courseSession)
      .innerJoin(course, eq(course.id, courseSession.courseId))
      .innerJoin(organisation, eq(organisation.id, course.providerId))
      .where(
        and(
          eq(course.status, "published"),
          eq(courseSession.status, "scheduled"),
          gt(courseSession.startsAt, now),
          gt(courseSession.registrationDeadline, now),
          inBox(origin, courseSession.lat, courseSession.lon),
        ),
      )
      .orderBy(asc(courseSession.startsAt))
      .limit(CANDIDATES),
    db
      .select({ id: offer.id, title: offer.title, kind: offer.kind, place: offer.place, lat: offer.lat, lon: offer.lon, organisationName: organisation.name })
      .from(offer)
      .innerJoin(organisation, eq(organisation.id, offer.organisationId))
      // Hidden by moderation is not public; the same condition as offer_public_idx, so the newest are read from it.
      .where(and(eq(offer.status, "published"), isNull(offer.hiddenAt), inBox(origin, offer.lat, offer.lon)))
      .orderBy(desc(offer.publishedAt), asc(offer.title))
      .limit(CANDIDATES),
  ]);
  let nearEvents = events;
  if (origin && events.length) {
    // The rectangle let in the corners; the exact distance decides.
    const ids = events.map((e) => e.id);
    const networkIds = events.map((e) => e.networkId).filter((id): id is string => id !== null);
    const [slots, locations] = await Promise.all([
      db.select({ eventId: eventSlot.eventId, lat: eventSlot.lat, lon: eventSlot.lon }).from(eventSlot).where(inArray(eventSlot.eventId, ids)),
      networkIds.length
        ? db
            .select({ networkId: networkLocation.networkId, lat: networkLocation.lat, lon: networkLocation.lon })
            .from(networkLocation)
            .where(and(inArray(networkLocation.networkId, networkIds), isNotNull(networkLocation.lat)))
        : Promise.resolve([]),
    ]);
    nearEvents = events.filter((e) => slots.some((s) => s.eventId === e.id && near(origin, s)) || locations.some((l) => l.networkId === e.networkId && near(origin, l)));
  }
  return {
    events: nearEvents.slice(0, UPCOMING_PER_KIND).map(({ networkId: _, ...e }) => e),
    // One line per course (its next session near by): two lines with the same title read as a mistake.
    sessions: sessions.filter((s) => near(origin, s)).filter((s, i, all) => all.findIndex((o) => o.slug === s.slug) === i).slice(0, UPCOMING_PER_KIND).map(({ lat: _a, lon: _o, ...s }) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    offers: offers.filter((o) => near(origin, o)).slice(0, UPCOMING_PER_KIND).map(({ lat: _a, lon: _o, ...o }) => o),
  };
}

export async function latestNews(services: Pick<AppServices, "db" | "clock">) {
  const now = services.clock.now();
  const rows = await services.db
    .select({ slug: article.slug, title: article.title, summary: article.summary, publishedAt: article.publishedAt, networkName: network.name })
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    // The news page's own condition (hidden by moderation is not public, nor an archived network's
    // news), and article_public_idx's: without the hidden_at test the index does not apply and
    // every article is read and sorted.
    .where(and(eq(article.status, "published"), isNotNull(article.publishedAt), lte(article.publishedAt, now), isNull(article.hiddenAt), activeNetwork()))
    .orderBy(desc(article.publishedAt))
    .limit(LATEST_NEWS);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt!.toISOString() }));
}

/**
 * How many vestigingen the map shows, for its caption (and whether there is a map at all). The
 * markers themselves are not the page's: the map fetches them from /netwerken/vestigingen.json
 * when it comes into view (listMapLocations, ADR 020).
 */
export async function mapLocationCount(services: Pick<AppServices, "db">): Promise<number> {
  const [row] = await services.db.select({ n: count() }).from(networkLocation).innerJoin(network, eq(network.id, networkLocation.networkId)).where(onTheMap());
  return Math.min(row?.n ?? 0, MAP_LOCATIONS);
}
