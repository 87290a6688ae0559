import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "~/db/client.server.ts";
import { network, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { HAPPENED_STATES, type AppointmentRow, type EventVisitRow, type ImpactFigures, type LedgerRequestRow, type RegistrationRow } from "~/domain/impact/impact.ts";

// Days are the Dutch calendar day: a lesson at 00:30 on 1 August belongs to the new school year.
const day = (column: string) => sql.raw(`to_char((${column}) at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`);

export async function findNetwork(db: Db, slug: string) {
  const [row] = await db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!row) throw notFound("impact.networkNotFound");
  return row;
}

/**
 * Appointments of the network (`a`, with its request `r`): the appointment's own network, or its
 * request's when it has none. Two index look-ups, not `coalesce(a.network_id, r.network_id) = …`,
 * which no index answers: that scanned all 200,000 appointments of the national data set per page.
 */
const networkAppointments = (networkId: string) => sql`(
  select a.*, r.level as request_level from appointment a left join lesson_request r on r.id = a.request_id where a.network_id = ${networkId}
  union all
  select a.*, r.level from lesson_request r join appointment a on a.request_id = r.id where r.network_id = ${networkId} and a.network_id is null
)`;

/*
 * The offer, provider and school evaluation of each of the network's appointments are looked up
 * row by row (a primary key or unique index each; both foreign keys are NOT NULL, so no row is
 * lost as an inner join would drop it). Joined instead, the planner — which overestimates the
 * request branch above by four orders of magnitude — hashed all 100,000 offers and 85,000
 * evaluations for a network with eight appointments: 650 ms a page against 20 ms (ADR 036).
 */
const offerKind = sql`(select o.kind from offer o where o.id = a.offer_id)`;
const providerKind = sql`(select p.kind from organisation p where p.id = a.provider_organisation_id)`;

/** Pupils reached: what the appointment records, else what the school's evaluation says. */
export function appointmentRows(db: Db, networkId: string) {
  return queryRows<AppointmentRow>(
    db,
    sql`select a.id, a.request_id as "requestId", ${offerKind} as kind, a.state,
          coalesce(a.date::text, ${day("a.starts_at")}) as date,
          a.school_organisation_id as "schoolId", a.provider_organisation_id as "providerId", ${providerKind} as "providerKind",
          coalesce(a.pupils_reached, e.pupils_reached) as "pupilsReached", coalesce(a.level, a.request_level) as level, a.groups,
          coalesce(e.clear_purpose and e.learning_goals and e.two_way_interaction and e.reflection_afterwards, false) as "allFourMarks"
        from ${networkAppointments(networkId)} a
        -- One per side (a unique index); the limit keeps the planner from flattening it into a hash join.
        left join lateral (
          select * from appointment_evaluation e where e.appointment_id = a.id and e.side = 'school' limit 1
        ) e on true`,
  );
}

/** "2026-2027" of an ISO date column, as `schoolYearOf` in domain/impact makes it. */
const schoolYear = (date: SQL) => sql`(case when substr(${date}, 6, 2)::int >= 8 then substr(${date}, 1, 4)::int else substr(${date}, 1, 4)::int - 1 end)`;

/**
 * The network's figures per school year, newest first, counted by the database: `aggregateImpact`
 * of domain/impact (which defines them and is the test's reference) over the rows below, without
 * sending every appointment, registration and event visit of a large network to Node.
 */
