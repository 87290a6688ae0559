import { eq, inArray, or } from "drizzle-orm";
import type { Db } from "../client.server.ts";
import { lessonRequest, matchKeyColumns, networkMember, networkPartner, offer, offerMatchKey, organisation, providerReliability, topic } from "../schema/index.ts";
import { matchKeyRows, matchWords } from "../../domain/guest-lessons/match-ceiling.ts";
import { type DateOption } from "../../domain/guest-lessons/availability.ts";
import { addDays, isoWeekday, amsterdamToday } from "../../domain/common/time.ts";
import { offerSearchText, requestSearchText } from "../../domain/guest-lessons/search-text.ts";
import type { LessonLevel, OfferKind, OfferLocation, RequestPlace } from "../../domain/guest-lessons/vocabulary.ts";

/**
 * Demo offers of the seed companies and providers (metal, installation, agri-food and the
 * invented demo companies) and open requests of the seed schools. Appointments are part B's.
 * Contacts are role addresses on the demo domain, never people.
 */
type DemoOffer = {
  organisation: string;
  kind: OfferKind;
  title: string;
  description: string;
  topics: string[];
  tags?: string[];
  levels: LessonLevel[];
  locations: OfferLocation[];
  radius: number;
  group?: [number, number];
  minutes?: number;
  weekdays?: number[];
  maxPerMonth?: number;
  tips?: string;
};

const VMBO: LessonLevel[] = ["vmbo-basis", "vmbo-kader", "vmbo-gemengd"];

