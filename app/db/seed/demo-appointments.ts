import { and, asc, eq, or } from "drizzle-orm";
import type { Db } from "../client.server.ts";
import {
  appointment,
  appointmentEvaluation,
  appointmentEvent,
  appointmentMessage,
  appointmentStep,
  lessonRequest,
  network,
  networkMember,
  networkPartner,
  offer,
  organisation,
  providerReliability,
  requestEscalation,
  tipPage,
} from "../schema/index.ts";
import { addDays, amsterdamToday, isoWeekday } from "../../domain/common/time.ts";
import type { AppointmentState, OfferKind } from "../../domain/guest-lessons/vocabulary.ts";
import { STEPS } from "../../domain/guest-lessons/reminders.ts";
import { amsterdamMoment } from "../../domain/common/time.ts";
import { countedResponses } from "../../domain/guest-lessons/counted-responses.ts";
import { summariseResponses } from "../../domain/guest-lessons/reliability.ts";
import { DEFAULT_TIPS } from "../../domain/guest-lessons/default-tips.ts";

/**
 * Demo appointments between the seed schools and companies, in every state of the workflow, with
 * an answer history from which the reliability figures are computed (not typed in), plus the
 * tips pages. Dates are relative to the seeding moment so the demo always has something coming
 * up, something to evaluate and something stalled.
 */
