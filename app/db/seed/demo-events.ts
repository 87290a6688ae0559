/**
 * Demo data for events: Feest van de Techniek 2027 in Utrecht with visit slots
 * from the seed companies and classes from the seed schools, assigned by the
 * engine and published; last year's edition, done, with attendance; Girlsday
 * 2027 and a Techniekdag open for registration.
 * Deterministic: fixed data, the engine is deterministic on this small instance.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client.server.ts";
import { assignmentRun, attendance, event, eventAssignment, eventGroup, eventSlot, network, organisation } from "../schema/index.ts";
import { solveAssignment } from "../../domain/events/assignment/solve.ts";
import { buildInstance } from "../../domain/events/instance.ts";

const day = (date: string) => [
  { key: "ochtend", label: "Ochtend", date, start: "09:00", end: "12:00" },
  { key: "middag", label: "Middag", date, start: "13:00", end: "16:00" },
];

const VMBO = ["vmbo-basis", "vmbo-kader", "vmbo-gt"];

type DemoSlot = { host: string; window: string; capacity?: number; maxGroups?: number; levels: string[]; activity: string; notes?: string };
type DemoGroup = { school: string; label: string; size: number; level: string; windows?: string[]; prefs: ({ host: string } | { sector: string })[] };

const FEEST_SLOTS: DemoSlot[] = [
  { host: "kiremko", window: "ochtend", capacity: 30, maxGroups: 1, levels: VMBO, activity: "Rondleiding door de fabriek van frituur- en bakapparatuur; zelf een plaatdeel zetten.", notes: "Veiligheidsschoenen liggen klaar." },
  { host: "kiremko", window: "middag", capacity: 30, maxGroups: 1, levels: VMBO, activity: "Rondleiding door de fabriek van frituur- en bakapparatuur; zelf een plaatdeel zetten.", notes: "Veiligheidsschoenen liggen klaar." },
  { host: "woerdens-techniek-talent", window: "ochtend", maxGroups: 2, levels: ["vmbo-basis", "vmbo-kader"], activity: "Techniekcarrousel: lassen, solderen en programmeren." },
  { host: "installatiewerk", window: "ochtend", capacity: 48, maxGroups: 2, levels: VMBO, activity: "Praktijkcentrum installatietechniek: een cv-ketel aansluiten.", notes: "Rolstoeltoegankelijk. Bushalte voor de deur." },
  { host: "installatiewerk", window: "middag", capacity: 48, maxGroups: 2, levels: VMBO, activity: "Praktijkcentrum installatietechniek: een cv-ketel aansluiten.", notes: "Rolstoeltoegankelijk. Bushalte voor de deur." },
  { host: "domstad-installatiewerken-demo", window: "ochtend", capacity: 25, levels: ["vmbo-kader", "vmbo-gt"], activity: "Meekijken bij het installeren van een warmtepomp." },
  { host: "vaartsche-rijn-elektrotechniek-demo", window: "middag", capacity: 24, maxGroups: 1, levels: VMBO, activity: "Zonnepanelen en laadpalen: meten en aansluiten." },
  { host: "lage-weide-precisietechniek-demo", window: "ochtend", capacity: 20, maxGroups: 1, levels: ["vmbo-kader", "vmbo-gt"], activity: "De cnc-werkplaats: van tekening tot onderdeel." },
  { host: "lage-weide-precisietechniek-demo", window: "middag", capacity: 20, maxGroups: 1, levels: ["vmbo-kader", "vmbo-gt"], activity: "De cnc-werkplaats: van tekening tot onderdeel." },
  { host: "leidsche-rijn-bouwtechniek-demo", window: "ochtend", capacity: 50, maxGroups: 2, levels: ["vmbo-basis", "vmbo-kader"], activity: "Een dag op de bouwplaats in Leidsche Rijn.", notes: "Helm en hesje worden uitgedeeld." },
  { host: "woerdense-plaatbewerking-demo", window: "middag", capacity: 26, maxGroups: 1, levels: ["vmbo-basis", "vmbo-kader"], activity: "Plaatwerk lasersnijden en buigen." },
];

const FEEST_GROUPS: DemoGroup[] = [
  { school: "vmbo-de-werkplaats", label: "3 kader A", size: 22, level: "vmbo-kader", prefs: [{ host: "kiremko" }, { sector: "Installatietechniek" }] },
  { school: "vmbo-de-werkplaats", label: "3 kader B", size: 24, level: "vmbo-kader", prefs: [{ sector: "Installatietechniek" }, { host: "lage-weide-precisietechniek-demo" }] },
  { school: "vmbo-de-werkplaats", label: "3 basis", size: 16, level: "vmbo-basis", windows: ["ochtend"], prefs: [{ host: "leidsche-rijn-bouwtechniek-demo" }] },
  { school: "vmbo-de-werkplaats", label: "4 gemengd", size: 20, level: "vmbo-gt", prefs: [{ host: "lage-weide-precisietechniek-demo" }, { sector: "Installatietechniek" }] },
  { school: "vmbo-techniekcollege-kanaleneiland", label: "2 basis BWI", size: 18, level: "vmbo-basis", prefs: [{ sector: "Bouw" }, { host: "woerdens-techniek-talent" }] },
  { school: "vmbo-techniekcollege-kanaleneiland", label: "3 kader MT", size: 21, level: "vmbo-kader", prefs: [{ host: "kiremko" }, { host: "woerdense-plaatbewerking-demo" }] },
  { school: "vmbo-techniekcollege-kanaleneiland", label: "3 basis PIE", size: 15, level: "vmbo-basis", windows: ["middag"], prefs: [{ host: "woerdense-plaatbewerking-demo" }, { host: "installatiewerk" }] },
  { school: "vmbo-techniekcollege-kanaleneiland", label: "4 kader PIE", size: 19, level: "vmbo-kader", prefs: [{ host: "vaartsche-rijn-elektrotechniek-demo" }, { host: "installatiewerk" }] },
  { school: "nuovo-scholengroep", label: "2 kader techniek", size: 25, level: "vmbo-kader", prefs: [{ host: "installatiewerk" }, { host: "domstad-installatiewerken-demo" }] },
  { school: "nuovo-scholengroep", label: "3 gemengd techniek", size: 23, level: "vmbo-gt", windows: ["middag"], prefs: [{ host: "kiremko" }, { host: "lage-weide-precisietechniek-demo" }] },
  { school: "stichting-willibrord", label: "2 basis", size: 17, level: "vmbo-basis", prefs: [{ host: "leidsche-rijn-bouwtechniek-demo" }, { sector: "Maakindustrie" }] },
  { school: "stichting-willibrord", label: "3 kader", size: 24, level: "vmbo-kader", prefs: [{ sector: "Maakindustrie" }, { host: "installatiewerk" }] },
];

/** Last year's classes: the same schools, a year younger. */
const FEEST_2026_GROUPS: DemoGroup[] = [
  { school: "vmbo-de-werkplaats", label: "2 kader A", size: 23, level: "vmbo-kader", prefs: [{ host: "kiremko" }] },
  { school: "vmbo-de-werkplaats", label: "2 basis", size: 17, level: "vmbo-basis", windows: ["ochtend"], prefs: [{ host: "leidsche-rijn-bouwtechniek-demo" }] },
  { school: "vmbo-de-werkplaats", label: "3 gemengd", size: 19, level: "vmbo-gt", prefs: [{ host: "lage-weide-precisietechniek-demo" }] },
  { school: "vmbo-techniekcollege-kanaleneiland", label: "2 kader MT", size: 20, level: "vmbo-kader", prefs: [{ host: "woerdense-plaatbewerking-demo" }, { sector: "Maakindustrie" }] },
  { school: "vmbo-techniekcollege-kanaleneiland", label: "3 basis BWI", size: 16, level: "vmbo-basis", prefs: [{ sector: "Bouw" }] },
  { school: "nuovo-scholengroep", label: "3 kader techniek", size: 24, level: "vmbo-kader", prefs: [{ host: "installatiewerk" }] },
  { school: "stichting-willibrord", label: "3 basis", size: 18, level: "vmbo-basis", prefs: [{ host: "installatiewerk" }, { sector: "Installatietechniek" }] },
  { school: "stichting-willibrord", label: "4 kader", size: 22, level: "vmbo-kader", prefs: [{ host: "vaartsche-rijn-elektrotechniek-demo" }] },
];

