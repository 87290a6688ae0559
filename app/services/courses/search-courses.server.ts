import { sql, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows } from "~/db/client.server.ts";
import { providerNameWords, type CourseFilters } from "~/domain/courses/search-query.ts";
import { amsterdamDate } from "~/domain/common/time.ts";
import { boundingBox } from "~/domain/common/distance.ts";
import { paging } from "~/domain/common/paging.ts";
import { holdsEveryWord } from "~/services/common/like.server.ts";

export const COURSES_PAGE_SIZE = 20;

export type CourseHit = {
  slug: string;
  title: string;
  summary: string;
  format: string;
  level: string;
  priceCents: number;
  topics: string[];
  providerName: string;
  providerSlug: string;
  nextStartsAt: Date | null;
  nextEndsAt: Date | null;
  nextPlace: string | null;
  nextPlacesLeft: number | null;
  upcomingSessions: number;
  distanceKm: number | null;
};

// Great-circle distance in SQL (same formula as domain/common/distance.ts).
const distanceSql = (lat: number, lon: number) =>
  sql`(12742.0176 * asin(least(1, sqrt(power(sin(radians(s.lat - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(s.lat)) * power(sin(radians(s.lon - ${lon}) / 2), 2)))))`;

/**
 * The public catalogue: published courses with an upcoming session that
 * fits every filter (text, topic, level, format, place and distance,
 * period, price, provider, network). Sorted by the first fitting session.
 */
