/**
 * Real ids for the route patterns, looked up in the freshly seeded database (ids are random per
 * seed), plus the few rows the demo seed does not have: a pending change proposal and join
 * request for TechNet Utrecht, a mail in the outbox, a calendar token, and the coordinator role
 * as coordinator of the Utrecht programme's network (the seed has no programme in TechNet Utrecht).
 */
import { sql } from "drizzle-orm";
import { ROLES, type Harness, type Role } from "./app-harness.ts";
import type { SeedParams } from "./route-policies.ts";

async function one<T extends Record<string, unknown>>(h: Harness, label: string, statement: ReturnType<typeof sql>): Promise<T> {
  const rows = await h.query<T>(statement);
  if (!rows[0]) throw new Error(`The demo seed has no ${label}: the authorisation checks need one (see tests/support/seed-params.ts)`);
  return rows[0];
}

const userId = (email: string) => sql`(select id from "user" where email = ${email})`;
const networkId = (slug: string) => sql`(select id from network where slug = ${slug})`;
const organisationId = (slug: string) => sql`(select id from organisation where slug = ${slug})`;

export async function resolveParams(h: Harness): Promise<SeedParams> {
  const network = "technet-utrecht";
  const programme = "mkb-deal-maakindustrie-utrecht-west";
  const course = "cnc-draaien-en-frezen";
  const event = "feest-van-de-techniek-2027";

  await h.query(sql`insert into network_coordinator (network_id, user_id)
    select ${networkId("mkb-deal-maakindustrie-utrecht-west")}, ${userId("coordinator.utrecht@demo.technohub.nl")} on conflict do nothing`);
  const proposal = await one<{ id: string }>(h, "change proposal", sql`insert into network_change_proposal (network_id, proposer_id, changes, baseline, note)
    values (${networkId(network)}, ${userId("docent@demo.technohub.nl")}, '{"summary":"Nieuw"}'::jsonb, '{"summary":"Oud"}'::jsonb, 'checks') returning id`);
  const join = await one<{ id: string }>(h, "join request", sql`insert into join_request (network_id, organisation_id, requester_id, motivation)
    values (${networkId(network)}, ${organisationId("suplacon")}, ${userId("suplacon@demo.technohub.nl")}, 'checks') returning id`);
  const mail = await one<{ id: string }>(h, "mail", sql`insert into mail_outbox ("to", subject, text, attachments)
    values ('docent@demo.technohub.nl', 'Checks', 'Een bericht', ${JSON.stringify([{ filename: "a.ics", contentType: "text/calendar", content: Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").toString("base64") }])}::jsonb) returning id`);
  const token = "checks-calendar-token-0123456789abcdef";
  await h.query(sql`insert into calendar_token (user_id, token) values (${userId("docent@demo.technohub.nl")}, ${token}) on conflict (user_id) do update set token = excluded.token`);

  const project = await one<{ position: number; id: string }>(h, "project in the Utrecht programme", sql`select p.position, p.id from project p
    join programme pr on pr.id = p.programme_id where pr.slug = ${programme} order by p.position limit 1`);
  const goal = await one<{ position: number }>(h, "goal in the Utrecht programme", sql`select g.position from programme_goal g
    join programme pr on pr.id = g.programme_id where pr.slug = ${programme} order by g.position limit 1`);
  const milestone = await one<{ id: string }>(h, "milestone", sql`select id from milestone where project_id = ${project.id} limit 1`);
  const article = await one<{ slug: string }>(h, "published TechNet Utrecht article", sql`select a.slug from article a
    where a.network_id = ${networkId(network)} and a.status = 'published' order by a.slug limit 1`);
  const session = await one<{ id: string }>(h, "session of the OBM course", sql`select s.id from course_session s join course c on c.id = s.course_id
    where c.slug = ${course} order by s.starts_at limit 1`);
  const registration = await one<{ id: string }>(h, "registration of the employee", sql`select r.id from registration r
    where r.user_id = ${userId("werknemer@demo.technohub.nl")} and r.status = 'attended' limit 1`);
  const need = await one<{ id: string }>(h, "need of Kiremko", sql`select id from training_need where organisation_id = ${organisationId("kiremko")} limit 1`);
  const offer = await one<{ id: string }>(h, "published Kiremko offer", sql`select id from offer
    where organisation_id = ${organisationId("kiremko")} and status = 'published' order by title limit 1`);
  const request = await one<{ id: string }>(h, "open request of the teacher's school", sql`select id from lesson_request
    where school_organisation_id = ${organisationId("vmbo-de-werkplaats")} and status = 'open' and mode = 'open' order by title limit 1`);
  const appointment = await one<{ id: string }>(h, "requested appointment between the teacher's school and Kiremko in TechNet Utrecht", sql`select id from appointment
    where school_organisation_id = ${organisationId("vmbo-de-werkplaats")} and provider_organisation_id = ${organisationId("kiremko")}
      and state = 'requested' and network_id = ${networkId(network)} limit 1`);
  const scheduled = await one<{ id: string }>(h, "scheduled appointment of the teacher's school with another company", sql`select id from appointment
    where school_organisation_id = ${organisationId("vmbo-de-werkplaats")} and provider_organisation_id <> ${organisationId("kiremko")}
      and state = 'scheduled' and date is not null limit 1`);

  // Copies of the open request, all columns but the id, so each copy is the same request to every check.
  const columns = (await h.query<{ column_name: string }>(sql`select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = 'lesson_request' and column_name <> 'id' order by ordinal_position`))
    .map((c) => `"${c.column_name}"`)
    .join(", ");
  const withdrawable = {} as Record<Role, string>;
  for (const role of ROLES) {
    const copy = await one<{ id: string }>(h, "copy of the open request", sql`insert into lesson_request (${sql.raw(columns)})
      select ${sql.raw(columns)} from lesson_request where id = ${request.id} returning id`);
    withdrawable[role] = copy.id;
  }

  return {
    withdrawable,
    network,
    proposalId: proposal.id,
    joinRequestId: join.id,
    organisation: "kiremko",
    programme,
    goalNr: goal.position,
    projectNr: project.position,
    milestoneId: milestone.id,
    article: article.slug,
    course,
    sessionId: session.id,
    registrationId: registration.id,
    need: need.id,
    event,
    schoolSlug: "vmbo-de-werkplaats",
    hostSlug: "kiremko",
    offerId: offer.id,
    requestId: request.id,
    appointmentId: appointment.id,
    scheduledAppointmentId: scheduled.id,
    calendarToken: token,
    mailId: mail.id,
    tip: "gastles-voorbereiden",
  };
}
