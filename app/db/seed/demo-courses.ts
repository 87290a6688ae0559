import crypto from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client.server.ts";
import { account, course, courseSession, membership, networkLocation, registration, trainingNeed, user } from "../schema/index.ts";
import { courseTextColumns } from "../../domain/courses/matching.ts";
import { amsterdamDate, amsterdamParts } from "../../domain/common/time.ts";
import type { CourseFormat, CourseLevel, CourseTopic, NeedFormat, TargetGroup } from "../../domain/courses/vocabulary.ts";
import { findPlace } from "../../lib/geo/gazetteer.server.ts";

/**
 * Demo courses of the seed providers (OBM, ROC Midden Nederland, ROC Friese
 * Poort, Aeres MBO) at the Technohub NOP hubs and the Technologieroute's
 * practice rooms, and training needs of seed companies. Session dates are
 * counted from the moment of seeding, so the demo never lies in the past.
 * One welding session has two places, so a demo (or the e2e test) can fill it.
 */
export const DEMO_COURSE_USERS = [
  { email: "werknemer@demo.technohub.nl", name: "Daan Mulder (demo)", company: null },
  { email: "lasser@demo.technohub.nl", name: "Sem de Boer (demo)", company: null },
  { email: "monteur@demo.technohub.nl", name: "Noor Visser (demo)", company: null },
  { email: "kampstaal@demo.technohub.nl", name: "Ruben Smit (demo)", company: "kampstaal" },
  { email: "suplacon@demo.technohub.nl", name: "Eva Meijer (demo)", company: "suplacon" },
] as const;

type DemoSession = { inDays: number; from: string; to: string; hub?: string; place?: string; capacity: number; min?: number; deadlineDaysBefore?: number };
type DemoCourse = {
  slug: string;
  provider: string;
  network?: string;
  title: string;
  summary: string;
  description: string;
  topics: CourseTopic[];
  targetGroups: TargetGroup[];
  level: CourseLevel;
  format: CourseFormat;
  duration: string;
  priceCents: number;
  leadsTo: string;
  sessions: DemoSession[];
};

const HUB_FRIESE_POORT = "Fysieke hub ROC Friese Poort Emmeloord";
const HUB_AERES = "Fysieke hub Aeres MBO Emmeloord";
const HUB_DRONTEN = "Agri Innovatiecenter Aeres Hogeschool";
const HUB_MOBILE = "Mobiele hub Technohub NOP";
const HUB_ONLINE = "Online leeromgeving (Ozone-platform)";
const OBM_ROOM = "Praktijklokaal OBM Midden-Nederland";
const ROC_MN = "ROC Midden Nederland, techniekopleidingen";

