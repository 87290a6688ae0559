import { eq, inArray, sql } from "drizzle-orm";
import { queryRows, type Db } from "~/db/client.server.ts";
import { network, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import type { AppointmentRow, EventVisitRow, LedgerRequestRow, RegistrationRow } from "~/domain/impact/impact.ts";

// Days are the Dutch calendar day: a lesson at 00:30 on 1 August belongs to the new school year.
const day = (column: string) => sql.raw(`to_char((${column}) at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`);

export async function findNetwork(db: Db, slug: string) {
  const [row] = await db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!row) throw notFound("impact.networkNotFound");
  return row;
}

/**
 * Appointments of the network: the appointment's own network, or its request's when it has none.
 * Pupils reached: what the appointment records, else what the school's evaluation says.
 */
export function appointmentRows(db: Db, networkId: string) {
  return queryRows<AppointmentRow>(
    db,
    sql`select a.id, a.request_id as "requestId", o.kind, a.state,
          coalesce(a.date::text, ${day("a.starts_at")}) as date,
          a.school_organisation_id as "schoolId", a.provider_organisation_id as "providerId", p.kind as "providerKind",
          coalesce(a.pupils_reached, e.pupils_reached) as "pupilsReached", coalesce(a.level, r.level) as level, a.groups,
          coalesce(e.clear_purpose and e.learning_goals and e.two_way_interaction and e.reflection_afterwards, false) as "allFourMarks"
        from appointment a
        join offer o on o.id = a.offer_id
        join organisation p on p.id = a.provider_organisation_id
        left join lesson_request r on r.id = a.request_id
        left join appointment_evaluation e on e.appointment_id = a.id and e.side = 'school'
        where coalesce(a.network_id, r.network_id) = ${networkId}`,
  );
}

/** A request's school year: its period, else its first date option, else the day it was made. */
export function requestRows(db: Db, networkId: string) {
  return queryRows<LedgerRequestRow>(
    db,
    sql`select id, school_organisation_id as "schoolId", level, groups,
          coalesce(period_from::text, date_options->0->>'date', ${day("created_at")}) as date,
          status = 'cancelled' as cancelled
        from lesson_request where network_id = ${networkId}`,
  );
}

export function registrationRows(db: Db, networkId: string) {
  return queryRows<RegistrationRow>(
    db,
    sql`select r.id, r.status, ${day("s.starts_at")} as "sessionDate"
        from registration r join course_session s on s.id = r.session_id join course c on c.id = s.course_id
        where c.network_id = ${networkId}`,
  );
}

/** Every registered group of the network's events, with its visit (if assigned), when that visit begins, and attendance (if recorded). */
export function eventVisitRows(db: Db, networkId: string) {
  return queryRows<EventVisitRow>(
    db,
    sql`select g.id as "groupId", ev.starts_on::text as "eventDate", g.school_organisation_id as "schoolId",
          sl.host_organisation_id as "hostId", g.level, coalesce(att.status = 'present', false) as present,
          att.pupils_present as "pupilsPresent",
          coalesce(win.date, ev.starts_on::text) as "visitDate", coalesce(win.start, '00:00') as "visitTime"
        from event_group g
        join event ev on ev.id = g.event_id
        left join event_assignment ea on ea.group_id = g.id
        left join event_slot sl on sl.id = ea.slot_id
        left join attendance att on att.assignment_id = ea.id
        left join lateral (
          select w->>'date' as date, w->>'start' as start from jsonb_array_elements(ev.windows) w where w->>'key' = sl.window limit 1
        ) win on true
        where ev.network_id = ${networkId} and ev.starts_on is not null`,
  );
}

export async function organisationNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: organisation.id, name: organisation.name }).from(organisation).where(inArray(organisation.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
