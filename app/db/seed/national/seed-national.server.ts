import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { queryRows, type Db } from "../../client.server.ts";
import {
  appointment,
  appointmentEvaluation,
  appointmentEvent,
  course,
  courseSession,
  event,
  eventGroup,
  eventSlot,
  article,
  milestone,
  network,
  networkLocation,
  networkMember,
  networkPartner,
  offer,
  offerMatchKey,
  organisation,
  programme,
  programmeGoal,
  project,
  projectGoal,
  projectTeamMember,
  providerReliability,
  topic,
} from "../../schema/index.ts";
import { GAZETTEER, type GazetteerPlace } from "../../../lib/geo/gazetteer-data.ts";
import { networkSearchText } from "../../../domain/networks/search-text.ts";
import { offerSearchText } from "../../../domain/guest-lessons/search-text.ts";
import { matchKeyRows, matchWords } from "../../../domain/guest-lessons/match-ceiling.ts";
import { courseTextColumns } from "../../../domain/courses/matching.ts";
import { countedResponses } from "../../../domain/guest-lessons/counted-responses.ts";
import { summariseResponses } from "../../../domain/guest-lessons/reliability.ts";
import { addDays, amsterdamMoment, amsterdamToday, isoWeekday } from "../../../domain/common/time.ts";
import { slugify } from "../../../domain/common/slug.ts";
import { ECONOMIC_SECTORS } from "../../../domain/networks/vocabulary.ts";
import { LESSON_LEVELS, type AppointmentState, type LessonLevel, type OfferKind, type OfferLocation } from "../../../domain/guest-lessons/vocabulary.ts";
import { COURSE_FORMATS, COURSE_LEVELS, TARGET_GROUPS } from "../../../domain/courses/vocabulary.ts";
import { PLACE_POPULATION } from "./places.ts";
import { Random, WeightedPicker } from "./random.ts";
import {
  FOCUS_AREAS,
  MBO_PREFIXES,
  NETWORK_TAGS,
  NEWS_OPENINGS,
  OFFER_TITLES,
  PPS_THEMES,
  PRIMARY_NAMES,
  PRIMARY_PREFIXES,
  PROVIDER_NAMES,
  SECONDARY_LEVELS,
  SECONDARY_NAMES,
  SECTOR_PROFILES,
  SIZE_CLASSES,
  SURNAMES,
} from "./vocabulary.ts";

/** The sizes of issue 13 at scale 1: the whole country on one deployment. */
export const NATIONAL_SIZES = {
  primarySchools: 6_500,
  secondarySchools: 1_450,
  mboInstitutions: 59,
  trainingProviders: 300,
  companies: 18_000,
  pps: 450,
  stoRegions: 75,
  technetCircles: 90,
  offers: 100_000,
  courses: 10_000,
  sessionsPerCourse: 3,
  pastAppointments: 200_000,
  events: 1_000,
  bigEventGroups: 400,
  bigEventPupils: 10_000,
  articles: 10_000,
  programmes: 500,
} as const;

export type NationalOptions = { seed: number; scale: number; now: Date; progress?: (line: string) => void };
export type NationalCounts = Record<string, number>;

const DAY = 86_400_000;
const BATCH_ROWS = 10_000;

/** One value inside a PostgreSQL array literal: quoted, or NULL. */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * Inserts rows as one `INSERT … SELECT FROM unnest(…)` per 10,000 rows: one text-array parameter
 * per column, each element cast to the column's type. Drizzle's own multi-row VALUES builder
 * spends about a millisecond per row in JavaScript, which at a million rows is the whole run;
 * this keeps the values drizzle's columns produce (mapToDriverValue) and lets PostgreSQL parse
 * them. A column no row names keeps its default; a row that leaves out a column others name gets
 * NULL, so every generator below names the same columns in every row.
 */
async function insertAll<T extends PgTable>(tx: Db, table: T, rows: T["$inferInsert"][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((row) => (row as Record<string, unknown>)[key] !== undefined));
  for (const [key, column] of columns) {
    if (column.notNull && rows.some((row) => (row as Record<string, unknown>)[key] === undefined)) {
      throw new Error(`${getTableName(table)}.${column.name}: some rows leave out a required column`);
    }
  }
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS) as Record<string, unknown>[];
    const arrays = columns.map(([key, column]) => {
      const literal = batch.map((row) => {
        const value = row[key];
        return arrayElement(value === null || value === undefined ? null : column.mapToDriverValue(value));
      });
      return sql`unnest(${`{${literal.join(",")}}`}::text[])::${sql.raw(column.getSQLType())}`;
    });
    const names = sql.raw(columns.map(([, column]) => `"${column.name}"`).join(", "));
    await tx.execute(sql`insert into ${table} (${names}) select ${sql.join(arrays, sql`, `)}`);
  }
}

/**
 * Runs a bulk load with the table's secondary indexes (GIN trigram and full-text, GiST, plain
 * btrees) dropped, and builds them again afterwards from their own definitions
 * (pg_get_indexdef), so the result is the schema's indexes exactly. Building a GIN index once
 * over 100,000 rows is many times cheaper than growing it row by row. Unique and primary-key
 * indexes stay: they are what the load must satisfy.
 */