const TECHNIEKDAG_SLOTS: DemoSlot[] = [
  { host: "installatiewerk", window: "ochtend", capacity: 30, maxGroups: 1, levels: VMBO, activity: "Installatietechniek in het praktijkcentrum." },
  { host: "domstad-installatiewerken-demo", window: "middag", capacity: 30, maxGroups: 1, levels: VMBO, activity: "Een warmtepomp van dichtbij." },
  { host: "leidsche-rijn-bouwtechniek-demo", window: "ochtend", capacity: 30, maxGroups: 1, levels: VMBO, activity: "Rondleiding op de bouwplaats." },
];

const TECHNIEKDAG_GROUPS: DemoGroup[] = [
  { school: "vmbo-techniekcollege-kanaleneiland", label: "3 kader BWI", size: 20, level: "vmbo-kader", prefs: [{ host: "leidsche-rijn-bouwtechniek-demo" }] },
  { school: "stichting-willibrord", label: "3 basis", size: 18, level: "vmbo-basis", prefs: [{ host: "installatiewerk" }] },
];

const GIRLSDAY_SLOTS: DemoSlot[] = [
  { host: "kiremko", window: "ochtend", capacity: 24, maxGroups: 2, levels: ["po", ...VMBO], activity: "Meiden ontwerpen en bouwen hun eigen apparaat." },
  { host: "vaartsche-rijn-elektrotechniek-demo", window: "middag", capacity: 20, maxGroups: 1, levels: ["po", ...VMBO], activity: "Stroom maken met zonlicht." },
];

