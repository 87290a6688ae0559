import type { Db } from "~/db/client.server.ts";
import * as s from "~/db/schema/index.ts";
import { insertCourse, insertNetwork, insertOrganisation, insertSession } from "../support/factories.ts";

/**
 * A small hand-built network for the impact and calendar tests. School year 2026-2027 unless
 * said otherwise. Expected figures are computed by hand in the tests.
 */
export async function insertImpactFixture(db: Db) {
  const net = await insertNetwork(db, { slug: "impact-net", name: "Impact Netwerk" });
  const other = await insertNetwork(db, { slug: "ander-net", name: "Ander Netwerk" });
  const org = (slug: string, kind: "school" | "company" | "provider", place: string) => insertOrganisation(db, { slug, name: slug.replace(/-/g, " "), kind, place });
  const schoolA = await org("school-a", "school", "Utrecht");
  const schoolB = await org("school-b", "school", "Zeist");
  const companyX = await org("bedrijf-x", "company", "Woerden");
  const companyY = await org("bedrijf-y", "company", "Houten");
  const providerP = await org("opleider-p", "provider", "Nieuwegein");

  const offer = async (organisationId: string, kind: "gastles" | "bedrijfsbezoek", title: string) =>
    (await db.insert(s.offer).values({ organisationId, kind, title, status: "published" }).returning())[0]!;
  const lessonX = await offer(companyX.id, "gastles", "Gastles lassen");
  const visitY = await offer(companyY.id, "bedrijfsbezoek", "Bezoek aan de werkplaats");
  const lessonP = await offer(providerP.id, "gastles", "Gastles installatietechniek");

  const request = async (schoolId: string, level: string, groups: number, periodFrom: string, status: "open" | "matched" | "cancelled" = "matched", networkId = net.id) =>
    (
      await db
        .insert(s.lessonRequest)
        .values({ schoolOrganisationId: schoolId, networkId, kind: "gastles", title: "Vraag", level, pupils: 25 * groups, groups, periodFrom, periodUntil: periodFrom, status })
        .returning()
    )[0]!;
  const rA1 = await request(schoolA.id, "vmbo-kader", 2, "2026-10-01");
  const rA2 = await request(schoolA.id, "havo", 1, "2026-11-01");
  const rB1 = await request(schoolB.id, "vmbo-basis", 1, "2026-10-01");
  await request(schoolB.id, "vwo", 3, "2026-10-01", "cancelled");
  const rOld = await request(schoolA.id, "vmbo-kader", 1, "2026-03-01");
  const rOther = await request(schoolB.id, "havo", 1, "2026-10-01", "matched", other.id);

  type Appt = typeof s.appointment.$inferInsert;
  const appointment = async (v: Partial<Appt> & Pick<Appt, "offerId" | "schoolOrganisationId" | "providerOrganisationId">) =>
    (await db.insert(s.appointment).values({ state: "took_place", ...v }).returning())[0]!;
  const at = (date: string, hour: number) => ({ date, startsAt: new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`), endsAt: new Date(`${date}T${String(hour + 1).padStart(2, "0")}:30:00Z`) });
  // 1. Meaningful: evaluated, company, all four marks, 2 groups of vmbo-kader, 48 pupils.
  const a1 = await appointment({ requestId: rA1.id, offerId: lessonX.id, schoolOrganisationId: schoolA.id, providerOrganisationId: companyX.id, state: "evaluated", ...at("2026-10-05", 9), level: "vmbo-kader", groups: 2, pupilsReached: 48, location: "school", calendarConsentSchool: true, calendarConsentProvider: true });
  await db.insert(s.appointmentEvaluation).values([
    { appointmentId: a1.id, side: "school", rating: 5, clearPurpose: true, learningGoals: true, twoWayInteraction: true, reflectionAfterwards: true },
    { appointmentId: a1.id, side: "provider", rating: 4 },
  ]);
  // 2. Took place at a company (visit), three marks of four: not meaningful; 22 pupils.
  const a2 = await appointment({ requestId: rA2.id, offerId: visitY.id, schoolOrganisationId: schoolA.id, providerOrganisationId: companyY.id, state: "evaluated", ...at("2026-11-03", 10), level: "havo", groups: 1, pupilsReached: 22, location: "company", calendarConsentSchool: true });
  await db.insert(s.appointmentEvaluation).values({ appointmentId: a2.id, side: "school", rating: 3, clearPurpose: true, learningGoals: true, twoWayInteraction: true, reflectionAfterwards: false });
  // 3. A provider (not an employer), all four marks: counts as a guest lesson, not as an encounter; 19 pupils from the evaluation.
  const a3 = await appointment({ requestId: rB1.id, offerId: lessonP.id, schoolOrganisationId: schoolB.id, providerOrganisationId: providerP.id, state: "evaluated", ...at("2026-10-12", 8), level: "vmbo-basis", groups: 1 });
  await db.insert(s.appointmentEvaluation).values({ appointmentId: a3.id, side: "school", rating: 4, clearPurpose: true, learningGoals: true, twoWayInteraction: true, reflectionAfterwards: true, pupilsReached: 19 });
  // 4. Scheduled, visible in the calendar, not yet an impact.
  const a4 = await appointment({ requestId: rB1.id, offerId: lessonX.id, schoolOrganisationId: schoolB.id, providerOrganisationId: companyX.id, state: "scheduled", ...at("2027-02-10", 9), level: "vmbo-basis", groups: 1, location: "school", calendarConsentSchool: true, calendarConsentProvider: true });
  // 5. Cancelled (both consented): nowhere.
  await appointment({ requestId: rB1.id, offerId: lessonX.id, schoolOrganisationId: schoolB.id, providerOrganisationId: companyX.id, state: "cancelled", ...at("2027-02-11", 9), calendarConsentSchool: true, calendarConsentProvider: true });
  // 6. Last school year: took place, 30 pupils, meaningful.
  const a6 = await appointment({ requestId: rOld.id, offerId: lessonX.id, schoolOrganisationId: schoolA.id, providerOrganisationId: companyX.id, state: "took_place", ...at("2026-03-10", 9), level: "vmbo-kader", groups: 1, pupilsReached: 30 });
  await db.insert(s.appointmentEvaluation).values({ appointmentId: a6.id, side: "school", rating: 5, clearPurpose: true, learningGoals: true, twoWayInteraction: true, reflectionAfterwards: true });
  // 7. Another network's appointment: never counted here.
  await appointment({ requestId: rOther.id, offerId: lessonX.id, schoolOrganisationId: schoolB.id, providerOrganisationId: companyX.id, state: "took_place", ...at("2026-10-20", 9), pupilsReached: 99, calendarConsentSchool: true, calendarConsentProvider: true });

  // Courses: one in the network with a session (2 attended, 1 cancelled, 1 confirmed), one elsewhere.
  const course = (slug: string, networkId: string) => insertCourse(db, { slug, providerId: providerP.id, networkId, title: `Cursus ${slug}` });
  const c1 = await course("lassen-basis", net.id);
  const c2 = await course("elders", other.id);
  const session = (courseId: string, day: string, places: number) =>
    insertSession(db, { courseId, startsAt: new Date(`${day}T07:00:00Z`), endsAt: new Date(`${day}T15:00:00Z`), capacity: 12, registrationDeadline: new Date(`${day}T00:00:00Z`), placesTaken: places, place: "Nieuwegein" });
  const s1 = await session(c1.id, "2026-12-01", 3);
  const s2 = await session(c1.id, "2027-03-01", 0);
  const s3 = await session(c2.id, "2026-12-01", 1);
  let n = 0;
  const reg = (sessionId: string, status: "attended" | "cancelled" | "confirmed") =>
    ({ sessionId, status, participantName: `Deelnemer ${++n}`, participantEmail: `deelnemer${n}@example.nl`, token: `token-${n}`, organisationId: companyX.id });
  await db.insert(s.registration).values([reg(s1.id, "attended"), reg(s1.id, "attended"), reg(s1.id, "cancelled"), reg(s1.id, "confirmed"), reg(s3.id, "attended")]);

  // An event on 18 March 2027 at 09:00: school A's havo group visits company Y (present, 24 pupils); school B's vwo group is absent; school B's havo group got no visit.
  const [ev] = await db
    .insert(s.event)
    .values({
      slug: "techniekdag-2027",
      networkId: net.id,
      name: "Techniekdag 2027",
      kind: "techniekdag",
      startsOn: "2027-03-18",
      windows: [{ key: "ochtend", label: "Ochtend", date: "2027-03-18", start: "09:00", end: "12:00" }],
      status: "published",
    })
    .returning();
  await db.insert(s.event).values({ slug: "concept-dag", networkId: net.id, name: "Conceptdag", kind: "open_dag", startsOn: "2027-04-01", status: "draft" });
  const [slot] = await db
    .insert(s.eventSlot)
    .values({ eventId: ev!.id, hostOrganisationId: companyY.id, window: "ochtend", capacityPupils: 60, levels: ["havo", "vwo"], activity: "Rondleiding", lat: 52.03, lon: 5.17 })
    .returning();
  const group = async (schoolId: string, label: string, level: string) =>
    (await db.insert(s.eventGroup).values({ eventId: ev!.id, schoolOrganisationId: schoolId, label, size: 25, level }).returning())[0]!;
  const g1 = await group(schoolA.id, "4 havo A", "havo");
  const g2 = await group(schoolB.id, "5 vwo", "vwo");
  await group(schoolB.id, "4 havo", "havo");
  const [as1, as2] = await db
    .insert(s.eventAssignment)
    .values([
      { eventId: ev!.id, groupId: g1.id, slotId: slot!.id, source: "engine" },
      { eventId: ev!.id, groupId: g2.id, slotId: slot!.id, source: "engine" },
    ])
    .returning();
  await db.insert(s.attendance).values([
    { assignmentId: as1!.id, status: "present", pupilsPresent: 24 },
    { assignmentId: as2!.id, status: "absent" },
  ]);

  return { net, other, schoolA, schoolB, companyX, companyY, providerP, a1, a2, a4, s1, s2, ev: ev! };
}