const DEMO_OFFERS: DemoOffer[] = [
  {
    organisation: "kiremko",
    kind: "gastles",
    title: "Hoe werkt een frituurmachine? Gastles over machinebouw",
    description:
      "Een monteur van Kiremko neemt onderdelen van een professionele frituurmachine mee naar de klas en laat zien hoe mechanica, elektrotechniek en besturing samenkomen. Leerlingen zetten zelf een eenvoudige schakeling in elkaar.",
    topics: ["machinebouw", "elektrotechniek", "voedseltechnologie"],
    tags: ["keukenapparatuur", "besturing"],
    levels: VMBO,
    locations: ["school"],
    radius: 40,
    group: [10, 30],
    minutes: 90,
    maxPerMonth: 4,
    tips: "Bespreek vooraf met de klas welke machines zij in een snackbar of keuken zien. Zorg voor een lokaal met stopcontacten en tafels die vies mogen worden.",
  },
  {
    organisation: "kiremko",
    kind: "bedrijfsbezoek",
    title: "Bedrijfsbezoek: van plaatstaal tot frituurwand",
    description:
      "Rondleiding door de productiehal in Woerden: lasersnijden, zetten, lassen en assembleren. Leerlingen praten met jonge vakmensen en mbo-stagiairs over hun werk.",
    topics: ["plaatbewerking", "lassen", "cnc-verspanen", "beroepsorientatie"],
    tags: ["lasersnijden", "productiehal"],
    levels: ["vmbo-kader", "vmbo-gemengd", "mbo-2", "mbo-3"],
    locations: ["company"],
    radius: 35,
    group: [8, 24],
    minutes: 120,
    weekdays: [2, 4],
    tips: "Veiligheidsschoenen zijn niet nodig; leerlingen krijgen een bril en oordoppen. Kom met de klas uiterlijk 10 minuten voor aanvang.",
  },
  {
    organisation: "woerdense-plaatbewerking-demo",
    kind: "workshop",
    title: "Workshop lassen voor beginners",
    description: "In onze werkplaats leren leerlingen onder begeleiding hun eerste MIG/MAG-las leggen. Veilig werken staat voorop.",
    topics: ["lassen", "metaalbewerking", "veiligheid"],
    tags: ["mig/mag"],
    levels: ["vmbo-basis", "vmbo-kader"],
    locations: ["company", "school"],
    radius: 30,
    group: [6, 16],
    minutes: 150,
    maxPerMonth: 2,
    tips: "Lange broek en dichte schoenen verplicht. Werkkleding en laskappen liggen klaar.",
  },
  {
    organisation: "installatiewerk",
    kind: "workshop",
    title: "Workshop warmtepomp en zonnepanelen",
    description:
      "Leerlingen ontdekken hoe een warmtepomp een huis verwarmt en sluiten in tweetallen een zonnepaneel aan op een meetopstelling. Over de energietransitie en de vakmensen die daarvoor nodig zijn.",
    topics: ["warmtepompen", "zonne-energie", "installatietechniek", "energietransitie"],
    tags: ["duurzaam wonen"],
    levels: ["vmbo-basis", "vmbo-kader", "vmbo-gemengd", "mbo-2"],
    locations: ["school", "company"],
    radius: 30,
    group: [8, 28],
    minutes: 120,
    tips: "Laat de klas vooraf thuis kijken welke verwarming en welk energielabel hun huis heeft.",
  },
  {
    organisation: "installatiewerk",
    kind: "praktijklokaal",
    title: "Praktijklokaal installatietechniek voor scholen",
    description: "Scholen zonder eigen installatielokaal kunnen met een klas gebruikmaken van ons praktijklokaal, met begeleiding van een instructeur.",
    topics: ["installatietechniek", "sanitair", "elektrotechniek"],
    levels: ["vmbo-basis", "vmbo-kader", "mbo-1", "mbo-2"],
    locations: ["company"],
    radius: 25,
    group: [6, 16],
    minutes: 180,
    weekdays: [1, 3, 5],
  },
  {
    organisation: "domstad-installatiewerken-demo",
    kind: "gastles",
    title: "Gastles: een dag als installatiemonteur",
    description: "Een monteur vertelt over storingen, klanten en nieuwe technieken, en laat leerlingen een echte storing zoeken in een cv-opstelling.",
    topics: ["installatietechniek", "klimaattechniek", "beroepsorientatie"],
    levels: ["vmbo-basis", "vmbo-kader", "vmbo-gemengd", "vmbo-theoretisch"],
    locations: ["school"],
    radius: 20,
    minutes: 60,
  },
  {
    organisation: "vaartsche-rijn-elektrotechniek-demo",
    kind: "gastles",
    title: "Stroom en schakelen voor groep 7 en 8",
    description: "Kinderen bouwen een eenvoudige stroomkring met lampje en schakelaar en leren hoe een huis aan het stroomnet hangt.",
    topics: ["elektrotechniek", "energietransitie"],
    levels: ["po-7-8"],
    locations: ["school"],
    radius: 15,
    group: [10, 30],
    minutes: 75,
  },
  {
    organisation: "lage-weide-precisietechniek-demo",
    kind: "bedrijfsbezoek",
    title: "Bedrijfsbezoek CNC-verspanen en meten",
    description: "Zie hoe onderdelen voor de hightech-industrie op een honderdste millimeter nauwkeurig worden gefreesd en gemeten.",
    topics: ["cnc-verspanen", "metaalbewerking", "mechatronica"],
    levels: ["vmbo-kader", "vmbo-theoretisch", "havo", "mbo-3", "mbo-4"],
    locations: ["company", "online"],
    radius: 30,
    group: [8, 20],
    minutes: 90,
  },
  {
    organisation: "kampstaal",
    kind: "bedrijfsbezoek",
    title: "Bedrijfsbezoek staalconstructie in de Noordoostpolder",
    description: "Van tekening tot stalen hal: leerlingen zien de werkvoorbereiding, het lassen en de montage van constructies.",
    topics: ["staalconstructie", "lassen", "ontwerpen"],
    levels: ["vmbo-kader", "vmbo-gemengd", "mbo-2", "mbo-3", "mbo-4"],
    locations: ["company"],
    radius: 45,
    minutes: 120,
  },
  {
    organisation: "suplacon",
    kind: "praktijkopdracht",
    title: "Praktijkopdracht: ontwerp een onderdeel voor de maakindustrie",
    description: "Een team van Suplacon geeft de klas een echte ontwerpvraag. Leerlingen tekenen een oplossing in CAD en presenteren die aan het bedrijf.",
    topics: ["ontwerpen", "3d-printen", "machinebouw"],
    levels: ["havo", "vwo", "mbo-3", "mbo-4"],
    locations: ["school", "online"],
    radius: 60,
    minutes: 240,
  },
  {
    organisation: "agrofoodcluster",
    kind: "gastles",
    title: "Van aardappel tot friet: voedseltechnologie in de polder",
    description: "Wat gebeurt er in een fabriek met aardappels, uien en groente? Over hygiëne, procestechniek en de machines die dat mogelijk maken.",
    topics: ["voedseltechnologie", "procestechniek", "voedselveiligheid"],
    levels: ["po-7-8", "vmbo-basis", "vmbo-kader", "vmbo-gemengd"],
    locations: ["school", "online"],
    radius: 50,
    minutes: 60,
  },
  {
    organisation: "innovatiecluster-noordoostpolder",
    kind: "hybride_docent",
    title: "Hybride docent precisielandbouw en automatisering",
    description: "Een engineer uit het cluster geeft een blok van zes lessen over sensoren, GPS-besturing en data op de boerderij.",
    topics: ["precisielandbouw", "automatisering", "agrotechniek"],
    levels: ["mbo-3", "mbo-4", "havo"],
    locations: ["school"],
    radius: 60,
    minutes: 100,
  },
  {
    organisation: "ijsselkade-metaalbewerking-demo",
    kind: "gastles",
    title: "Lassen en snijden: gastles metaal",
    description: "Een lasser laat met filmpjes en echte werkstukken zien hoe metaal wordt gesneden en gelast, en wat je verdient als vakman.",
    topics: ["lassen", "metaalbewerking"],
    levels: ["vmbo-basis", "vmbo-kader", "vmbo-gemengd"],
    locations: ["school"],
    radius: 25,
    minutes: 60,
  },
  {
    organisation: "stedendriehoek-robotica-demo",
    kind: "workshop",
    title: "Workshop: programmeer een robotarm",
    description: "Leerlingen programmeren in tweetallen een kleine robotarm die blokjes sorteert. Over automatisering in fabrieken van nu.",
    topics: ["robotica", "programmeren", "automatisering"],
    levels: ["vmbo-gemengd", "vmbo-theoretisch", "havo", "vwo", "mbo-3", "mbo-4"],
    locations: ["school", "company"],
    radius: 35,
    minutes: 120,
  },
  {
    organisation: "bathmen-agritechniek-demo",
    kind: "bedrijfsbezoek",
    title: "Bedrijfsbezoek: trekkers, drones en melkrobots",
    description: "Bij Bathmen Agritechniek zien leerlingen hoe landbouwmachines worden onderhouden en hoe drones en robots het werk op de boerderij veranderen.",
    topics: ["agrotechniek", "precisielandbouw", "robotica"],
    levels: ["vmbo-basis", "vmbo-kader", "mbo-2", "mbo-3"],
    locations: ["company"],
    radius: 30,
    minutes: 90,
  },
];