export const DEMO_COURSES: DemoCourse[] = [
  {
    slug: "mig-mag-lassen-voor-beginners",
    provider: "roc-friese-poort",
    network: "technohub-nop",
    title: "MIG/MAG-lassen voor beginners",
    summary: "Leer in vier dagdelen veilig en netjes MIG/MAG-lassen aan staal, in de fysieke hub in Emmeloord.",
    description:
      "Voor medewerkers in de maakindustrie die (nog) weinig lassen. U oefent hoeknaden en stompe naden aan plaatstaal, leert de machine instellen en werkt veilig met gassen.\n\nNa afloop kunt u eenvoudige constructies lassen onder begeleiding.",
    topics: ["lassen"],
    targetGroups: ["werknemers", "zij_instromers"],
    level: "mbo-2",
    format: "physical_hub",
    duration: "4 dagdelen",
    priceCents: 39500,
    leadsTo: "Bewijs van deelname",
    sessions: [
      { inDays: 21, from: "08:30", to: "16:30", hub: HUB_FRIESE_POORT, capacity: 2, min: 1 },
      { inDays: 56, from: "08:30", to: "16:30", hub: HUB_FRIESE_POORT, capacity: 8, min: 4 },
    ],
  },
  {
    slug: "tig-lassen-van-rvs",
    provider: "obm-midden-nederland",
    network: "technohub-nop",
    title: "TIG-lassen van RVS",
    summary: "Praktijkcursus TIG-lassen van roestvast staal (RVS) en leidingwerk, met een lasmethodekwalificatie als afsluiting.",
    description:
      "Voor lassers met ervaring in MIG/MAG die RVS willen leren lassen. Onderwerpen: voorbereiden, beschermgas, pendelen en een proefstuk voor de kwalificatie.",
    topics: ["lassen"],
    targetGroups: ["werknemers"],
    level: "mbo-3",
    format: "physical_hub",
    duration: "6 dagdelen",
    priceCents: 65000,
    leadsTo: "Lassercertificaat NEN-EN-ISO 9606",
    sessions: [
      { inDays: 35, from: "13:00", to: "21:00", hub: HUB_AERES, capacity: 6, min: 3 },
      { inDays: 91, from: "13:00", to: "21:00", hub: HUB_AERES, capacity: 6, min: 3 },
    ],
  },
  {
    slug: "lassen-en-plaatbewerking-op-locatie",
    provider: "obm-midden-nederland",
    network: "technohub-nop",
    title: "Lassen en plaatbewerking op locatie",
    summary: "De mobiele hub komt naar uw bedrijf: een praktijkdag lassen en kanten met uw eigen medewerkers.",
    description: "Een dag op maat in de mobiele hub van Technohub NOP, op het terrein van een van de deelnemende bedrijven.",
    topics: ["lassen", "plaatbewerking"],
    targetGroups: ["werknemers", "studenten"],
    level: "mbo-2",
    format: "mobile_hub",
    duration: "1 dag",
    priceCents: 25000,
    leadsTo: "Bewijs van deelname",
    sessions: [{ inDays: 42, from: "08:00", to: "16:00", hub: HUB_MOBILE, capacity: 8 }],
  },
  {
    slug: "precisielandbouw-en-gps-besturing",
    provider: "aeres-mbo",
    network: "technohub-nop",
    title: "Precisielandbouw en GPS-besturing",
    summary: "Werken met taakkaarten, sectiebesturing en GPS op moderne landbouwmachines, in het Agri Innovatiecenter in Dronten.",
    description: "Voor medewerkers van loonbedrijven en akkerbouwbedrijven. U werkt met echte machines en de software die erbij hoort.",
    topics: ["precisielandbouw", "agrotechniek", "digitalisering"],
    targetGroups: ["werknemers", "studenten", "docenten"],
    level: "mbo-4",
    format: "physical_hub",
    duration: "3 dagdelen",
    priceCents: 0,
    leadsTo: "Bewijs van deelname",
    sessions: [{ inDays: 28, from: "09:00", to: "15:30", hub: HUB_DRONTEN, capacity: 12, min: 5 }],
  },
  {
    slug: "hydrauliek-in-landbouwmachines",
    provider: "aeres-mbo",
    network: "technohub-nop",
    title: "Hydrauliek in landbouwmachines",
    summary: "Schema's lezen, storingen zoeken en veilig werken aan hydraulische systemen: deels online, deels in de hub.",
    description: "De theorie volgt u online in uw eigen tijd; de praktijk in de fysieke hub van Aeres MBO in Emmeloord.",
    topics: ["hydrauliek", "agrotechniek", "onderhoud"],
    targetGroups: ["werknemers", "zij_instromers"],
    level: "mbo-3",
    format: "blended",
    duration: "6 weken, 1 avond per week",
    priceCents: 48000,
    leadsTo: "MBO-certificaat",
    sessions: [{ inDays: 49, from: "18:30", to: "21:30", hub: HUB_AERES, capacity: 10, min: 6 }],
  },
  {
    slug: "digitale-vaardigheden-voor-de-werkvloer",
    provider: "roc-friese-poort",
    network: "technohub-nop",
    title: "Digitale vaardigheden voor de werkvloer",
    summary: "Gratis online cursus: werken met tablets, digitale werkinstructies en storingsmeldingen.",
    description: "In korte online lessen via het Ozone-platform, in uw eigen tempo.",
    topics: ["digitalisering", "communicatie"],
    targetGroups: ["werknemers", "zij_instromers"],
    level: "none",
    format: "online",
    duration: "4 online lessen van een uur",
    priceCents: 0,
    leadsTo: "Bewijs van deelname",
    sessions: [
      { inDays: -14, from: "19:00", to: "20:00", hub: HUB_ONLINE, capacity: 30 },
      { inDays: 14, from: "19:00", to: "20:00", hub: HUB_ONLINE, capacity: 30 },
    ],
  },
  {
    slug: "cnc-draaien-en-frezen",
    provider: "obm-midden-nederland",
    network: "technologieroute",
    title: "CNC-draaien en -frezen",
    summary: "Programmeren en bedienen van CNC-draaibanken en -freesmachines in het praktijklokaal van OBM in Nieuwegein.",
    description: "Voor verspaners en zij-instromers. U leert G-code lezen, gereedschap kiezen en een werkstuk van tekening tot product maken.",
    topics: ["cnc", "verspanen"],
    targetGroups: ["werknemers", "zij_instromers"],
    level: "mbo-3",
    format: "physical_hub",
    duration: "8 dagdelen",
    priceCents: 89500,
    leadsTo: "MBO-certificaat Verspanen",
    sessions: [{ inDays: 30, from: "08:30", to: "16:30", hub: OBM_ROOM, capacity: 8, min: 4 }],
  },
  {
    slug: "basiscursus-plc-programmeren",
    provider: "roc-midden-nederland",
    network: "technologieroute",
    title: "Basiscursus PLC-programmeren",
    summary: "Een eerste kennismaking met PLC-programmeren en besturingstechniek voor monteurs en docenten.",
    description: "U programmeert een Siemens S7-PLC en test uw programma op een demonstratieopstelling.",
    topics: ["plc", "mechatronica"],
    targetGroups: ["werknemers", "docenten"],
    level: "mbo-4",
    format: "blended",
    duration: "5 avonden",
    priceCents: 54000,
    leadsTo: "Bewijs van deelname",
    sessions: [{ inDays: 38, from: "18:00", to: "21:00", hub: ROC_MN, capacity: 12, min: 6 }],
  },
];