export async function searchCourses(services: AppServices, _actor: Actor, filters: CourseFilters) {
  const now = services.clock.now();
  const origin = filters.place ? await services.geocoder.geocode({ place: filters.place }).catch(() => null) : null;
  const courseConds: SQL[] = [sql`c.status = 'published'`];
  for (const term of filters.q.split(/\s+/).filter(Boolean).slice(0, 8)) {
    const pattern = `%${term.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    courseConds.push(sql`th_unaccent(lower(c.search_text)) like th_unaccent(${pattern})`);
  }
  if (filters.topic) courseConds.push(sql`${filters.topic} = any(c.topics)`);
  if (filters.level) courseConds.push(sql`c.level = ${filters.level}`);
  if (filters.format) courseConds.push(sql`c.format = ${filters.format}`);
  if (filters.price === "gratis") courseConds.push(sql`c.price_cents = 0`);
  if (filters.price === "betaald") courseConds.push(sql`c.price_cents > 0`);
  if (filters.provider) courseConds.push(sql`exists (select 1 from organisation p where p.id = c.provider_id and p.slug = ${filters.provider})`);
  const providerWords = providerNameWords(filters.providerName);
  if (providerWords.length > 0) courseConds.push(sql`exists (select 1 from organisation p where p.id = c.provider_id and ${holdsEveryWord(sql`p.name_folded`, providerWords)})`);
  if (filters.network) courseConds.push(sql`exists (select 1 from network n where n.id = c.network_id and n.slug = ${filters.network})`);

  const sessionConds: SQL[] = [sql`s.status = 'scheduled'`, sql`s.starts_at > ${now}`];
  const from = filters.from ? amsterdamDate(filters.from) : null;
  const until = filters.until ? amsterdamDate(filters.until, "23:59") : null;
  if (from) sessionConds.push(sql`s.starts_at >= ${from}`);
  if (until) sessionConds.push(sql`s.starts_at <= ${until}`);
  const distance = origin ? distanceSql(origin.lat, origin.lon) : sql`null::float8`;
  if (origin) {
    // The rectangle first (an index range on lat and lon), the exact distance only for what is inside it.
    const box = boundingBox(origin, filters.distanceKm);
    sessionConds.push(sql`s.lat between ${box.minLat} and ${box.maxLat} and s.lon between ${box.minLon} and ${box.maxLon}`);
    sessionConds.push(sql`${distance} <= ${filters.distanceKm}`);
  }
  const where = sql.join(courseConds, sql` and `);
  const sessionWhere = sql.join(sessionConds, sql` and `);

  const pageAt = (offset: number) =>
    queryRows<Record<string, unknown>>(
      services.db,
      sql`with fitting as (
          -- Per course, when its first fitting session starts and how many fit: one pass over the
          -- upcoming sessions, grouped. Numbering every session per course (a window) and joining
          -- courses to the first ones was estimated at a hundred rows for ten thousand, so each was
          -- looked up by key: 31,000 buffers a page against 2,300 now (ADR 019, tenth pass).
          select s.course_id, min(s.starts_at) as starts_at, count(*) as total
          from course_session s
          where ${sessionWhere}
          group by s.course_id
        ),
        -- The page is chosen on narrow rows; the provider, the card's texts and the first session's
        -- place are read for its 20 courses only.
        page as (
          select c.id, c.title, c.slug, f.starts_at, f.total, count(*) over () as hits
          from course c
          join fitting f on f.course_id = c.id
          where ${where}
          order by f.starts_at, c.title, c.slug
          limit ${COURSES_PAGE_SIZE} offset ${offset}
        )
        select c.slug, c.title, c.summary, c.format, c.level, c.price_cents, c.topics, p.name as provider_name, p.slug as provider_slug,
               g.starts_at, n.ends_at, n.place, n.places_left, g.total, n.distance, g.hits
        from page g
        join course c on c.id = g.id
        join organisation p on p.id = c.provider_id
        cross join lateral (
          select s.ends_at, s.capacity - s.places_taken as places_left, coalesce(l.place, s.place, l.name, 'Online') as place, ${distance} as distance
          from course_session s left join network_location l on l.id = s.location_id
          where s.course_id = g.id and s.starts_at = g.starts_at and ${sessionWhere}
          order by s.id
          limit 1
        ) n
        order by g.starts_at, g.title, g.slug`,
    );
  let rows = await pageAt((filters.page - 1) * COURSES_PAGE_SIZE);
  let total = rows.length ? Number(rows[0]!.hits) : 0;
  let shown = paging(filters.page, total, COURSES_PAGE_SIZE);
  if (rows.length === 0 && filters.page > 1) {
    // Past the last page: the hits are counted from the first page, and the last page is shown.
    const first = await pageAt(0);
    total = first.length ? Number(first[0]!.hits) : 0;
    shown = paging(filters.page, total, COURSES_PAGE_SIZE);
    rows = shown.page === 1 ? first : await pageAt(shown.offset);
  }
  const items: CourseHit[] = rows.map((r) => ({
    slug: String(r.slug),
    title: String(r.title),
    summary: String(r.summary),
    format: String(r.format),
    level: String(r.level),
    priceCents: Number(r.price_cents),
    topics: r.topics as string[],
    providerName: String(r.provider_name),
    providerSlug: String(r.provider_slug),
    nextStartsAt: r.starts_at ? new Date(r.starts_at as string) : null,
    nextEndsAt: r.ends_at ? new Date(r.ends_at as string) : null,
    nextPlace: r.place ? String(r.place) : null,
    nextPlacesLeft: r.places_left === null ? null : Number(r.places_left),
    upcomingSessions: Number(r.total),
    distanceKm: r.distance === null || r.distance === undefined ? null : Math.round(Number(r.distance)),
  }));
  return {
    items,
    total,
    page: shown.page,
    pageCount: shown.pageCount,
    beyond: shown.beyond,
    placeUnknown: Boolean(filters.place && !origin),
    facets: await catalogueFacets(services),
  };
}

/**
 * Networks that have published courses: the choices of the network filter. Providers are typed,
 * not chosen: at national size they are hundreds, more than a phone's picker can offer.
 */
async function catalogueFacets(services: AppServices) {
  const networks = await queryRows<{ slug: string; name: string }>(
    services.db,
    sql`select distinct n.slug, n.name from course c join network n on n.id = c.network_id where c.status = 'published' order by n.name`,
  );
  return { networks };
}
