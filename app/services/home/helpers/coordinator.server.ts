import { and, asc, count, eq, gte, inArray, lt, or, sql } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import {
  appointment,
  event,
  eventAssignment,
  eventGroup,
  joinRequest,
  lessonRequest,
  milestone,
  network,
  networkChangeProposal,
  networkSetting,
  offer,
  organisation,
  programme,
  project,
  requestEscalation,
} from "~/db/schema/index.ts";
import { addDays, amsterdamToday } from "~/domain/common/time.ts";
import { effectiveEscalationDays } from "~/domain/guest-lessons/escalation-settings.ts";
import { addWorkingDays } from "~/domain/guest-lessons/working-days.ts";
import { DECISION_DAYS } from "~/domain/home/pending.ts";
import { jsonRows, named, part, type Part } from "./parts.server.ts";

type Rows = {
  proposals: { id: string; name: string; createdAt: string }[];
  joins: { id: string; name: string; organisationName: string; createdAt: string }[];
  escalated: { id: string; title: string; schoolName: string; escalatedAt: string }[];
  requested: { id: string; offerTitle: string; requestedAt: string; escalationDays: number | null }[];
  events: { id: string; slug: string; name: string; status: string; startsOn: string; schoolClosesOn: string | null; groups: number; assigned: number }[];
  milestones: { id: string; title: string; dueOn: string; programmeSlug: string; position: number; projectTitle: string }[];
};

/**
 * What waits for a coordinator in the networks they coordinate: decisions (proposals, join
 * requests), requests stuck past their deadline, events and how far their assignment is, and
 * programme milestones that are late.
 */