async function withIndexesBuiltAfter<T>(tx: Db, tables: PgTable[], work: () => Promise<T>, say: (line: string) => void): Promise<T> {
  const indexes: { name: string; definition: string }[] = [];
  for (const table of tables) {
    const rows = await queryRows<{ name: string; definition: string }>(
      tx,
      sql`select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
          from pg_index i join pg_class c on c.oid = i.indexrelid
          where i.indrelid = ${getTableName(table)}::regclass and not i.indisunique and not i.indisprimary`,
    );
    indexes.push(...rows);
  }
  for (const index of indexes) await tx.execute(sql.raw(`drop index "${index.name}"`));
  const result = await work();
  const started = performance.now();
  for (const index of indexes) await tx.execute(sql.raw(index.definition));
  say(`${"indexes".padEnd(22)} ${String(indexes.length).padStart(9)} built ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function scaled(base: number, scale: number, min = 1): number {
  return Math.max(min, Math.round(base * scale));
}

type Place = GazetteerPlace & { population: number };
type Org = { id: string; slug: string; name: string; kind: "school" | "company" | "provider"; place: Place; lat: number; lon: number; sector: string | null; levels: readonly string[] };

/** amsterdamMoment, remembered: the data set uses a few hundred dates hundreds of thousands of times. */
const moments = new Map<string, number>();
function moment(date: string, time: string): number {
  const key = `${date} ${time}`;
  let at = moments.get(key);
  if (at === undefined) moments.set(key, (at = amsterdamMoment(date, time)));
  return at;
}

function weekdayOnOrBefore(date: string): string {
  const d = isoWeekday(date);
  return d >= 6 ? addDays(date, 5 - d) : date;
}

/**
 * Adds the national data set of issue 13 to a database that holds the demo data: organisations
 * spread over real places by population, networks with partners and members, offers with their
 * match keys, courses and sessions, past appointments with evaluations and the reliability they
 * imply, events (one of 10,000 pupils), news and programmes. Everything is drawn from a seeded
 * stream, so the same seed and clock give the same rows, ids included. Rows go in as multi-row
 * INSERTs of tens of thousands of parameters; the derived columns (search texts, match words and
 * keys, reliability) come from the same domain functions the write paths use.
 */
export async function seedNational(db: Db, options: NationalOptions): Promise<NationalCounts> {
  const say = options.progress ?? (() => {});
  // For the index builds at the end (set local: this transaction only).
  await db.execute(sql`set local maintenance_work_mem = '256MB'`);
  const counts = await withIndexesBuiltAfter(db, BULK_TABLES, () => generate(db, options, say), say);
  // The planner's statistics would otherwise describe the demo-sized tables until autovacuum runs.
  await db.execute(sql`analyze`);
  return counts;
}

/** The tables that get tens of thousands of rows: loaded without their secondary indexes. */
const BULK_TABLES: PgTable[] = [organisation, networkMember, offer, offerMatchKey, appointment, appointmentEvent, appointmentEvaluation, course, courseSession, eventGroup, article];

async function generate(db: Db, options: NationalOptions, say: (line: string) => void): Promise<NationalCounts> {
  const { seed, scale, now } = options;
  const counts: NationalCounts = {};
  const today = amsterdamToday(now);
  const rnd = (stream: string) => new Random(seed, stream);

  async function step(name: string, work: () => Promise<number>) {
    const started = performance.now();
    const n = await work();
    counts[name] = n;
    say(`${name.padEnd(22)} ${String(n).padStart(9)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const places: Place[] = GAZETTEER.map((p) => {
    const population = PLACE_POPULATION[p.name];
    if (population === undefined) throw new Error(`No population for gazetteer place ${p.name}`);
    return { ...p, population };
  });
  const byPopulation = new WeightedPicker(places, (p) => p.population);
  const topics = await db.select({ slug: topic.slug, name: topic.nameNl }).from(topic);
  const topicName = (slug: string) => topics.find((t) => t.slug === slug)?.name ?? slug;

  // ---- organisations
  const orgs: Org[] = [];
  // Each table has its own slug space; the demo's slugs there are taken already.
  async function slugSpace(table: PgTable & { slug: AnyPgColumn }) {
    const used = new Set((await db.select({ slug: table.slug }).from(table)).map((r) => r.slug));
    return (base: string) => {
      let slug = slugify(base);
      for (let n = 2; used.has(slug); n++) slug = `${slugify(base)}-${n}`;
      used.add(slug);
      return slug;
    };
  }
  const orgSlug = await slugSpace(organisation);

  await step("organisation", async () => {
    const r = rnd("organisation");
    const jitter = () => (r.next() - 0.5) * 0.04;
    const make = (kind: Org["kind"], name: string, place: Place, sector: string | null, levels: readonly string[]): Org => ({
      id: r.uuid(),
      slug: orgSlug(`${name} ${place.name}`),
      name,
      kind,
      place,
      lat: Math.round((place.lat + jitter()) * 1e5) / 1e5,
      lon: Math.round((place.lon + jitter()) * 1e5) / 1e5,
      sector,
      levels,
    });
    for (let i = 0; i < scaled(NATIONAL_SIZES.primarySchools, scale); i++) {
      orgs.push(make("school", `${r.pick(PRIMARY_PREFIXES)} ${r.pick(PRIMARY_NAMES)}`, byPopulation.pick(r), null, ["po"]));
    }
    for (let i = 0; i < scaled(NATIONAL_SIZES.secondarySchools, scale); i++) {
      orgs.push(make("school", r.pick(SECONDARY_NAMES), byPopulation.pick(r), null, r.pick(SECONDARY_LEVELS)));
    }
    for (let i = 0; i < scaled(NATIONAL_SIZES.mboInstitutions, scale); i++) {
      const place = byPopulation.pick(r);
      orgs.push(make("provider", `${r.pick(MBO_PREFIXES)} ${place.municipality}`, place, null, ["mbo-1", "mbo-2", "mbo-3", "mbo-4"]));
    }
    for (let i = 0; i < scaled(NATIONAL_SIZES.trainingProviders, scale); i++) {
      const place = byPopulation.pick(r);
      const sector = r.pick(ECONOMIC_SECTORS);
      orgs.push(make("provider", `${r.pick(PROVIDER_NAMES)} ${SECTOR_PROFILES[sector]!.trades[0]} ${place.name}`, place, sector, []));
    }
    for (let i = 0; i < scaled(NATIONAL_SIZES.companies, scale); i++) {
      const sector = r.pick(ECONOMIC_SECTORS);
      const name = `${r.pick(SURNAMES)} ${r.pick(SECTOR_PROFILES[sector]!.trades)}${r.chance(0.6) ? " B.V." : ""}`;
      orgs.push(make("company", name, byPopulation.pick(r), sector, []));
    }
    await insertAll(
      db,
      organisation,
      orgs.map((o) => ({
        id: o.id,
        slug: o.slug,
        name: o.name,
        kind: o.kind,
        description:
          o.kind === "company"
            ? `${o.name} is een bedrijf in de sector ${o.sector} in ${o.place.name}. Wij leiden graag nieuw technisch talent op.`
            : o.kind === "school"
              ? `${o.name} is een school in ${o.place.name}.`
              : `${o.name} verzorgt technisch beroepsonderwijs en bijscholing in de regio ${o.place.municipality}.`,
        educationLevels: [...o.levels],
        sector: o.sector,
        sizeClass: o.kind === "company" ? r.pick(SIZE_CLASSES) : null,
        email: `info@${o.slug}.demo.technohub.nl`,
        place: o.place.name,
        province: o.place.province,
        lat: o.lat,
        lon: o.lon,
        createdAt: now,
        updatedAt: now,
      })),
    );
    return orgs.length;
  });

  const schools = orgs.filter((o) => o.kind === "school");
  const primary = schools.filter((o) => o.levels[0] === "po");
  const secondary = schools.filter((o) => o.levels[0] !== "po");
  const companies = orgs.filter((o) => o.kind === "company");
  const mbo = orgs.filter((o) => o.kind === "provider" && o.sector === null);
  const providers = orgs.filter((o) => o.kind === "provider");
  const inProvince = (list: Org[]) => Map.groupBy(list, (o) => o.place.province);
  const companiesByProvince = inProvince(companies);
  const schoolsByPlace = Map.groupBy(schools, (o) => o.place.name);

  // ---- networks
  type Net = { id: string; slug: string; name: string; kind: "pps" | "sto_regio" | "technet"; place: Place; lead: Org; partners: Org[]; members: Org[] };
  const nets: Net[] = [];
  const networkSlug = await slugSpace(network);
  await step("network", async () => {
    const r = rnd("network");
    const leadNear = (candidates: Org[], place: Place) => candidates.find((o) => o.place.name === place.name) ?? candidates.find((o) => o.place.province === place.province) ?? r.pick(candidates);
    const stoPlaces = [...places].sort((a, b) => b.population - a.population);
    const spec: [Net["kind"], number][] = [
      ["pps", scaled(NATIONAL_SIZES.pps, scale)],
      ["sto_regio", scaled(NATIONAL_SIZES.stoRegions, scale)],
      ["technet", scaled(NATIONAL_SIZES.technetCircles, scale)],
    ];
    for (const [kind, n] of spec) {
      for (let i = 0; i < n; i++) {
        // STO regions and TechNet circles sit in the largest places first, one per place; PPS anywhere by population.
        const place = kind === "pps" ? byPopulation.pick(r) : stoPlaces[i % stoPlaces.length]!;
        const name =
          kind === "pps" ? `${r.pick(PPS_THEMES)} ${place.name}` : kind === "sto_regio" ? `Sterk Techniekonderwijs ${place.municipality}` : `TechNet ${place.name}`;
        const lead = kind === "pps" ? leadNear(r.sample(mbo, mbo.length), place) : kind === "sto_regio" ? leadNear(r.sample(secondary, 40), place) : leadNear(r.sample(companies, 60), place);
        const nearby = companiesByProvince.get(place.province) ?? companies;
        const partners = [lead, ...r.sample(nearby, r.int(1, 4)).filter((o) => o.id !== lead.id)];
        nets.push({ id: r.uuid(), slug: networkSlug(name), name, kind, place, lead, partners, members: [] });
      }
    }
    // Every company joins one network of its province, a third a second one: ~18,000 companies in partnerships.
    const netsByProvince = Map.groupBy(nets, (n) => n.place.province);
    for (const c of companies) {
      const options = netsByProvince.get(c.place.province) ?? nets;
      for (const n of r.sample(options, r.chance(0.33) ? 2 : 1)) if (!n.partners.some((p) => p.id === c.id)) n.members.push(c);
    }
    // Schools: secondary schools in their STO region or a PPS, a third of primary schools in a TechNet circle.
    for (const s of [...secondary, ...primary.filter(() => r.chance(0.33))]) {
      const kind = s.levels[0] === "po" ? "technet" : r.chance(0.7) ? "sto_regio" : "pps";
      const options = (netsByProvince.get(s.place.province) ?? nets).filter((n) => n.kind === kind);
      if (options.length) {
        const n = r.pick(options);
        if (!n.partners.some((p) => p.id === s.id)) n.members.push(s);
      }
    }
    const sectorOf = (n: Net) => n.partners.find((p) => p.sector)?.sector ?? r.pick(ECONOMIC_SECTORS);
    const rows = nets.map((n) => {
      const locationNames = [`${n.name} ${n.place.name}`];
      const fields = {
        name: n.name,
        summary: `${n.name} verbindt onderwijs en bedrijfsleven in de regio ${n.place.municipality}.`,
        description: `In ${n.name} werken ${n.partners.length + n.members.length} scholen en bedrijven samen aan goed techniekonderwijs. Leerlingen maken kennis met ${sectorOf(n).toLowerCase()} en docenten scholen zich bij in de praktijk.`,
        province: n.place.province,
        cooperationType: n.kind === "pps" ? "Mbo-initiatief" : n.kind === "sto_regio" ? "Vo-initiatief" : "Regionaal netwerk",
        economicSector: sectorOf(n),
        educationSectors: n.kind === "pps" ? ["mbo", "vmbo"] : n.kind === "sto_regio" ? ["vmbo", "vo"] : ["po", "vo"],
        tags: r.sample(NETWORK_TAGS, 3),
        focusAreas: r.sample(FOCUS_AREAS, 2),
      };
      return {
        id: n.id,
        slug: n.slug,
        kind: n.kind,
        ...fields,
        country: "Nederland",
        startYear: r.int(2012, 2025),
        contactEmail: `info@${n.slug}.demo.technohub.nl`,
        projectLeader: "Projectleider",
        searchText: networkSearchText(fields, { partnerNames: n.partners.map((p) => p.name), locationNames }),
        createdAt: now,
        updatedAt: now,
      };
    });
    await insertAll(db, network, rows);
    await insertAll(
      db,
      networkPartner,
      nets.flatMap((n) => n.partners.map((p, i) => ({ networkId: n.id, organisationId: p.id, role: i === 0 ? ("penvoerder" as const) : ("partner" as const) }))),
    );
    await insertAll(db, networkMember, nets.flatMap((n) => n.members.map((m) => ({ networkId: n.id, organisationId: m.id, joinedAt: now }))));
    await insertAll(
      db,
      networkLocation,
      nets.map((n) => ({ id: r.uuid(), networkId: n.id, name: `${n.name} ${n.place.name}`, kind: "physical" as const, organisationId: n.lead.id, place: n.place.name, lat: n.lead.lat, lon: n.lead.lon })),
    );
    return nets.length;
  });
  counts.networkMember = nets.reduce((sum, n) => sum + n.members.length, 0);
  const networkOf = new Map<string, Net>();
  for (const n of nets) for (const o of [...n.partners, ...n.members]) if (!networkOf.has(o.id)) networkOf.set(o.id, n);

  // ---- offers and their match keys, in chunks so that 600,000 key rows never sit in memory at once
  type OfferRow = { id: string; org: Org; status: "draft" | "published" | "archived"; levels: LessonLevel[]; locations: OfferLocation[]; durationMinutes: number; title: string };
  const publishedOffers: OfferRow[] = [];
  let matchKeys = 0;
  await step("offer", async () => {
    const r = rnd("offer");
    const offerers = [...companies, ...companies, ...providers];
    const total = scaled(NATIONAL_SIZES.offers, scale);
    const kinds = Object.keys(OFFER_TITLES) as OfferKind[];
    const levelRuns: LessonLevel[][] = [["po-7-8"], ["vmbo-basis", "vmbo-kader"], ["vmbo-kader", "vmbo-gemengd", "vmbo-theoretisch"], ["havo", "vwo"], ["mbo-2", "mbo-3", "mbo-4"], ["po-7-8", "vmbo-basis", "vmbo-kader"], [...LESSON_LEVELS]];
    for (let start = 0; start < total; start += 5_000) {
      const rows: (typeof offer.$inferInsert)[] = [];
      for (let i = start; i < Math.min(total, start + 5_000); i++) {
        const org = r.pick(offerers);
        const kind = r.pick(kinds);
        const profile = SECTOR_PROFILES[org.sector ?? r.pick(ECONOMIC_SECTORS)]!;
        const offerTopics = r.sample(profile.topics, r.int(1, 3));
        const tags = r.sample(profile.trades, 1).map((t) => t.toLowerCase());
        const levels = r.pick(levelRuns);
        const locations: OfferLocation[] = kind === "bedrijfsbezoek" || kind === "praktijklokaal" ? ["company"] : r.chance(0.2) ? ["school", "online"] : ["school"];
        const title = r.pick(OFFER_TITLES[kind]!).replace("{topic}", topicName(offerTopics[0]!)).replace("{org}", org.name).replace("{place}", org.place.name);
        const description = `${org.name} uit ${org.place.name} laat leerlingen kennismaken met ${offerTopics.map(topicName).join(" en ")}. Leerlingen werken zelf mee en praten met vakmensen over hun werk.`;
        const status = r.chance(0.9) ? "published" : r.chance(0.7) ? "draft" : "archived";
        const weekdays = r.chance(0.8) ? [1, 2, 3, 4, 5] : r.sample([1, 2, 3, 4, 5], 2).sort();
        const groupMax = r.pick([16, 24, 30, 32]);
        const durationMinutes = r.pick([60, 90, 120, 180]);
        const id = r.uuid();
        const travelRadiusKm = r.pick([10, 15, 25, 40, 60]);
        const publishedAt = status === "draft" ? null : new Date(now.getTime() - r.int(30, 900) * DAY);
        rows.push({
          id,
          organisationId: org.id,
          kind,
          title,
          description,
          topics: offerTopics,
          tags,
          levels,
          groupSizeMin: r.pick([1, 6, 8]),
          groupSizeMax: groupMax,
          durationMinutes,
          locations,
          travelRadiusKm,
          lat: org.lat,
          lon: org.lon,
          place: org.place.name,
          weekdays,
          maxPerMonth: r.chance(0.3) ? r.int(1, 6) : null,
          contactName: "Afdeling onderwijs",
          contactEmail: `onderwijs@${org.slug}.demo.technohub.nl`,
          preparationTips: "Bespreek vooraf met de klas wat zij van het bezoek verwachten.",
          status,
          publishedAt,
          searchText: offerSearchText({ title, description, topics: offerTopics, tags }, { topicName, organisationName: org.name, place: org.place.name }),
          matchWords: matchWords({ title, tags, topics: offerTopics }),
          createdAt: publishedAt ?? now,
          updatedAt: now,
        });
        if (status === "published") publishedOffers.push({ id, org, status, levels, locations, durationMinutes, title });
      }
      await insertAll(db, offer, rows);
      const keys = rows
        .filter((o) => o.status === "published")
        .flatMap((o) =>
          matchKeyRows({
            id: o.id!,
            organisationId: o.organisationId,
            kind: o.kind,
            levels: o.levels!,
            topics: o.topics!,
            locations: o.locations!,
            travelRadiusKm: o.travelRadiusKm!,
            lat: o.lat ?? null,
            lon: o.lon ?? null,
            groupSizeMax: o.groupSizeMax!,
            weekdays: o.weekdays!,
            matchWords: o.matchWords ?? null,
          }),
        );
      await insertAll(db, offerMatchKey, keys);
      matchKeys += keys.length;
    }
    return total;
  });
  counts.offerMatchKey = matchKeys;

  // ---- past appointments with evaluations; the reliability cache is summed from them as the job sums it
  await step("appointment", async () => {
    const r = rnd("appointment");
    const total = publishedOffers.length ? scaled(NATIONAL_SIZES.pastAppointments, scale) : 0;
    const responses = new Map<string, { requestedAt: Date; respondedAt: Date | null; state: AppointmentState }[]>();
    let evaluations = 0;
    let events = 0;
    for (let start = 0; start < total; start += 5_000) {
      const rows: (typeof appointment.$inferInsert)[] = [];
      const evals: (typeof appointmentEvaluation.$inferInsert)[] = [];
      const history: (typeof appointmentEvent.$inferInsert)[] = [];
      for (let i = start; i < Math.min(total, start + 5_000); i++) {
        const o = publishedOffers[i % publishedOffers.length]!;
        // The k-th appointment of an offer lies a month before the (k-1)-th: one offer never holds a date twice.
        const k = Math.floor(i / publishedOffers.length);
        const date = weekdayOnOrBefore(addDays(today, -(7 + k * 30 + r.int(0, 25))));
        const nearby = schoolsByPlace.get(o.org.place.name);
        const school = nearby && r.chance(0.8) ? r.pick(nearby) : r.pick(schools);
        const roll = r.next();
        const state: AppointmentState = roll < 0.8 ? "evaluated" : roll < 0.9 ? "took_place" : roll < 0.96 ? "cancelled" : "declined";
        const requestedAt = new Date(moment(addDays(date, -r.int(14, 40)), "09:00"));
        const respondedAt = new Date(requestedAt.getTime() + r.int(2, 120) * 3_600_000);
        const dated = state !== "declined";
        const startsAt = dated ? new Date(moment(date, "10:00")) : null;
        const endsAt = startsAt ? new Date(startsAt.getTime() + o.durationMinutes * 60_000) : null;
        const tookPlaceAt = state === "took_place" || state === "evaluated" ? new Date(moment(date, "15:00")) : null;
        const evaluatedAt = state === "evaluated" ? new Date(tookPlaceAt!.getTime() + r.int(1, 7) * DAY) : null;
        const cancelledAt = state === "cancelled" ? new Date(startsAt!.getTime() - r.int(2, 10) * DAY) : null;
        const pupils = r.int(12, 30);
        const reached = tookPlaceAt ? pupils - r.int(0, 3) : null;
        const id = r.uuid();
        rows.push({
          id,
          offerId: o.id,
          schoolOrganisationId: school.id,
          providerOrganisationId: o.org.id,
          networkId: networkOf.get(school.id)?.id ?? null,
          state,
          proposedOptions: [{ date, startTime: "10:00" }],
          date: dated ? date : null,
          startsAt,
          endsAt,
          location: o.locations[0] ?? "school",
          level: r.pick(o.levels),
          pupils,
          groups: 1,
          declineReason: state === "declined" ? "Op die dag is er niemand beschikbaar." : null,
          cancelledBySide: state === "cancelled" ? (r.chance(0.5) ? "school" : "provider") : null,
          cancelReason: state === "cancelled" ? "Door ziekte gaat het niet door." : null,
          pupilsReached: reached,
          requestedAt,
          respondedAt,
          acceptedAt: dated ? respondedAt : null,
          declinedAt: state === "declined" ? respondedAt : null,
          scheduledAt: dated ? respondedAt : null,
          tookPlaceAt,
          evaluatedAt,
          cancelledAt,
          calendarConsentSchool: r.chance(0.5),
          calendarConsentProvider: r.chance(0.5),
          createdAt: requestedAt,
          updatedAt: evaluatedAt ?? cancelledAt ?? tookPlaceAt ?? respondedAt,
        });
        const list = responses.get(o.org.id) ?? [];
        list.push({ requestedAt, respondedAt, state });
        responses.set(o.org.id, list);
        // The history as the workflow writes it.
        const path: [AppointmentState | null, AppointmentState, Date][] = [[null, "requested", requestedAt]];
        if (state === "declined") path.push(["requested", "declined", respondedAt]);
        else path.push(["requested", "scheduled", respondedAt]);
        if (tookPlaceAt) path.push(["scheduled", "took_place", tookPlaceAt]);
        if (evaluatedAt) path.push(["took_place", "evaluated", evaluatedAt]);
        if (cancelledAt) path.push(["scheduled", "cancelled", cancelledAt]);
        for (const [fromState, toState, at] of path) history.push({ id: r.uuid(), appointmentId: id, fromState, toState, at });
        if (evaluatedAt) {
          evals.push({
            id: r.uuid(),
            appointmentId: id,
            side: "school",
            rating: r.pick([3, 4, 4, 5, 5]),
            clearPurpose: r.chance(0.8),
            learningGoals: r.chance(0.7),
            twoWayInteraction: r.chance(0.75),
            reflectionAfterwards: r.chance(0.6),
            pupilsReached: reached,
            comment: r.pick(["De leerlingen waren enthousiast.", "Goed voorbereid en leerzaam.", "Volgend jaar graag weer.", ""]),
            createdAt: evaluatedAt,
          });
          if (r.chance(0.6)) evals.push({ id: r.uuid(), appointmentId: id, side: "provider", rating: r.pick([3, 4, 5]), pupilsReached: reached, comment: "", createdAt: evaluatedAt });
        }
      }
      await insertAll(db, appointment, rows);
      await insertAll(db, appointmentEvaluation, evals);
      await insertAll(db, appointmentEvent, history);
      evaluations += evals.length;
      events += history.length;
    }
    counts.appointmentEvaluation = evaluations;
    counts.appointmentEvent = events;
    const reliability = [...responses].map(([organisationId, rows]) => ({ organisationId, ...summariseResponses(countedResponses(rows, now)), updatedAt: now }));
    for (let i = 0; i < reliability.length; i += 5_000) {
      await db
        .insert(providerReliability)
        .values(reliability.slice(i, i + 5_000))
        .onConflictDoUpdate({
          target: providerReliability.organisationId,
          set: { requestsReceived: sql`excluded.requests_received`, requestsAnswered: sql`excluded.requests_answered`, medianResponseHours: sql`excluded.median_response_hours`, updatedAt: now },
        });
    }
    return total;
  });

  // ---- courses and sessions
  const courseSlug = await slugSpace(course);
  await step("course", async () => {
    const r = rnd("course");
    const total = scaled(NATIONAL_SIZES.courses, scale);
    const courses: (typeof course.$inferInsert)[] = [];
    const sessions: (typeof courseSession.$inferInsert)[] = [];
    for (let i = 0; i < total; i++) {
      const provider = r.pick(providers);
      const profile = SECTOR_PROFILES[provider.sector ?? r.pick(ECONOMIC_SECTORS)]!;
      const courseTopics = r.sample(profile.courseTopics, r.int(1, 2));
      const title = `${r.pick(["Basiscursus", "Vervolgcursus", "Praktijktraining", "Masterclass", "Opfriscursus"])} ${courseTopics[0]!.replace(/-/g, " ")}`;
      const c = {
        title,
        summary: `Een ${r.pick(["korte", "praktische", "intensieve"])} cursus ${courseTopics.join(" en ").replace(/-/g, " ")} in ${provider.place.name}.`,
        description: `${provider.name} verzorgt deze cursus voor medewerkers van technische bedrijven. U werkt aan echte opdrachten uit de praktijk.`,
        topics: courseTopics,
        leadsTo: r.pick(["Bewijs van deelname", "MBO-certificaat", "Branchecertificaat"]),
      };
      const id = r.uuid();
      const status = r.chance(0.92) ? "published" : "draft";
      courses.push({
        id,
        slug: courseSlug(`${title} ${provider.place.name}`),
        providerId: provider.id,
        networkId: networkOf.get(provider.id)?.id ?? null,
        ...c,
        targetGroups: r.sample(TARGET_GROUPS, r.int(1, 2)),
        level: r.pick(COURSE_LEVELS),
        format: r.pick(COURSE_FORMATS),
        duration: r.pick(["1 dag", "4 dagdelen", "6 weken, 1 avond per week"]),
        priceCents: r.pick([0, 19_500, 45_000, 89_500]),
        status,
        ...courseTextColumns(c),
        publishedAt: status === "published" ? now : null,
        createdAt: now,
        updatedAt: now,
      });
      for (let s = 0; s < NATIONAL_SIZES.sessionsPerCourse; s++) {
        // One past edition and two to come, a month or more apart: no two share a start.
        const day = addDays(today, -60 + s * 60 + r.int(0, 45));
        const startsAt = new Date(moment(day, "09:00"));
        sessions.push({
          id: r.uuid(),
          courseId: id,
          startsAt,
          endsAt: new Date(moment(day, "16:00")),
          place: provider.place.name,
          address: `${provider.name}, ${provider.place.name}`,
          lat: provider.lat,
          lon: provider.lon,
          capacity: r.pick([8, 12, 16, 20, 24]),
          minParticipants: r.pick([0, 4, 6]),
          registrationDeadline: new Date(startsAt.getTime() - 3 * DAY),
          createdAt: now,
        });
      }
    }
    await insertAll(db, course, courses);
    await insertAll(db, courseSession, sessions);
    counts.courseSession = sessions.length;
    return courses.length;
  });

  // ---- events: many regional ones, and one national day of 10,000 pupils in 400 groups
  const eventSlug = await slugSpace(event);
  await step("event", async () => {
    const r = rnd("event");
    const total = scaled(NATIONAL_SIZES.events, scale);
    const windows = (date: string) => [
      { key: "ochtend", label: "Ochtend", date, start: "09:00", end: "12:00" },
      { key: "middag", label: "Middag", date, start: "13:00", end: "16:00" },
    ];
    const eventLevel = (o: Org) => (o.levels[0] === "po" ? "po" : o.levels.includes("vmbo-kader") ? "vmbo-kader" : o.levels.includes("havo") ? "havo" : "vmbo-gt");
    const events: (typeof event.$inferInsert)[] = [];
    const slots: (typeof eventSlot.$inferInsert)[] = [];
    const groups: (typeof eventGroup.$inferInsert)[] = [];
    const slotsFor = (eventId: string, hosts: Org[], capacity: () => number) => {
      for (const host of hosts) {
        for (const w of ["ochtend", "middag"]) {
          slots.push({
            id: r.uuid(),
            eventId,
            hostOrganisationId: host.id,
            window: w,
            capacityPupils: capacity(),
            maxGroups: 2,
            levels: ["po", "vmbo-basis", "vmbo-kader", "vmbo-gt", "havo"],
            activity: `Rondleiding en doe-opdracht bij ${host.name}`,
            place: host.place.name,
            lat: host.lat,
            lon: host.lon,
            createdAt: now,
          });
        }
      }
    };
    const groupsFor = (eventId: string, entrants: Org[], hosts: Org[], perSchool: number, size: () => number) => {
      for (const school of entrants) {
        for (let g = 0; g < perSchool; g++) {
          const prefs = r.sample(hosts, 2).map((h) => ({ hostId: h.id }));
          groups.push({
            id: r.uuid(),
            eventId,
            schoolOrganisationId: school.id,
            label: `Klas ${g + 1}${String.fromCharCode(65 + (g % 26))}`,
            size: size(),
            level: eventLevel(school),
            preferences: [...prefs, { sector: r.pick(ECONOMIC_SECTORS) }],
            girlsOnlyConfirmed: false,
            createdAt: now,
          });
        }
      }
    };

    // The national day: Zuid-Holland, 400 groups of 25 on average, hosts with room for about 1.5 times them.
    const bigId = r.uuid();
    const bigDate = weekdayOnOrBefore(addDays(today, 60));
    events.push({
      id: bigId,
      slug: "feest-van-de-techniek-landelijk",
      networkId: nets.find((n) => n.place.province === "Zuid-Holland")?.id ?? nets[0]!.id,
      name: "Feest van de Techniek landelijk",
      kind: "feest_van_de_techniek",
      description: "De landelijke techniekdag: 10.000 leerlingen bezoeken op één dag een technisch bedrijf bij hen in de buurt.",
      startsOn: bigDate,
      windows: windows(bigDate),
      hostRegistrationOpensOn: addDays(today, -90),
      hostRegistrationClosesOn: addDays(today, -10),
      schoolRegistrationOpensOn: addDays(today, -90),
      schoolRegistrationClosesOn: addDays(today, -5),
      targetLevels: ["po", "vmbo-basis", "vmbo-kader", "vmbo-gt", "havo"],
      girlsOnly: false,
      minGroupSize: null,
      defaultMaxKm: 40,
      status: "open",
      publishedAt: null,
      createdAt: now,
    });
    const bigGroups = scaled(NATIONAL_SIZES.bigEventGroups, scale, 4);
    const bigPupils = scaled(NATIONAL_SIZES.bigEventPupils, scale, 100);
    const zh = schools.filter((s) => s.place.province === "Zuid-Holland");
    const zhHosts = (companiesByProvince.get("Zuid-Holland") ?? companies).slice(0, Math.ceil(bigGroups / 2));
    slotsFor(bigId, zhHosts, () => r.pick([40, 50, 60]));
    const entrants = r.sample(zh.length ? zh : schools, Math.ceil(bigGroups / 2));
    const before = groups.length;
    // Sizes around the mean, then shifted so that they add up to exactly the pupils wanted.
    groupsFor(bigId, entrants, zhHosts, 2, () => r.int(18, 32));
    const big = groups.slice(before, before + bigGroups);
    groups.length = before + big.length;
    let excess = big.reduce((sum, g) => sum + g.size, 0) - bigPupils;
    // Bounded: at a tiny scale there may be too few schools to reach the exact total.
    for (let i = 0, steps = 0; excess !== 0 && steps < 1_000_000; i = (i + 1) % big.length, steps++) {
      const g = big[i]!;
      if (excess > 0 && g.size > 10) (g.size--, excess--);
      else if (excess < 0 && g.size < 40) (g.size++, excess++);
    }

    for (let i = 1; i < total; i++) {
      const n = r.pick(nets);
      const past = r.chance(0.4);
      const date = weekdayOnOrBefore(addDays(today, past ? -r.int(30, 700) : r.int(20, 300)));
      const kind = r.pick(["feest_van_de_techniek", "girlsday", "techniekdag", "open_dag"] as const);
      const id = r.uuid();
      const name = `${kind === "girlsday" ? "Girlsday" : kind === "open_dag" ? "Open dag" : kind === "techniekdag" ? "Techniekdag" : "Feest van de Techniek"} ${n.place.name} ${date.slice(0, 4)}`;
      events.push({
        id,
        slug: eventSlug(name),
        networkId: n.id,
        name,
        kind,
        description: `${name}: leerlingen uit de regio ${n.place.municipality} bezoeken technische bedrijven.`,
        startsOn: date,
        windows: windows(date),
        hostRegistrationOpensOn: addDays(date, -120),
        hostRegistrationClosesOn: addDays(date, -30),
        schoolRegistrationOpensOn: addDays(date, -120),
        schoolRegistrationClosesOn: addDays(date, -21),
        targetLevels: kind === "girlsday" ? ["po", "vmbo-basis", "vmbo-kader", "vmbo-gt"] : [],
        girlsOnly: kind === "girlsday",
        minGroupSize: kind === "girlsday" ? 10 : null,
        defaultMaxKm: 25,
        // Past days are over; of the days to come some are still being prepared.
        status: past ? "done" : r.chance(0.8) ? "open" : "draft",
        publishedAt: past ? new Date(moment(addDays(date, -14), "09:00")) : null,
        createdAt: now,
      });
      if (!past) {
        const hosts = n.members.filter((m) => m.kind === "company").slice(0, 3);
        const entrantSchools = n.members.filter((m) => m.kind === "school").slice(0, 3);
        if (hosts.length && entrantSchools.length) {
          slotsFor(id, hosts, () => r.pick([24, 30, 48]));
          groupsFor(id, entrantSchools, hosts, 1, () => r.int(kind === "girlsday" ? 10 : 12, 28));
        }
      }
    }
    const girlsOnly = new Set(events.filter((e) => e.girlsOnly).map((e) => e.id));
    for (const g of groups) if (girlsOnly.has(g.eventId)) g.girlsOnlyConfirmed = true;
    await insertAll(db, event, events);
    await insertAll(db, eventSlot, slots);
    await insertAll(db, eventGroup, groups);
    counts.eventSlot = slots.length;
    counts.eventGroup = groups.length;
    return events.length;
  });

  // ---- news
  const articleSlug = await slugSpace(article);
  await step("article", async () => {
    const r = rnd("article");
    const total = scaled(NATIONAL_SIZES.articles, scale);
    const rows: (typeof article.$inferInsert)[] = [];
    for (let i = 0; i < total; i++) {
      const n = r.pick(nets);
      const t = topics.length ? r.pick(topics).name : "techniek";
      const title = r.pick(NEWS_OPENINGS).replace("{network}", n.name).replace("{topic}", t).replace("{place}", n.place.name);
      const publishedAt = new Date(now.getTime() - r.int(1, 1_100) * DAY - r.int(0, 36_000) * 1000);
      const status = r.chance(0.95) ? "published" : "draft";
      rows.push({
        id: r.uuid(),
        networkId: n.id,
        slug: articleSlug(`${title} ${i}`),
        title,
        summary: `Nieuws van ${n.name} over ${t} in ${n.place.name}.`,
        body: `${n.name} werkt met scholen en bedrijven in ${n.place.municipality} aan techniekonderwijs.\n\nDit keer stond ${t} centraal. Leerlingen gingen zelf aan de slag en spraken met vakmensen.\n\n## Hoe verder\n\nIn het komende schooljaar volgen meer activiteiten.`,
        status,
        publishedAt: status === "published" ? publishedAt : null,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      });
    }
    await insertAll(db, article, rows);
    return rows.length;
  });

  // ---- programmes with goals, projects, teams and milestones
  const programmeSlug = await slugSpace(programme);
  await step("programme", async () => {
    const r = rnd("programme");
    const total = scaled(NATIONAL_SIZES.programmes, scale);
    const programmes: (typeof programme.$inferInsert)[] = [];
    const goals: (typeof programmeGoal.$inferInsert)[] = [];
    const projects: (typeof project.$inferInsert)[] = [];
    const links: (typeof projectGoal.$inferInsert)[] = [];
    const teams: (typeof projectTeamMember.$inferInsert)[] = [];
    const milestones: (typeof milestone.$inferInsert)[] = [];
    const owners = [...nets.filter((n) => n.kind === "sto_regio"), ...nets.filter((n) => n.kind !== "sto_regio")];
    for (let i = 0; i < total; i++) {
      const n = owners[i % owners.length]!;
      const startYear = r.int(2023, 2025);
      const name = `${n.kind === "sto_regio" ? "Sterk Techniekonderwijs" : "Programma"} ${n.place.name} ${startYear}-${startYear + 4}`;
      const id = r.uuid();
      programmes.push({ id, networkId: n.id, slug: programmeSlug(name), name, description: `Het programma van ${n.name} voor ${startYear} tot ${startYear + 4}.`, funders: "Ministerie van OCW", startsOn: `${startYear}-01-01`, endsOn: `${startYear + 4}-07-31`, createdAt: now, updatedAt: now });
      const goalIds = Array.from({ length: r.int(3, 5) }, (_, g) => {
        const goalId = r.uuid();
        goals.push({ id: goalId, programmeId: id, position: g + 1, title: r.pick(FOCUS_AREAS), indicator: "Aantal deelnemende leerlingen", target: `${r.int(2, 20) * 100} leerlingen` });
        return goalId;
      });
      for (let p = 0; p < r.int(2, 4); p++) {
        const projectId = r.uuid();
        projects.push({ id: projectId, programmeId: id, position: p + 1, title: `${r.pick(PPS_THEMES)}: deelproject ${p + 1}`, description: "Een project van scholen en bedrijven samen.", createdAt: now });
        for (const goalId of r.sample(goalIds, r.int(1, 2))) links.push({ projectId, goalId });
        n.partners.slice(0, 3).forEach((o, t) => teams.push({ id: r.uuid(), projectId, organisationId: o.id, role: t === 0 ? "projectleider" : "docent techniek", isLead: t === 0 }));
        for (let m = 0; m < 3; m++) {
          const dueOn = addDays(today, -200 + m * 150 + r.int(0, 60));
          const done = dueOn < today && r.chance(0.7);
          milestones.push({ id: r.uuid(), projectId, title: `Mijlpaal ${m + 1}`, dueOn, status: done ? "done" : "planned", doneAt: done ? new Date(moment(dueOn, "12:00")) : null });
        }
      }
    }
    await insertAll(db, programme, programmes);
    await insertAll(db, programmeGoal, goals);
    await insertAll(db, project, projects);
    await insertAll(db, projectGoal, links);
    await insertAll(db, projectTeamMember, teams);
    await insertAll(db, milestone, milestones);
    return programmes.length;
  });
  return counts;
}