type DemoNeed = { company: string; contact: string; topic: CourseTopic; description: string; employees: number; level: CourseLevel; months: [number, number]; format: NeedFormat; place: string };

export const DEMO_NEEDS: DemoNeed[] = [
  { company: "kampstaal", contact: "kampstaal@demo.technohub.nl", topic: "lassen", description: "TIG-lassen van RVS-leidingwerk voor onze ervaren MIG/MAG-lassers.", employees: 6, level: "mbo-3", months: [2, 5], format: "physical_hub", place: "Emmeloord" },
  { company: "kampstaal", contact: "kampstaal@demo.technohub.nl", topic: "robotica", description: "Programmeren en bedienen van een cobot bij het lassen van kleine series.", employees: 4, level: "mbo-4", months: [3, 8], format: "blended", place: "Emmeloord" },
  { company: "suplacon", contact: "suplacon@demo.technohub.nl", topic: "plaatbewerking", description: "Kanten en zetten op een CNC-kantbank, voor nieuwe medewerkers.", employees: 5, level: "mbo-2", months: [1, 4], format: "mobile_hub", place: "Emmeloord" },
  { company: "suplacon", contact: "suplacon@demo.technohub.nl", topic: "leidinggeven", description: "Leidinggeven voor ploegleiders die uit de eigen werkplaats doorgroeien.", employees: 3, level: "mbo-4", months: [4, 9], format: "no_preference", place: "Emmeloord" },
  { company: "agrofoodcluster", contact: "kampstaal@demo.technohub.nl", topic: "precisielandbouw", description: "Taakkaarten en GPS-besturing voor medewerkers van loonbedrijven.", employees: 12, level: "mbo-3", months: [2, 6], format: "physical_hub", place: "Dronten" },
  { company: "innovatiecluster-noordoostpolder", contact: "suplacon@demo.technohub.nl", topic: "duurzame-energie", description: "Zonnepanelen en warmtepompen op bedrijfshallen: onderhoud en storingen.", employees: 8, level: "mbo-3", months: [5, 10], format: "blended", place: "Emmeloord" },
  { company: "kiremko", contact: "bedrijf@demo.technohub.nl", topic: "elektrotechniek", description: "NEN 3140 voor monteurs die aan keukenapparatuur werken (voldoend onderricht persoon).", employees: 7, level: "mbo-2", months: [1, 3], format: "physical_hub", place: "Woerden" },
];

const DAY = 86_400_000;

function dayFrom(now: Date, days: number): string {
  return amsterdamParts(new Date(now.getTime() + days * DAY)).date;
}

/** The first day of the month `months` ahead of now, as "YYYY-MM-DD" (needs' periods). */
function monthFrom(now: Date, months: number, end = false): string {
  const { date } = amsterdamParts(now);
  const [y, m] = date.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months + (end ? 1 : 0);
  const first = new Date(Date.UTC(Math.floor(total / 12), total % 12, 1));
  if (end) first.setUTCDate(0);
  return first.toISOString().slice(0, 10);
}

