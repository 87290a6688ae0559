import { desc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, offer, organisation } from "~/db/schema/index.ts";
import { actionsToday, type AppointmentActor } from "~/domain/guest-lessons/state-machine.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import type { AppointmentState } from "~/domain/guest-lessons/vocabulary.ts";
import { forbidden } from "~/domain/errors.ts";
import { calendarLinksOf } from "./helpers/calendar-links.server.ts";
import { organisationIdsOf } from "./helpers/parties.server.ts";

/** The order in which /afspraken groups the states: what needs doing first. */
const STATE_ORDER: AppointmentState[] = ["requested", "accepted", "scheduled", "took_place", "evaluated", "declined", "expired", "cancelled"];

/** My appointments, on the school side and the company side, grouped by state, and my private calendar feed's addresses. */
export async function listAppointments(services: AppServices, actor: Actor) {
  if (!actor) throw forbidden();
  const [mine, links] = await Promise.all([organisationIdsOf(services.db, actor), calendarLinksOf(services, actor.id)]);
  if (mine.length === 0) return { groups: [], links };
  const school = alias(organisation, "school");
  const provider = alias(organisation, "provider");
  const rows = await services.db
    .select({
      id: appointment.id,
      state: appointment.state,
      date: appointment.date,
      startsAt: appointment.startsAt,
      hasProposal: sql<boolean>`${appointment.providerProposal} IS NOT NULL`,
      requestedAt: appointment.requestedAt,
      schoolOrganisationId: appointment.schoolOrganisationId,
      providerOrganisationId: appointment.providerOrganisationId,
      offerTitle: offer.title,
      schoolName: school.name,
      providerName: provider.name,
    })
    .from(appointment)
    .innerJoin(offer, eq(offer.id, appointment.offerId))
    .innerJoin(school, eq(school.id, appointment.schoolOrganisationId))
    .innerJoin(provider, eq(provider.id, appointment.providerOrganisationId))
    .where(or(inArray(appointment.schoolOrganisationId, mine), inArray(appointment.providerOrganisationId, mine)))
    .orderBy(desc(appointment.date), desc(appointment.requestedAt))
    .limit(500);
  const today = amsterdamToday(services.clock.now());
  const items = rows.map((r) => {
    const actors: AppointmentActor[] = [];
    if (mine.includes(r.schoolOrganisationId)) actors.push("school");
    if (mine.includes(r.providerOrganisationId)) actors.push("provider");
    const { hasProposal, ...row } = r;
    return { ...row, side: actors[0]!, actions: actionsToday(r.state, actors, { date: r.date, today, proposal: hasProposal }) };
  });
  return { groups: STATE_ORDER.map((state) => ({ state, items: items.filter((i) => i.state === state) })).filter((g) => g.items.length > 0), links };
}