/** Reliability of a few providers, as part B's job would compute it from their history. */
/**
 * Safeguarding (guest-lessons/vog.ts): the demo companies whose guest teachers hold a VOG, valid
 * for this many days from the demo's today (installatiewerk's ends within the reminder's month).
 * The demo school vmbo De Werkplaats requires one, so its requests say whether each offer meets it.
 */
const DEMO_VOG_DAYS: Record<string, number> = { kiremko: 460, "woerdense-plaatbewerking-demo": 200, installatiewerk: 20 };
const DEMO_VOG_SCHOOLS = ["vmbo-de-werkplaats"];

const DEMO_RELIABILITY: { organisation: string; received: number; answered: number; medianHours: number }[] = [
  { organisation: "kiremko", received: 12, answered: 11, medianHours: 30 },
  { organisation: "installatiewerk", received: 9, answered: 9, medianHours: 12 },
  { organisation: "domstad-installatiewerken-demo", received: 6, answered: 4, medianHours: 80 },
  { organisation: "stedendriehoek-robotica-demo", received: 5, answered: 5, medianHours: 40 },
];

type DemoRequest = {
  school: string;
  kind: OfferKind;
  title: string;
  topics: string[];
  freeText?: string;
  level: LessonLevel;
  pupils: number;
  groups?: number;
  place: RequestPlace;
  maxTravelKm?: number;
  /** Days from today for up to three options (moved to the next weekday), or a period. */
  inDays?: number[];
  periodDays?: [number, number];
  notes?: string;
  byTeacher?: boolean;
  /** The school withdrew it, for this reason. */
  withdrawn?: string;
};