export async function seedDemoCourses(
  tx: Db,
  ctx: { organisations: Map<string, string>; networks: Map<string, string>; users: Map<string, string>; passwordHash: string; newId: (model: "user" | "account") => string },
  now: Date,
) {
  const id = (map: Map<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`Demo courses refer to an unknown key: ${key}`);
    return value;
  };

  // Demo users of this area: three employees and the contacts of Kampstaal and Suplacon.
  const existing = await tx.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, DEMO_COURSE_USERS.map((u) => u.email)));
  const userIds = new Map(ctx.users);
  for (const u of existing) userIds.set(u.email, u.id);
  const fresh = DEMO_COURSE_USERS.filter((u) => !userIds.has(u.email));
  for (const u of fresh) userIds.set(u.email, ctx.newId("user"));
  if (fresh.length) {
    await tx.insert(user).values(fresh.map((u) => ({ id: userIds.get(u.email)!, name: u.name, email: u.email, emailVerified: true, role: "user", locale: "nl" })));
    await tx.insert(account).values(
      fresh.map((u) => ({ id: ctx.newId("account"), userId: userIds.get(u.email)!, accountId: userIds.get(u.email)!, providerId: "credential", password: ctx.passwordHash })),
    );
  }
  const companyContacts = DEMO_COURSE_USERS.filter((u) => u.company);
  await tx
    .insert(membership)
    .values(companyContacts.map((u) => ({ userId: userIds.get(u.email)!, organisationId: id(ctx.organisations, u.company!), role: "admin" as const })))
    .onConflictDoNothing();

  const hubs = await tx
    .select({ id: networkLocation.id, name: networkLocation.name, place: networkLocation.place, lat: networkLocation.lat, lon: networkLocation.lon })
    .from(networkLocation)
    .where(inArray(networkLocation.networkId, [id(ctx.networks, "technohub-nop"), id(ctx.networks, "technologieroute")]));
  const hubByName = new Map(hubs.map((h) => [h.name, h]));

  const sessionsBySlug = new Map<string, string[]>();
  for (const c of DEMO_COURSES) {
    const [row] = await tx
      .insert(course)
      .values({
        slug: c.slug,
        providerId: id(ctx.organisations, c.provider),
        networkId: c.network ? id(ctx.networks, c.network) : null,
        title: c.title,
        summary: c.summary,
        description: c.description,
        topics: c.topics,
        targetGroups: c.targetGroups,
        level: c.level,
        format: c.format,
        duration: c.duration,
        priceCents: c.priceCents,
        leadsTo: c.leadsTo,
        status: "published",
        ...courseTextColumns(c),
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: course.id });
    const ids: string[] = [];
    for (const s of c.sessions) {
      const day = dayFrom(now, s.inDays);
      const hub = s.hub ? hubByName.get(s.hub) : undefined;
      if (s.hub && !hub) throw new Error(`Demo courses refer to an unknown hub: ${s.hub}`);
      const where = hub ? { place: hub.place, lat: hub.lat, lon: hub.lon } : s.place ? (() => { const p = findPlace(s.place!)!; return { place: p.name, lat: p.lat, lon: p.lon }; })() : { place: null, lat: null, lon: null };
      const [session] = await tx
        .insert(courseSession)
        .values({
          courseId: row!.id,
          startsAt: amsterdamDate(day, s.from)!,
          endsAt: amsterdamDate(day, s.to)!,
          locationId: hub?.id ?? null,
          ...where,
          capacity: s.capacity,
          minParticipants: s.min ?? 0,
          registrationDeadline: amsterdamDate(dayFrom(now, s.inDays - (s.deadlineDaysBefore ?? 3)), "23:59")!,
          createdAt: now,
        })
        .returning({ id: courseSession.id });
      ids.push(session!.id);
    }
    sessionsBySlug.set(c.slug, ids);
  }

  // A past online lesson Daan attended: his certificate of participation can be downloaded.
  const [pastSession] = sessionsBySlug.get("digitale-vaardigheden-voor-de-werkvloer")!;
  await tx.insert(registration).values({
    sessionId: pastSession!,
    userId: userIds.get("werknemer@demo.technohub.nl")!,
    participantName: "Daan Mulder (demo)",
    participantEmail: "werknemer@demo.technohub.nl",
    status: "attended",
    token: crypto.randomBytes(24).toString("base64url"),
    createdAt: new Date(now.getTime() - 30 * DAY),
    confirmedAt: new Date(now.getTime() - 30 * DAY),
    updatedAt: now,
  });
  await tx.update(courseSession).set({ placesTaken: 1 }).where(eq(courseSession.id, pastSession!));

  // And a place on a course to come, so his home page shows what is next for him.
  const [plcSession] = sessionsBySlug.get("basiscursus-plc-programmeren")!;
  await tx.insert(registration).values({
    sessionId: plcSession!,
    userId: userIds.get("werknemer@demo.technohub.nl")!,
    participantName: "Daan Mulder (demo)",
    participantEmail: "werknemer@demo.technohub.nl",
    status: "confirmed",
    token: crypto.randomBytes(24).toString("base64url"),
    createdAt: new Date(now.getTime() - 2 * DAY),
    confirmedAt: new Date(now.getTime() - 2 * DAY),
    updatedAt: now,
  });
  await tx.update(courseSession).set({ placesTaken: 1 }).where(eq(courseSession.id, plcSession!));

  await tx.insert(trainingNeed).values(
    DEMO_NEEDS.map((n) => {
      const where = findPlace(n.place);
      return {
        organisationId: id(ctx.organisations, n.company),
        createdById: userIds.get(n.contact) ?? null,
        topic: n.topic,
        description: n.description,
        employeeCount: n.employees,
        level: n.level,
        periodStart: monthFrom(now, n.months[0]),
        periodEnd: monthFrom(now, n.months[1], true),
        preferredFormat: n.format,
        place: where?.name ?? n.place,
        province: where?.province ?? null,
        lat: where?.lat ?? null,
        lon: where?.lon ?? null,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
}