type DemoAppointment = {
  school: string;
  provider: string;
  kind: OfferKind;
  title: string;
  state: AppointmentState;
  /** Days from today of the (first) proposed date. */
  inDays: number;
  /** Days ago the school asked. */
  askedDaysAgo: number;
  /** Hours the provider took to answer (none: no answer). */
  answerHours?: number;
  reason?: string;
  late?: boolean;
  evaluated?: { teacher: number; company?: number; marks: [boolean, boolean, boolean, boolean]; reached: number; comment: string };
  message?: [side: "school" | "provider", body: string];
  escalated?: boolean;
  /** Who agreed to show it in the network calendar. */
  calendar?: "both" | "school";
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const DEMO_APPOINTMENTS: DemoAppointment[] = [
  { school: "vmbo-de-werkplaats", provider: "kiremko", kind: "gastles", title: "Gastles machinebouw voor 3 basis", state: "requested", inDays: 16, askedDaysAgo: 1, message: ["school", "Wij hebben een lokaal met stopcontacten; past een van deze data?"] },
  { school: "vmbo-techniekcollege-kanaleneiland", provider: "domstad-installatiewerken-demo", kind: "gastles", title: "Gastles installatiemonteur voor 2 kader", state: "requested", inDays: 25, askedDaysAgo: 14, escalated: true },
  { school: "zone-college", provider: "stedendriehoek-robotica-demo", kind: "workshop", title: "Workshop robotarm voor mbo 2", state: "accepted", inDays: 30, askedDaysAgo: 6, answerHours: 20, message: ["provider", "Graag! Past een dinsdag in de eerste week van de maand ook?"] },
  { school: "vmbo-de-werkplaats", provider: "installatiewerk", kind: "workshop", title: "Workshop warmtepomp voor 4 kader", state: "scheduled", inDays: 5, askedDaysAgo: 12, answerHours: 6, calendar: "school" },
  { school: "vmbo-techniekcollege-kanaleneiland", provider: "kiremko", kind: "bedrijfsbezoek", title: "Bedrijfsbezoek productiehal voor 3 kader", state: "scheduled", inDays: 19, askedDaysAgo: 8, answerHours: 28, calendar: "both" },
  { school: "vmbo-de-werkplaats", provider: "kiremko", kind: "bedrijfsbezoek", title: "Bedrijfsbezoek Kiremko voor 3 kader", state: "took_place", inDays: -3, askedDaysAgo: 30, answerHours: 40 },
  {
    school: "vmbo-techniekcollege-kanaleneiland",
    provider: "installatiewerk",
    kind: "praktijklokaal",
    title: "Praktijkles installatietechniek voor 2 basis",
    state: "evaluated",
    inDays: -20,
    askedDaysAgo: 45,
    answerHours: 10,
    evaluated: { teacher: 5, company: 4, marks: [true, true, true, true], reached: 22, comment: "Leerlingen werkten echt zelf aan een installatie; goed voorbereid." },
  },
  {
    school: "vmbo-de-werkplaats",
    provider: "kiremko",
    kind: "gastles",
    title: "Gastles frituurmachine voor 2 basis",
    state: "evaluated",
    inDays: -40,
    askedDaysAgo: 60,
    answerHours: 22,
    evaluated: { teacher: 4, marks: [true, true, false, true], reached: 18, comment: "Mooie onderdelen meegenomen; volgende keer meer tijd voor vragen." },
  },
  { school: "zone-college", provider: "kampstaal", kind: "bedrijfsbezoek", title: "Bedrijfsbezoek staalbouw voor mbo 3", state: "declined", inDays: 10, askedDaysAgo: 9, answerHours: 50, reason: "In die weken draaien we een grote order; vraag ons gerust in het voorjaar." },
  { school: "vmbo-techniekcollege-kanaleneiland", provider: "kiremko", kind: "gastles", title: "Gastles besturing voor 4 gemengd", state: "expired", inDays: -15, askedDaysAgo: 35 },
  { school: "vmbo-de-werkplaats", provider: "domstad-installatiewerken-demo", kind: "gastles", title: "Gastles zonnepanelen voor 4 basis", state: "cancelled", inDays: -5, askedDaysAgo: 25, answerHours: 70, reason: "Monteur ziek; we plannen graag opnieuw.", late: true },
  // Last school year: lessons and visits that took place and were evaluated, so the impact page
  // and the encounter ledger show a year to compare with (and which schools nobody reached).
  {
    school: "vmbo-techniekcollege-kanaleneiland",
    provider: "kiremko",
    kind: "bedrijfsbezoek",
    title: "Bedrijfsbezoek productiehal voor 2 kader MT",
    state: "evaluated",
    inDays: -260,
    askedDaysAgo: 290,
    answerHours: 26,
    evaluated: { teacher: 5, company: 5, marks: [true, true, true, true], reached: 21, comment: "Leerlingen mochten zelf een plaatdeel zetten en stelden veel vragen. Achteraf in de klas besproken." },
  },
  {
    school: "nuovo-scholengroep",
    provider: "lage-weide-precisietechniek-demo",
    kind: "bedrijfsbezoek",
    title: "Bezoek aan de cnc-werkplaats voor 3 gemengd",
    state: "evaluated",
    inDays: -230,
    askedDaysAgo: 255,
    answerHours: 30,
    evaluated: { teacher: 4, company: 4, marks: [true, true, true, true], reached: 23, comment: "Van tekening tot onderdeel: duidelijk voor de leerlingen waarom nauwkeurigheid telt." },
  },
  {
    school: "stichting-willibrord",
    provider: "kiremko",
    kind: "gastles",
    title: "Gastles machinebouw voor 3 basis",
    state: "evaluated",
    inDays: -200,
    askedDaysAgo: 222,
    answerHours: 16,
    evaluated: { teacher: 5, marks: [true, true, true, true], reached: 24, comment: "Praktisch en goed voorbereid; de leerlingen hebben zelf onderdelen gemonteerd." },
  },
  {
    school: "vmbo-de-werkplaats",
    provider: "domstad-installatiewerken-demo",
    kind: "gastles",
    title: "Gastles warmtepompen voor 3 kader",
    state: "evaluated",
    inDays: -180,
    askedDaysAgo: 200,
    answerHours: 52,
    evaluated: { teacher: 3, marks: [true, false, false, true], reached: 20, comment: "Vooral een verhaal; weinig ruimte voor vragen van leerlingen." },
  },
  {
    school: "vmbo-de-werkplaats",
    provider: "woerdense-plaatbewerking-demo",
    kind: "workshop",
    title: "Workshop lasersnijden voor 2 basis",
    state: "evaluated",
    inDays: -300,
    askedDaysAgo: 330,
    answerHours: 12,
    evaluated: { teacher: 5, company: 5, marks: [true, true, true, true], reached: 16, comment: "Iedere leerling nam een eigen gesneden naambordje mee naar huis." },
  },
];

/** The first working day (Monday–Friday) on or after a date. */
function weekday(date: string) {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

async function schoolNetwork(tx: Db, schoolId: string) {
  const [row] = await tx
    .select({ id: network.id })
    .from(network)
    .leftJoin(networkMember, eq(networkMember.networkId, network.id))
    .leftJoin(networkPartner, eq(networkPartner.networkId, network.id))
    .where(or(eq(networkMember.organisationId, schoolId), eq(networkPartner.organisationId, schoolId)))
    .orderBy(asc(network.name))
    .limit(1);
  return row?.id ?? null;
}

export async function seedDemoAppointments(tx: Db, ids: { organisations: Map<string, string>; users: Map<string, string> }, now: Date) {
  const org = (slug: string) => {
    const found = ids.organisations.get(slug);
    if (!found) throw new Error(`Demo appointments refer to an unknown organisation: ${slug}`);
    return found;
  };
  const teacher = ids.users.get("docent@demo.technohub.nl") ?? null;
  const companyContact = ids.users.get("bedrijf@demo.technohub.nl") ?? null;
  const today = amsterdamToday(now);
  const providers = new Set<string>();

  for (const d of DEMO_APPOINTMENTS) {
    const schoolId = org(d.school);
    const providerId = org(d.provider);
    providers.add(providerId);
    // Part A's demo offers: the provider's offer of this kind, else any of its offers.
    const candidates = await tx.select().from(offer).where(and(eq(offer.organisationId, providerId), eq(offer.status, "published"))).orderBy(asc(offer.title));
    const o = candidates.find((c) => c.kind === d.kind) ?? candidates[0];
    if (!o) throw new Error(`Demo appointments need an offer of ${d.provider}`);
    const [school] = await tx.select().from(organisation).where(eq(organisation.id, schoolId));
    const asked = new Date(now.getTime() - d.askedDaysAgo * DAY);
    const first = weekday(addDays(today, d.inDays));
    const options = [first, weekday(addDays(first, 1)), weekday(addDays(first, 7))].map((date) => ({ date, startTime: "10:00", endTime: null }));
    const byTeacher = d.school === "vmbo-de-werkplaats" ? teacher : null;
    const settled = ["accepted", "scheduled", "took_place", "evaluated"].includes(d.state);
    const [request] = await tx
      .insert(lessonRequest)
      .values({
        schoolOrganisationId: schoolId,
        createdById: byTeacher,
        networkId: await schoolNetwork(tx, schoolId),
        kind: d.kind,
        title: d.title,
        topics: o.topics.slice(0, 2),
        level: o.levels[0] ?? "vmbo-kader",
        pupils: 20,
        groups: 1,
        dateOptions: options,
        place: "any",
        placeName: school!.place,
        lat: school!.lat,
        lon: school!.lon,
        mode: "direct",
        directOfferId: o.id,
        // As the app leaves it: a request whose lesson the company called off is open again
        // (cancelAppointment); "cancelled" is a request the school withdrew ("Ingetrokken").
        status: settled ? "matched" : "open",
        searchText: d.title.toLowerCase(),
        createdAt: asked,
        updatedAt: asked,
      })
      .returning();

    const responded = d.answerHours !== undefined ? new Date(asked.getTime() + d.answerHours * HOUR) : null;
    const dated = ["scheduled", "took_place", "evaluated", "cancelled"].includes(d.state);
    const startsAt = dated ? new Date(amsterdamMoment(first, "10:00")) : null;
    const endsAt = startsAt ? new Date(startsAt.getTime() + o.durationMinutes * 60_000) : null;
    const stamp = responded ?? asked;
    const [a] = await tx
      .insert(appointment)
      .values({
        requestId: request!.id,
        offerId: o.id,
        schoolOrganisationId: schoolId,
        providerOrganisationId: providerId,
        networkId: request!.networkId,
        requestedById: byTeacher,
        state: d.state,
        proposedOptions: options,
        date: dated ? first : null,
        startsAt,
        endsAt,
        location: o.locations[0] ?? "school",
        level: request!.level,
        pupils: 20,
        groups: 1,
        declineReason: d.state === "declined" ? (d.reason ?? null) : null,
        cancelledBySide: d.state === "cancelled" ? "provider" : null,
        cancelledById: d.state === "cancelled" && d.provider === "kiremko" ? companyContact : null,
        cancelReason: d.state === "cancelled" ? (d.reason ?? null) : null,
        lateCancellation: d.late ?? false,
        pupilsReached: d.evaluated?.reached ?? (d.state === "took_place" ? 19 : null),
        requestedAt: asked,
        respondedAt: responded,
        acceptedAt: settled || d.state === "cancelled" ? stamp : null,
        declinedAt: d.state === "declined" ? stamp : null,
        expiredAt: d.state === "expired" ? new Date(now.getTime() - 10 * DAY) : null,
        scheduledAt: dated ? stamp : null,
        tookPlaceAt: d.state === "took_place" || d.state === "evaluated" ? new Date(amsterdamMoment(first, "15:00")) : null,
        evaluatedAt: d.state === "evaluated" ? new Date(amsterdamMoment(addDays(first, 1), "12:00")) : null,
        cancelledAt: d.state === "cancelled" ? new Date(startsAt!.getTime() - 20 * HOUR) : null,
        escalatedAt: d.escalated ? new Date(now.getTime() - 2 * DAY) : null,
        calendarConsentSchool: d.calendar !== undefined,
        calendarConsentProvider: d.calendar === "both",
        createdAt: asked,
        updatedAt: stamp,
      })
      .returning();

    // The history as the workflow would have written it.
    const path: [AppointmentState | null, AppointmentState, Date][] = [[null, "requested", asked]];
    if (d.state === "declined") path.push(["requested", "declined", stamp]);
    if (d.state === "expired") path.push(["requested", "expired", a!.expiredAt!]);
    if (d.state === "accepted") path.push(["requested", "accepted", stamp]);
    if (dated) path.push(["requested", "scheduled", stamp]);
    if (d.state === "took_place" || d.state === "evaluated") path.push(["scheduled", "took_place", a!.tookPlaceAt!]);
    if (d.state === "evaluated") path.push(["took_place", "evaluated", a!.evaluatedAt!]);
    if (d.state === "cancelled") path.push(["scheduled", "cancelled", a!.cancelledAt!]);
    await tx.insert(appointmentEvent).values(
      path.map(([fromState, toState, at]) => ({ appointmentId: a!.id, fromState, toState, at, reason: toState === "declined" || toState === "cancelled" ? (d.reason ?? null) : null })),
    );
    if (d.evaluated) {
      const [p, g, i, r] = d.evaluated.marks;
      await tx.insert(appointmentEvaluation).values({
        appointmentId: a!.id,
        side: "school",
        authorId: byTeacher,
        rating: d.evaluated.teacher,
        clearPurpose: p,
        learningGoals: g,
        twoWayInteraction: i,
        reflectionAfterwards: r,
        pupilsReached: d.evaluated.reached,
        comment: d.evaluated.comment,
        createdAt: a!.evaluatedAt!,
      });
      if (d.evaluated.company) {
        await tx.insert(appointmentEvaluation).values({ appointmentId: a!.id, side: "provider", rating: d.evaluated.company, pupilsReached: d.evaluated.reached, comment: "", createdAt: a!.evaluatedAt! });
      }
    }
    if (d.state === "took_place") await tx.insert(appointmentStep).values({ appointmentId: a!.id, step: STEPS.providerConfirmedTookPlace, at: a!.tookPlaceAt! });
    if (d.escalated) {
      await tx.insert(appointmentStep).values([
        { appointmentId: a!.id, step: STEPS.answerReminder, at: new Date(now.getTime() - 7 * DAY) },
        { appointmentId: a!.id, step: STEPS.escalated, at: a!.escalatedAt! },
      ]);
      await tx.insert(requestEscalation).values({ requestId: request!.id, escalatedAt: a!.escalatedAt!, reason: `Het bedrijf heeft na meer dan tien werkdagen niet gereageerd op de aanvraag voor ${o.title}.` });
    }
    if (d.message) {
      await tx.insert(appointmentMessage).values({ appointmentId: a!.id, authorId: d.message[0] === "school" ? byTeacher : d.provider === "kiremko" ? companyContact : null, authorSide: d.message[0], body: d.message[1], createdAt: new Date(asked.getTime() + HOUR) });
    }
  }

  // The figures on the offers come from this history, summed as the write path sums them.
  for (const providerId of providers) {
    const rows = await tx
      .select({ requestedAt: appointment.requestedAt, respondedAt: appointment.respondedAt, state: appointment.state })
      .from(appointment)
      .where(eq(appointment.providerOrganisationId, providerId));
    const summary = summariseResponses(countedResponses(rows, now));
    await tx
      .insert(providerReliability)
      .values({ organisationId: providerId, ...summary, updatedAt: now })
      .onConflictDoUpdate({ target: providerReliability.organisationId, set: { ...summary, updatedAt: now } });
  }

  await tx
    .insert(tipPage)
    .values(DEFAULT_TIPS.map((tip, i) => ({ ...tip, sortOrder: i, createdAt: now, updatedAt: now })))
    .onConflictDoNothing();
}
