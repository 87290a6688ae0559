import crypto from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { AppServices } from "../../context.ts";
import type { Db } from "../client.server.ts";
import {
  account,
  event,
  membership,
  network,
  networkCoordinator,
  networkLocation,
  networkMember,
  networkPartner,
  organisation,
  user,
} from "../schema/index.ts";
import { networkSearchText } from "../../domain/networks/search-text.ts";
import { findPlace } from "../../lib/geo/gazetteer.server.ts";
import { log } from "../../lib/log.server.ts";
import { DEMO_ORGANISATIONS } from "./demo-organisations.ts";
import { DEMO_EVENTS, DEMO_NETWORKS } from "./demo-networks.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
import { seedDemoProgrammes } from "./demo-programmes.ts";
import { seedDemoNews } from "./demo-news.ts";
import { seedDemoMonitor } from "./demo-monitor.ts";
import { seedDemoEvents } from "./demo-events.ts";
import { seedDemoCourses } from "./demo-courses.ts";
import { seedDemoGuestLessons } from "./demo-guest-lessons.ts";
import { seedDemoAppointments } from "./demo-appointments.ts";
import { seedDemoInbox } from "./demo-inbox.ts";
import { baseUrl } from "../../lib/env.server.ts";

export { DEMO_PASSWORD };

// Serialises concurrent seeders (two processes on one PostgreSQL); any constant will do.
export const SEED_LOCK = 7_266_104_811;

function located(place: string | undefined) {
  if (!place) return { place: null, province: null, lat: null, lon: null };
  const found = findPlace(place);
  if (!found) throw new Error(`Demo data names a place the gazetteer does not know: ${place}`);
  return { place: found.name, province: found.province, lat: found.lat, lon: found.lon };
}