export function coordinatorPart(services: Pick<AppServices, "db" | "clock">, networkIds: string[]): Part | null {
  if (networkIds.length === 0) return null;
  const { db } = services;
  const today = amsterdamToday(services.clock.now());
  const columns = {
    proposals: jsonRows<Rows["proposals"][number]>(
      db
        .select(named({ id: networkChangeProposal.id, name: network.name, createdAt: networkChangeProposal.createdAt }))
        .from(networkChangeProposal)
        .innerJoin(network, eq(network.id, networkChangeProposal.networkId))
        .where(and(inArray(networkChangeProposal.networkId, networkIds), eq(networkChangeProposal.status, "pending")))
        .orderBy(asc(networkChangeProposal.createdAt))
        .limit(20),
    ),
    joins: jsonRows<Rows["joins"][number]>(
      db
        .select(named({ id: joinRequest.id, name: network.name, organisationName: organisation.name, createdAt: joinRequest.createdAt }))
        .from(joinRequest)
        .innerJoin(network, eq(network.id, joinRequest.networkId))
        .innerJoin(organisation, eq(organisation.id, joinRequest.organisationId))
        .where(and(inArray(joinRequest.networkId, networkIds), eq(joinRequest.status, "pending")))
        .orderBy(asc(joinRequest.createdAt))
        .limit(20),
    ),
    escalated: jsonRows<Rows["escalated"][number]>(
      db
        .select(named({ id: lessonRequest.id, title: lessonRequest.title, schoolName: organisation.name, escalatedAt: requestEscalation.escalatedAt }))
        .from(requestEscalation)
        .innerJoin(lessonRequest, eq(lessonRequest.id, requestEscalation.requestId))
        .innerJoin(organisation, eq(organisation.id, lessonRequest.schoolOrganisationId))
        .where(and(inArray(lessonRequest.networkId, networkIds), eq(lessonRequest.status, "open")))
        .orderBy(asc(requestEscalation.escalatedAt))
        .limit(20),
    ),
    requested: jsonRows<Rows["requested"][number]>(
      db
        .select(named({ id: appointment.id, offerTitle: offer.title, requestedAt: appointment.requestedAt, escalationDays: networkSetting.escalationWorkingDays }))
        .from(appointment)
        .innerJoin(offer, eq(offer.id, appointment.offerId))
        .leftJoin(networkSetting, eq(networkSetting.networkId, appointment.networkId))
        .where(and(inArray(appointment.networkId, networkIds), eq(appointment.state, "requested")))
        .orderBy(asc(appointment.requestedAt))
        .limit(200),
    ),
    events: jsonRows<Rows["events"][number]>(
      db
        .select(named({
          id: event.id,
          slug: event.slug,
          name: event.name,
          status: event.status,
          startsOn: event.startsOn,
          schoolClosesOn: event.schoolRegistrationClosesOn,
          groups: count(eventGroup.id),
          // In the same statement: a second round trip after the first batch only to count these.
          assigned: sql<number>`(${db.select({ n: count() }).from(eventAssignment).where(eq(eventAssignment.eventId, event.id))})`.mapWith(Number),
        }))
        .from(event)
        .leftJoin(eventGroup, eq(eventGroup.eventId, event.id))
        .where(and(inArray(event.networkId, networkIds), inArray(event.status, ["draft", "open", "assigning", "published"]), or(gte(event.startsOn, today), gte(event.endsOn, today))))
        .groupBy(event.id)
        .orderBy(asc(event.startsOn))
        .limit(10),
    ),
    milestones: jsonRows<Rows["milestones"][number]>(
      db
        .select(named({ id: milestone.id, title: milestone.title, dueOn: milestone.dueOn, programmeSlug: programme.slug, position: project.position, projectTitle: project.title }))
        .from(milestone)
        .innerJoin(project, eq(project.id, milestone.projectId))
        .innerJoin(programme, eq(programme.id, project.programmeId))
        .where(and(inArray(programme.networkId, networkIds), eq(milestone.status, "planned"), lt(milestone.dueOn, today)))
        .orderBy(asc(milestone.dueOn))
        .limit(20),
    ),
  };
  return part<Rows>(columns, ({ proposals, joins, escalated, requested, events, milestones }) => {
    const escalatedIds = new Set(escalated.map((r) => r.id));
    const overdue = requested
      .map((a) => ({ ...a, deadline: addWorkingDays(amsterdamToday(new Date(a.requestedAt)), effectiveEscalationDays(a.escalationDays)) }))
      .filter((a) => a.deadline < today);
    return [
      ...proposals.map((p) => ({
        key: `proposal-${p.id}`,
        kind: "proposal" as const,
        title: p.name,
        href: `/coordinatie/voorstellen/${p.id}`,
        due: addDays(amsterdamToday(new Date(p.createdAt)), DECISION_DAYS),
        action: true,
      })),
      ...joins.map((j) => ({
        key: `join-${j.id}`,
        kind: "joinRequest" as const,
        title: `${j.organisationName} — ${j.name}`,
        href: `/coordinatie/aanmeldingen/${j.id}`,
        due: addDays(amsterdamToday(new Date(j.createdAt)), DECISION_DAYS),
        action: true,
      })),
      ...escalated.map((r) => ({
        key: `escalated-${r.id}`,
        kind: "requestEscalated" as const,
        title: `${r.title} — ${r.schoolName}`,
        href: "/coordinatie/vragen",
        due: amsterdamToday(new Date(r.escalatedAt)),
        action: true,
      })),
      ...overdue
        .filter((a) => !escalatedIds.has(a.id))
        .slice(0, 20)
        .map((a) => ({ key: `overdue-${a.id}`, kind: "appointmentOverdue" as const, title: a.offerTitle, href: "/coordinatie/vragen", due: a.deadline, action: true })),
      ...events.map((e) => {
        const registrationClosed = e.status === "open" && e.schoolClosesOn !== null && e.schoolClosesOn < today;
        const toAssign = e.status === "assigning" || registrationClosed;
        return {
          key: `event-${e.id}`,
          kind: "event" as const,
          state: registrationClosed ? "closed" : e.status,
          title: e.name,
          href: toAssign ? `/evenementen/${e.slug}/indeling` : `/evenementen/${e.slug}`,
          due: e.startsOn,
          action: e.status === "draft" || toAssign,
          count: Number(e.groups),
          of: e.assigned,
        };
      }),
      ...milestones.map((m) => ({
        key: `milestone-${m.id}`,
        kind: "milestoneLate" as const,
        title: `${m.title} — ${m.projectTitle}`,
        href: `/programmas/${m.programmeSlug}/projecten/${m.position}/mijlpalen/${m.id}`,
        due: m.dueOn,
        action: true,
      })),
    ];
  });
}