async function ids(db: Db, slugs: string[]) {
  const rows = await db.select({ id: organisation.id, slug: organisation.slug, sector: organisation.sector, lat: organisation.lat, lon: organisation.lon, street: organisation.street, postcode: organisation.postcode, place: organisation.place }).from(organisation).where(inArray(organisation.slug, slugs));
  const map = new Map(rows.map((r) => [r.slug, r]));
  for (const slug of slugs) if (!map.has(slug)) throw new Error(`Demo events refer to an unknown organisation: ${slug}`);
  return map;
}

async function insertRegistrations(db: Db, eventId: string, slots: DemoSlot[], groups: DemoGroup[]) {
  const orgs = await ids(db, [...new Set([...slots.map((s) => s.host), ...groups.map((g) => g.school), ...groups.flatMap((g) => g.prefs.flatMap((p) => ("host" in p ? [p.host] : [])))])]);
  const slotRows = slots.length
    ? await db
        .insert(eventSlot)
        .values(
          slots.map((s) => {
            const host = orgs.get(s.host)!;
            return {
              eventId,
              hostOrganisationId: host.id,
              window: s.window,
              capacityPupils: s.capacity ?? null,
              maxGroups: s.maxGroups ?? null,
              levels: s.levels,
              activity: s.activity,
              street: host.street,
              postcode: host.postcode,
              place: host.place,
              lat: host.lat!,
              lon: host.lon!,
              accessibilityNotes: s.notes ?? "",
            };
          }),
        )
        .returning()
    : [];
  const groupRows = groups.length
    ? await db
        .insert(eventGroup)
        .values(
          groups.map((g) => ({
            eventId,
            schoolOrganisationId: orgs.get(g.school)!.id,
            label: g.label,
            size: g.size,
            level: g.level,
            windows: g.windows ?? [],
            preferences: g.prefs.map((p) => ("host" in p ? { hostId: orgs.get(p.host)!.id } : { sector: p.sector })),
          })),
        )
        .returning()
    : [];
  return { orgs, slotRows, groupRows };
}

/** Registers slots and groups and stores the engine's assignment as a finished run. */
async function assignByEngine(db: Db, eventId: string, slots: DemoSlot[], groups: DemoGroup[], now: Date) {
  const { orgs, slotRows, groupRows } = await insertRegistrations(db, eventId, slots, groups);
  const schoolOf = new Map(groupRows.map((g, i) => [g.id, orgs.get(groups[i]!.school)!]));
  const instance = buildInstance({
    defaultMaxKm: 30,
    windows: ["ochtend", "middag"],
    slots: slotRows.map((s) => ({ ...s, hostSector: [...orgs.values()].find((o) => o.id === s.hostOrganisationId)?.sector ?? null })),
    groups: groupRows.map((g) => ({ ...g, lat: schoolOf.get(g.id)!.lat!, lon: schoolOf.get(g.id)!.lon! })),
    locked: [],
  });
  const result = solveAssignment(instance, { timeLimitMs: 2000 });
  const [run] = await db
    .insert(assignmentRun)
    .values({
      eventId,
      status: "done",
      progress: 1,
      phase: "done",
      objective: result.objective,
      upperBound: result.upperBound,
      optimal: result.optimal,
      groupCount: instance.groups.length,
      slotCount: instance.slots.length,
      stats: result.stats,
      result: result as unknown as Record<string, unknown>,
      startedAt: now,
      finishedAt: now,
    })
    .returning({ id: assignmentRun.id });
  const assignments = result.assignments.length
    ? await db
        .insert(eventAssignment)
        .values(result.assignments.map((a) => ({ eventId, groupId: a.groupId, slotId: a.slotId, source: "engine" as const, runId: run!.id })))
        .returning()
    : [];
  return { assignments, groupRows };
}

