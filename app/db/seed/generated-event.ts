/**
 * A generated tech-day (the engine's `generateInstance`) written into the
 * database as a real event: host companies and schools as organisations, the
 * slots and the groups as entries, so that the assignment runs through the
 * same load → solve → store path as an event entered by hand. Used by the
 * integration test of a large event, `npm run bench -- assign --end-to-end`
 * and the national seed's large event day.
 */
import type { Db } from "../client.server.ts";
import { event, eventGroup, eventSlot, organisation } from "../schema/index.ts";
import { generateInstance } from "../../domain/events/assignment/generate.ts";
import type { Instance } from "../../domain/events/assignment/types.ts";

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters at a dozen columns. */
const CHUNK = 1000;

const WINDOW_LABELS: Record<string, string> = { morning: "Ochtend", afternoon: "Middag" };

/**
 * The generator's instance for `groups` groups and `slots` slots, with the
 * group sizes evened out to `pupils` in total when given (the "10,000 pupils
 * in 400 groups" event day): deterministic, a pupil at a time round the groups.
 */
export function generateEventInstance(options: { groups: number; slots: number; seed: number; pupils?: number }): Instance {
  const instance = generateInstance({ groups: options.groups, slots: options.slots, seed: options.seed, capacity: "pupils" });
  const target = options.pupils;
  if (target !== undefined && instance.groups.length > 0) {
    let total = instance.groups.reduce((sum, g) => sum + g.size, 0);
    for (let i = 0; total !== target; i = (i + 1) % instance.groups.length) {
      const group = instance.groups[i]!;
      const step = total < target ? 1 : -1;
      // A class stays between 10 and 40 pupils; with no room left the loop would not end.
      if (group.size + step < 10 || group.size + step > 40) {
        if (instance.groups.every((g) => g.size + step < 10 || g.size + step > 40)) break;
        continue;
      }
      group.size += step;
      total += step;
    }
  }
  return instance;
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<{ id: string }[]>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) ids.push(...(await insert(rows.slice(i, i + CHUNK))).map((r) => r.id));
  return ids;
}

/**
 * Writes the instance as an event open for registration, coordinated by the
 * network. Organisation slugs start with the event's slug, so several such
 * events can live side by side. Entry order (createdAt) is the instance's
 * order, so the event loads back as the same instance up to ids.
 */
export async function insertGeneratedEvent(
  db: Db,
  instance: Instance,
  options: { slug: string; name: string; networkId: string | null; date: string; now: Date },
): Promise<{ eventId: string; slots: number; groups: number }> {
  const { slug, now } = options;
  const windowKeys = [...new Set(instance.slots.map((s) => s.window))];
  const [row] = await db
    .insert(event)
    .values({
      slug,
      name: options.name,
      kind: "feest_van_de_techniek",
      networkId: options.networkId,
      startsOn: options.date,
      windows: windowKeys.map((key, i) => ({ key, label: WINDOW_LABELS[key] ?? key, date: options.date, start: i === 0 ? "09:00" : "13:00", end: i === 0 ? "12:00" : "16:00" })),
      defaultMaxKm: Math.round(instance.maxKm),
      status: "open",
    })
    .returning({ id: event.id });
  const eventId = row!.id;

  const hosts = new Map<string, Instance["slots"][number]>();
  for (const slot of instance.slots) if (!hosts.has(slot.hostId)) hosts.set(slot.hostId, slot);
  const schools = new Map<string, Instance["groups"][number]>();
  for (const group of instance.groups) if (!schools.has(group.schoolId)) schools.set(group.schoolId, group);
  const organisations = [
    ...[...hosts.values()].map((s) => ({ slug: `${slug}-${s.hostId}`, name: `Bedrijf ${s.hostId} (${options.name})`, kind: "company" as const, sector: s.sector, lat: s.lat, lon: s.lon })),
    ...[...schools.values()].map((g) => ({ slug: `${slug}-${g.schoolId}`, name: `School ${g.schoolId} (${options.name})`, kind: "school" as const, lat: g.lat, lon: g.lon })),
  ];
  const orgId = new Map<string, string>();
  for (let i = 0; i < organisations.length; i += CHUNK) {
    const rows = await db.insert(organisation).values(organisations.slice(i, i + CHUNK)).returning({ id: organisation.id, slug: organisation.slug });
    for (const r of rows) orgId.set(r.slug, r.id);
  }
  const hostOrg = (hostId: string) => orgId.get(`${slug}-${hostId}`)!;
  const at = (i: number) => new Date(now.getTime() + i);

  const slotIds = await insertChunked(
    instance.slots.map((s, i) => ({
      eventId,
      hostOrganisationId: hostOrg(s.hostId),
      window: s.window,
      capacityPupils: s.capacity ?? null,
      maxGroups: s.maxGroups ?? null,
      levels: s.levels,
      sector: s.sector,
      activity: "Rondleiding en zelf aan de slag",
      lat: s.lat,
      lon: s.lon,
      createdAt: at(i),
    })),
    (chunk) => db.insert(eventSlot).values(chunk).returning({ id: eventSlot.id }),
  );
  const groupIds = await insertChunked(
    instance.groups.map((g, i) => ({
      eventId,
      schoolOrganisationId: orgId.get(`${slug}-${g.schoolId}`)!,
      label: `Klas ${g.id}`,
      size: g.size,
      level: g.level,
      windows: g.windows ?? [],
      maxKm: g.maxKm ?? null,
      preferences: g.preferences.map((p) => (p.hostId !== undefined ? { hostId: hostOrg(p.hostId) } : { sector: p.sector! })),
      createdAt: at(i),
    })),
    (chunk) => db.insert(eventGroup).values(chunk).returning({ id: eventGroup.id }),
  );
  return { eventId, slots: slotIds.length, groups: groupIds.length };
}