export async function impactFigures(db: Db, networkId: string, now: Date): Promise<ImpactFigures[]> {
  const happened = sql.join(HAPPENED_STATES.map((state) => sql`${state}`), sql`, `);
  const rows = await queryRows<{ year: number } & Omit<ImpactFigures, "schoolYear">>(
    db,
    sql`select year,
          count(*) filter (where kind = 'lesson')::int as "guestLessons",
          count(*) filter (where kind = 'visit')::int as "companyVisits",
          count(*) filter (where kind = 'event')::int as "eventVisits",
          coalesce(sum(pupils), 0)::int as "pupilsReached",
          count(distinct school_id)::int as "activeSchools",
          count(distinct company_id)::int as "activeCompanies",
          count(*) filter (where kind = 'trained')::int as "employeesTrained",
          coalesce(sum(pupils) filter (where kind = 'event'), 0)::int as "eventAttendance"
        from (
          select ${schoolYear(sql`x.date`)} as year, x.kind, x.pupils, x.school_id, x.company_id
          from (
            select case when ${offerKind} = 'bedrijfsbezoek' then 'visit' else 'lesson' end as kind,
              coalesce(a.date::text, ${day("a.starts_at")}) as date,
              coalesce(a.pupils_reached, (select e.pupils_reached from appointment_evaluation e where e.appointment_id = a.id and e.side = 'school'), 0) as pupils,
              a.school_organisation_id as school_id,
              -- Training providers deliver lessons too, but "companies active" counts employers.
              case when ${providerKind} = 'company' then a.provider_organisation_id end as company_id
            from ${networkAppointments(networkId)} a
            where a.state in (${happened}) and (a.date is not null or a.starts_at is not null)
            union all
            select 'trained', ${day("s.starts_at")}, 0, null, null
            from registration r join course_session s on s.id = r.session_id join course c on c.id = s.course_id
            where c.network_id = ${networkId} and r.status = 'attended'
            union all
            select 'event', v.event_date, coalesce(v.pupils_present, 0), v.school_id, v.host_id
            from ${networkVisits(networkId)} v
            where v.present
              -- visitTookPlace: its start (Amsterdam wall clock) has passed; a date or time that is not one never has.
              and case when v.visit_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' and v.visit_time ~ '^[0-9]{2}:[0-9]{2}$'
                then (v.visit_date || ' ' || v.visit_time)::timestamp at time zone 'Europe/Amsterdam' <= ${now.toISOString()}::timestamptz
                else false end
          ) x
        ) y
        group by year
        order by year desc`,
  );
  return rows.map(({ year, ...figures }) => ({ schoolYear: `${year}-${Number(year) + 1}`, ...figures }));
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

/** The rows `aggregateImpact` reads of courses; the page counts them in SQL (`impactFigures`), the tests compare the two. */
export function registrationRows(db: Db, networkId: string) {
  return queryRows<RegistrationRow>(
    db,
    sql`select r.id, r.status, ${day("s.starts_at")} as "sessionDate"
        from registration r join course_session s on s.id = r.session_id join course c on c.id = s.course_id
        where c.network_id = ${networkId}`,
  );
}

/** Every registered group of the network's events, with its visit (if assigned), when that visit begins, and attendance (if recorded). */
const networkVisits = (networkId: string) => sql`(
  select g.id as group_id, ev.starts_on::text as event_date, g.school_organisation_id as school_id,
          sl.host_organisation_id as host_id, g.level, coalesce(att.status = 'present', false) as present,
          att.pupils_present,
          coalesce(win.date, ev.starts_on::text) as visit_date, coalesce(win.start, '00:00') as visit_time
        from event_group g
        join event ev on ev.id = g.event_id
        left join event_assignment ea on ea.group_id = g.id
        left join event_slot sl on sl.id = ea.slot_id
        left join attendance att on att.assignment_id = ea.id
        left join lateral (
          select w->>'date' as date, w->>'start' as start from jsonb_array_elements(ev.windows) w where w->>'key' = sl.window limit 1
        ) win on true
        where ev.network_id = ${networkId} and ev.starts_on is not null
)`;

export function eventVisitRows(db: Db, networkId: string) {
  return queryRows<EventVisitRow>(
    db,
    sql`select group_id as "groupId", event_date as "eventDate", school_id as "schoolId", host_id as "hostId", level, present,
          pupils_present as "pupilsPresent", visit_date as "visitDate", visit_time as "visitTime"
        from ${networkVisits(networkId)} v`,
  );
}

export async function organisationNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: organisation.id, name: organisation.name }).from(organisation).where(inArray(organisation.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