function lookup(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Demo data refers to an unknown slug: ${slug}`);
  return id;
}

async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: network.id }).from(network).limit(1);
  return rows.length === 0;
}

/**
 * Fills an empty platform with the networks and organisations from the seed
 * documents, their events, and the demo users. Runs only when there is no
 * network yet, all in one transaction, so a second call (or a crash halfway)
 * never leaves half the demo behind. Returns the demo password when it seeded.
 *
 * Users are written directly rather than through signUpEmail: that endpoint
 * runs its own transaction and queues a verification mail, while demo users
 * must be verified at once. The password hash comes from better-auth's own
 * hasher, so sign-in works exactly as for a user who signed up.
 */
export async function seedIfEmpty(services: AppServices): Promise<{ password: string } | null> {
  if (!(await isEmpty(services.db))) return null;
  const started = performance.now();

  const authContext = await services.auth.$context;
  // One hash for all: the demo password is public anyway, and scrypt is slow on purpose. It runs
  // on libuv's thread pool, so it overlaps with the inserts below instead of preceding them.
  const passwordHash = authContext.password.hash(DEMO_PASSWORD);
  passwordHash.catch(() => {}); // awaited inside the transaction; avoid an unhandled rejection if that fails first
  const newId = (model: "user" | "account") => authContext.generateId({ model }) || crypto.randomUUID();

  const seeded = await services.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (!(await isEmpty(tx))) return false;

    const organisationRows = await tx
      .insert(organisation)
      .values(
        DEMO_ORGANISATIONS.map((o) => ({
          slug: o.slug,
          name: o.name,
          kind: o.kind,
          description: o.description,
          educationLevels: o.educationLevels ?? [],
          sector: o.sector ?? null,
          sizeClass: o.sizeClass ?? null,
          email: o.email ?? null,
          brin: o.brin ?? null,
          branchNumber: o.branchNumber ?? null,
          verifiedAt: o.verified ? services.clock.now() : null,
          ...located(o.place),
        })),
      )
      .returning({ id: organisation.id, slug: organisation.slug });
    const organisationIds = new Map(organisationRows.map((r) => [r.slug, r.id]));
    const organisationsBySlug = new Map(DEMO_ORGANISATIONS.map((o) => [o.slug, o]));

    const networkRows = await tx
      .insert(network)
      .values(
        DEMO_NETWORKS.map((n) => {
          const partnerNames = n.partners.flatMap(({ organisation: slug }) => {
            const o = organisationsBySlug.get(slug);
            if (!o) throw new Error(`Demo data refers to an unknown slug: ${slug}`);
            return [o.name, ...(o.alsoKnownAs ?? [])];
          });
          return {
            slug: n.slug,
            name: n.name,
            kind: n.kind,
            summary: n.summary,
            description: n.description,
            country: "Nederland",
            province: n.province,
            cooperationType: n.cooperationType ?? null,
            educationSectors: n.educationSectors,
            economicSector: n.economicSector ?? null,
            tags: n.tags,
            focusAreas: n.focusAreas,
            startYear: n.startYear ?? null,
            contactEmail: n.contactEmail,
            projectLeader: n.projectLeader ?? null,
            website: n.website ?? null,
            searchText: networkSearchText(n, { partnerNames, locationNames: n.locations.map((l) => l.name) }),
          };
        }),
      )
      .returning({ id: network.id, slug: network.slug });
    const networkIds = new Map(networkRows.map((r) => [r.slug, r.id]));

    const partners = DEMO_NETWORKS.flatMap((n) =>
      n.partners.map((p) => ({ networkId: lookup(networkIds, n.slug), organisationId: lookup(organisationIds, p.organisation), role: p.role })),
    );
    const members = DEMO_NETWORKS.flatMap((n) =>
      n.members.map((slug) => ({ networkId: lookup(networkIds, n.slug), organisationId: lookup(organisationIds, slug) })),
    );
    const locations = DEMO_NETWORKS.flatMap((n) =>
      n.locations.map((l) => {
        const where = located(l.place);
        return {
          networkId: lookup(networkIds, n.slug),
          name: l.name,
          kind: l.kind,
          organisationId: l.organisation ? lookup(organisationIds, l.organisation) : null,
          place: where.place,
          lat: where.lat,
          lon: where.lon,
        };
      }),
    );
    await tx.insert(networkPartner).values(partners);
    await tx.insert(networkMember).values(members);
    await tx.insert(networkLocation).values(locations);
    await tx.insert(event).values(
      DEMO_EVENTS.map((e) => ({
        slug: e.slug,
        networkId: lookup(networkIds, e.network),
        name: e.name,
        kind: e.kind,
        description: e.description,
        startsOn: e.startsOn,
        status: e.status,
      })),
    );

    // Someone may have signed up with a demo address before the demo was seeded: keep that account.
    const existing = await tx
      .select({ id: user.id, email: user.email })
      .from(user)
      .where(inArray(user.email, DEMO_USERS.map((u) => u.email)));
    const userIds = new Map(existing.map((u) => [u.email, u.id]));
    const fresh = DEMO_USERS.filter((u) => !userIds.has(u.email));
    for (const u of fresh) userIds.set(u.email, newId("user"));
    if (fresh.length > 0) {
      const hash = await passwordHash;
      await tx.insert(user).values(
        fresh.map((u) => ({ id: userIds.get(u.email)!, name: u.name, email: u.email, emailVerified: true, role: u.role, locale: "nl" })),
      );
      await tx.insert(account).values(
        fresh.map((u) => ({
          id: newId("account"),
          userId: userIds.get(u.email)!,
          accountId: userIds.get(u.email)!,
          providerId: "credential",
          password: hash,
        })),
      );
    }
    const memberships = DEMO_USERS.flatMap((u) =>
      u.memberships.map((m) => ({ userId: userIds.get(u.email)!, organisationId: lookup(organisationIds, m.organisation), role: m.role })),
    );
    const coordinators = DEMO_USERS.flatMap((u) =>
      u.coordinates.map((slug) => ({ userId: userIds.get(u.email)!, networkId: lookup(networkIds, slug) })),
    );
    await tx.insert(membership).values(memberships).onConflictDoNothing();
    await tx.insert(networkCoordinator).values(coordinators).onConflictDoNothing();
    await seedDemoProgrammes(tx, { networks: networkIds, organisations: organisationIds });
    await seedDemoNews(tx, { networks: networkIds, users: userIds }, services.clock.now());
    await seedDemoMonitor(tx, { networks: networkIds });
    await seedDemoEvents(tx, services.clock.now());
    await seedDemoCourses(tx, { organisations: organisationIds, networks: networkIds, users: userIds, passwordHash: await passwordHash, newId }, services.clock.now());
    await seedDemoGuestLessons(tx, { organisations: organisationIds, users: userIds }, services.clock.now());
    await seedDemoAppointments(tx, { organisations: organisationIds, users: userIds }, services.clock.now());
    // Last, so the mails are about appointments that exist.
    await seedDemoInbox(tx, baseUrl(services.env));
    return true;
  });

  if (!seeded) return null;
  log.info("demo data seeded", {
    networks: DEMO_NETWORKS.length,
    organisations: DEMO_ORGANISATIONS.length,
    users: DEMO_USERS.length,
    ms: Math.round(performance.now() - started),
  });
  return { password: DEMO_PASSWORD };
}
