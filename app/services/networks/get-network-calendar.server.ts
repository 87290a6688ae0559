import { sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows } from "~/db/client.server.ts";
import { notFound } from "~/domain/errors.ts";
import { CALENDAR_STATES } from "~/domain/guest-lessons/calendar-consent.ts";
import { mayReadNetwork, networkAtAddress } from "~/services/common/networks.server.ts";

export type CalendarEntry =
  | { kind: "event"; id: string; title: string; startsOn: string; endsOn: string; url: string; location: null }
  | { kind: "session" | "appointment"; id: string; title: string; startsAt: Date; endsAt: Date; url: string; location: string | null };

const DAY_MS = 86_400_000;

/**
 * A network's calendar: its events (not drafts), the scheduled sessions of its published courses,
 * and appointments of its schools that both sides agreed to show. `since` cuts off the past: the
 * page shows what is coming, the feed keeps a quarter of history so calendar apps don't drop
 * recent items.
 */
export async function getNetworkCalendar(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string; pastDays: number }) {
  const { db } = services;
  const net = await networkAtAddress(db, input.slug);
  // An archived network's agenda is its page's: for administrators only (its events' own pages are too).
  if (!net || !(await mayReadNetwork(db, actor, net))) throw notFound("impact.networkNotFound");
  const since = new Date(services.clock.now().getTime() - input.pastDays * DAY_MS);
  const sinceDay = since.toISOString().slice(0, 10);
  const [events, sessions, appointments] = await Promise.all([
    queryRows<{ id: string; slug: string; name: string; startsOn: string; endsOn: string }>(
      db,
      sql`select id, slug, name, starts_on::text as "startsOn", coalesce(ends_on, starts_on)::text as "endsOn"
          from event where network_id = ${net.id} and status <> 'draft' and starts_on is not null
            and coalesce(ends_on, starts_on) >= ${sinceDay}::date
          order by starts_on, name`,
    ),
    queryRows<{ id: string; slug: string; title: string; startsAt: Date | string; endsAt: Date | string; place: string | null }>(
      db,
      sql`select s.id, c.slug, c.title, s.starts_at as "startsAt", s.ends_at as "endsAt",
            coalesce(l.name, concat_ws(', ', s.address, s.place)) as place
          from course_session s join course c on c.id = s.course_id
          left join network_location l on l.id = s.location_id
          where c.network_id = ${net.id} and c.status = 'published' and s.status = 'scheduled' and s.ends_at >= ${since.toISOString()}::timestamptz
          order by s.starts_at`,
    ),
    queryRows<{ id: string; title: string; school: string; provider: string; startsAt: Date | string; endsAt: Date | string; place: string | null }>(
      db,
      sql`select a.id, o.title, sch.name as school, p.name as provider, a.starts_at as "startsAt", a.ends_at as "endsAt",
            case a.location when 'school' then sch.place when 'company' then p.place else null end as place
          from appointment a
          join offer o on o.id = a.offer_id
          join organisation sch on sch.id = a.school_organisation_id
          join organisation p on p.id = a.provider_organisation_id
          left join lesson_request r on r.id = a.request_id
          where coalesce(a.network_id, r.network_id) = ${net.id}
            and a.calendar_consent_school and a.calendar_consent_provider
            and a.state in (${sql.join(CALENDAR_STATES.map((state) => sql`${state}`), sql`, `)})
            and a.starts_at is not null and a.ends_at is not null and a.ends_at >= ${since.toISOString()}::timestamptz
          order by a.starts_at`,
    ),
  ]);
  const entries: CalendarEntry[] = [
    ...events.map((e) => ({ kind: "event" as const, id: e.id, title: e.name, startsOn: e.startsOn, endsOn: e.endsOn, url: `/evenementen/${e.slug}`, location: null })),
    ...sessions.map((s) => ({
      kind: "session" as const,
      id: s.id,
      title: s.title,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      url: `/cursussen/${s.slug}`,
      location: s.place || null,
    })),
    ...appointments.map((a) => ({
      kind: "appointment" as const,
      id: a.id,
      title: `${a.title}: ${a.school} en ${a.provider}`,
      startsAt: new Date(a.startsAt),
      endsAt: new Date(a.endsAt),
      url: "",
      location: a.place,
    })),
  ];
  entries.sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.title.localeCompare(b.title));
  return { network: { id: net.id, slug: net.slug, name: net.name }, entries };
}

/** Sort key: events (whole days) sort at the start of their first day. */
function startOf(entry: CalendarEntry): string {
  return entry.kind === "event" ? entry.startsOn : entry.startsAt.toISOString();
}