const DEMO_REQUESTS: DemoRequest[] = [
  {
    school: "vmbo-de-werkplaats",
    kind: "gastles",
    title: "Gastles lassen voor 3 kader",
    topics: ["lassen", "metaalbewerking"],
    freeText: "Een vakman die laat zien wat lassen in het echt inhoudt.",
    level: "vmbo-kader",
    pupils: 22,
    place: "any",
    inDays: [16, 23, 30],
    notes: "De klas werkt deze periode aan het profiel Produceren, installeren en energie.",
    byTeacher: true,
  },
  {
    school: "vmbo-techniekcollege-kanaleneiland",
    kind: "bedrijfsbezoek",
    title: "Bedrijfsbezoek installatietechniek voor 2 basis",
    topics: ["installatietechniek", "warmtepompen"],
    level: "vmbo-basis",
    pupils: 30,
    groups: 2,
    place: "company",
    maxTravelKm: 25,
    periodDays: [14, 60],
  },
  {
    school: "zone-college",
    kind: "workshop",
    title: "Robots en drones in de landbouw",
    topics: ["robotica", "precisielandbouw"],
    level: "mbo-3",
    pupils: 18,
    place: "any",
    inDays: [20, 27],
  },
  {
    school: "etty-hillesum-lyceum",
    kind: "gastles",
    title: "Gastles duurzame energie voor havo 4",
    topics: ["energietransitie", "zonne-energie"],
    freeText: "Iemand uit de praktijk over zonnepanelen en warmtepompen.",
    level: "havo",
    pupils: 28,
    place: "school",
    periodDays: [21, 75],
  },
  {
    school: "vmbo-de-werkplaats",
    kind: "bedrijfsbezoek",
    title: "Bedrijfsbezoek machinebouw voor 4 kader",
    topics: ["machinebouw"],
    level: "vmbo-kader",
    pupils: 24,
    place: "company",
    inDays: [35],
    byTeacher: true,
    withdrawn: "We gaan dit schooljaar met de hele afdeling naar de Techniekdag.",
  },
];