export async function seedDemoEvents(db: Db, now: Date) {
  const events = await db.select({ id: event.id, slug: event.slug, startsOn: event.startsOn }).from(event);
  const bySlug = new Map(events.map((e) => [e.slug, e]));

  // Feest van de Techniek 2027: assigned and published.
  const feest = bySlug.get("feest-van-de-techniek-2027");
  if (feest) {
    await db
      .update(event)
      .set({
        windows: day("2027-03-18"),
        hostRegistrationOpensOn: "2026-09-01",
        hostRegistrationClosesOn: "2026-11-15",
        schoolRegistrationOpensOn: "2026-09-15",
        schoolRegistrationClosesOn: "2026-11-15",
        targetLevels: VMBO,
        defaultMaxKm: 30,
      })
      .where(eq(event.id, feest.id));
    await assignByEngine(db, feest.id, FEEST_SLOTS, FEEST_GROUPS, now);
    await db.update(event).set({ status: "published", publishedAt: now }).where(eq(event.id, feest.id));
  }

  // Feest van de Techniek 2026: last year's edition, done, with attendance recorded per visit,
  // so the network's impact and encounter ledger have a school year to compare with.
  const feest2026 = bySlug.get("feest-van-de-techniek-2026");
  if (feest2026) {
    await db
      .update(event)
      .set({
        windows: day("2026-03-19"),
        hostRegistrationOpensOn: "2025-09-01",
        hostRegistrationClosesOn: "2025-11-15",
        schoolRegistrationOpensOn: "2025-09-15",
        schoolRegistrationClosesOn: "2025-11-15",
        targetLevels: VMBO,
        defaultMaxKm: 30,
      })
      .where(eq(event.id, feest2026.id));
    const { assignments, groupRows } = await assignByEngine(db, feest2026.id, FEEST_SLOTS, FEEST_2026_GROUPS, now);
    const size = new Map(groupRows.map((g) => [g.id, g.size]));
    // One class stayed away (a bus that did not come); the others came with a pupil or two ill.
    const absent = assignments[0]?.id;
    if (assignments.length) {
      await db.insert(attendance).values(
        assignments.map((a, i) => ({
          assignmentId: a.id,
          status: a.id === absent ? ("absent" as const) : ("present" as const),
          pupilsPresent: a.id === absent ? 0 : size.get(a.groupId)! - (i % 3),
          recordedAt: new Date("2026-03-19T16:00:00Z"),
        })),
      );
    }
    await db.update(event).set({ status: "done", publishedAt: new Date("2026-02-01T09:00:00Z") }).where(eq(event.id, feest2026.id));
  }

  // Girlsday 2027: open for registration; girls only, groups of at least ten.
  const girlsday = bySlug.get("girlsday-2027");
  if (girlsday) {
    await db
      .update(event)
      .set({
        windows: day("2027-04-08"),
        hostRegistrationOpensOn: "2026-10-01",
        hostRegistrationClosesOn: "2027-03-15",
        schoolRegistrationOpensOn: "2026-10-01",
        schoolRegistrationClosesOn: "2027-03-22",
        targetLevels: ["po", ...VMBO],
        girlsOnly: true,
        minGroupSize: 10,
        defaultMaxKm: 25,
        status: "open",
      })
      .where(eq(event.id, girlsday.id));
    await insertRegistrations(db, girlsday.id, GIRLSDAY_SLOTS, []);
  }

  // Techniekdag Utrecht 2027: open, with a few registrations, for trying out the whole flow.
  const [technet] = await db.select({ id: network.id }).from(network).where(eq(network.slug, "technet-utrecht"));
  if (technet) {
    const [techniekdag] = await db
      .insert(event)
      .values({
        slug: "techniekdag-utrecht-2027",
        networkId: technet.id,
        name: "Techniekdag Utrecht 2027",
        kind: "techniekdag",
        description: "Een dag waarop vmbo-klassen uit Utrecht een technisch bedrijf bezoeken. Bedrijven en scholen kunnen zich nu aanmelden.",
        startsOn: "2027-05-20",
        windows: day("2027-05-20"),
        hostRegistrationOpensOn: "2026-09-01",
        hostRegistrationClosesOn: "2027-04-30",
        schoolRegistrationOpensOn: "2026-09-01",
        schoolRegistrationClosesOn: "2027-05-06",
        targetLevels: VMBO,
        defaultMaxKm: 30,
        status: "open",
      })
      .returning({ id: event.id });
    await insertRegistrations(db, techniekdag!.id, TECHNIEKDAG_SLOTS, TECHNIEKDAG_GROUPS);
  }
}