function weekdayOnOrAfter(date: string): string {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

export async function seedDemoGuestLessons(tx: Db, ids: { organisations: Map<string, string>; users: Map<string, string> }, now: Date) {
  const id = (slug: string) => {
    const found = ids.organisations.get(slug);
    if (!found) throw new Error(`Demo guest lessons refer to an unknown organisation: ${slug}`);
    return found;
  };
  const topics = await tx.select({ slug: topic.slug, nameNl: topic.nameNl }).from(topic);
  const names = new Map(topics.map((t) => [t.slug, t.nameNl]));
  const topicName = (slug: string) => {
    const name = names.get(slug);
    if (!name) throw new Error(`Demo guest lessons name an unknown topic: ${slug}`);
    return name;
  };
  const orgIds = [...new Set([...DEMO_OFFERS.map((o) => id(o.organisation)), ...DEMO_REQUESTS.map((r) => id(r.school))])];
  const orgs = new Map(
    (await tx.select({ id: organisation.id, name: organisation.name, place: organisation.place, lat: organisation.lat, lon: organisation.lon }).from(organisation).where(inArray(organisation.id, orgIds))).map(
      (o) => [o.id, o],
    ),
  );

  const inserted = await tx.insert(offer).values(
    DEMO_OFFERS.map((o) => {
      const org = orgs.get(id(o.organisation))!;
      const tags = o.tags ?? [];
      return {
        organisationId: org.id,
        kind: o.kind,
        title: o.title,
        description: o.description,
        topics: o.topics,
        tags,
        levels: o.levels,
        groupSizeMin: o.group?.[0] ?? 8,
        groupSizeMax: o.group?.[1] ?? 30,
        durationMinutes: o.minutes ?? 60,
        locations: o.locations,
        travelRadiusKm: o.radius,
        lat: org.lat,
        lon: org.lon,
        place: org.place,
        weekdays: o.weekdays ?? [1, 2, 3, 4, 5],
        maxPerMonth: o.maxPerMonth ?? null,
        contactName: "Afdeling onderwijs",
        contactEmail: `onderwijs@${o.organisation}.demo.technohub.nl`,
        vogValidUntil: DEMO_VOG_DAYS[o.organisation] === undefined ? null : addDays(amsterdamToday(now), DEMO_VOG_DAYS[o.organisation]!),
        preparationTips: o.tips ?? "",
        status: "published" as const,
        publishedAt: now,
        searchText: offerSearchText({ ...o, tags }, { topicName, organisationName: org.name, place: org.place }),
        matchWords: matchWords({ ...o, tags }),
        createdAt: now,
        updatedAt: now,
      };
    }),
  ).returning(matchKeyColumns);
  // The keys the write path keeps (writeMatchKeys), for the published demo offers.
  await tx.insert(offerMatchKey).values(inserted.filter((o) => o.status === "published").flatMap(matchKeyRows));
  await tx.insert(providerReliability).values(
    DEMO_RELIABILITY.map((r) => ({
      organisationId: id(r.organisation),
      requestsReceived: r.received,
      requestsAnswered: r.answered,
      medianResponseHours: r.medianHours,
      updatedAt: now,
    })),
  );

  await tx.update(organisation).set({ vogRequired: true }).where(inArray(organisation.id, DEMO_VOG_SCHOOLS.map(id)));

  const today = amsterdamToday(now);
  const teacher = ids.users.get("docent@demo.technohub.nl") ?? null;
  for (const r of DEMO_REQUESTS) {
    const school = orgs.get(id(r.school))!;
    const [network] = await tx
      .select({ id: networkMember.networkId })
      .from(networkMember)
      .where(eq(networkMember.organisationId, school.id))
      .union(tx.select({ id: networkPartner.networkId }).from(networkPartner).where(or(eq(networkPartner.organisationId, school.id))))
      .limit(1);
    const dateOptions: DateOption[] = (r.inDays ?? []).map((days, i) => ({ date: weekdayOnOrAfter(addDays(today, days)), startTime: i === 0 ? "10:00" : null }));
    await tx.insert(lessonRequest).values({
      schoolOrganisationId: school.id,
      createdById: r.byTeacher ? teacher : null,
      networkId: network?.id ?? null,
      kind: r.kind,
      title: r.title,
      topics: r.topics,
      freeText: r.freeText ?? "",
      level: r.level,
      pupils: r.pupils,
      groups: r.groups ?? 1,
      dateOptions,
      periodFrom: r.periodDays ? addDays(today, r.periodDays[0]) : null,
      periodUntil: r.periodDays ? addDays(today, r.periodDays[1]) : null,
      place: r.place,
      placeName: school.place,
      lat: school.lat,
      lon: school.lon,
      maxTravelKm: r.maxTravelKm ?? null,
      notes: r.notes ?? "",
      mode: "open",
      status: r.withdrawn ? "cancelled" : "open",
      withdrawnAt: r.withdrawn ? now : null,
      withdrawReason: r.withdrawn ?? null,
      searchText: requestSearchText({ title: r.title, freeText: r.freeText ?? "", topics: r.topics, notes: r.notes ?? "" }, { topicName }),
      createdAt: now,
      updatedAt: now,
    });
  }
}
