import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, arrayContains, count, eq, getTableName, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertNetwork, insertUser } from "../support/factories.ts";
import type { Database } from "~/db/client.server.ts";
import {
  account,
  appointment,
  event,
  lessonRequest,
  mailOutbox,
  membership,
  network,
  notification,
  networkCoordinator,
  networkLocation,
  networkMember,
  networkPartner,
  organisation,
  session,
  user,
} from "~/db/schema/index.ts";
import { seedIfEmpty } from "~/db/seed/seed.server.ts";
import { DEMO_COURSE_USERS } from "~/db/seed/demo-courses.ts";
import { popularArticles } from "~/services/news/helpers/articles.server.ts";
import { demoAccountLines } from "~/db/seed/demo-accounts.ts";
import { listNews } from "~/services/news/list-news.server.ts";
import type { AppServices } from "~/context.ts";

const DEMO_EMAILS = [
  "beheer@demo.technohub.nl",
  "coordinator.utrecht@demo.technohub.nl",
  "coordinator.nop@demo.technohub.nl",
  "coordinator.deventer@demo.technohub.nl",
  "docent@demo.technohub.nl",
  "bedrijf@demo.technohub.nl",
  "opleider@demo.technohub.nl",
  // The courses area's employees and company contacts (app/db/seed/demo-courses.ts).
  ...DEMO_COURSE_USERS.map((u) => u.email),
];

const COUNTED: PgTable[] = [
  organisation,
  network,
  networkPartner,
  networkMember,
  networkLocation,
  networkCoordinator,
  event,
  user,
  account,
  membership,
  mailOutbox,
];

async function counts(services: AppServices) {
  const result: Record<string, number> = {};
  for (const table of COUNTED) {
    const [row] = await services.db.select({ n: count() }).from(table);
    result[getTableName(table)] = row!.n;
  }
  return result;
}

describe(`demo data (${TEST_DB})`, () => {
  let database: Database;
  let services: AppServices;
  let first: { password: string } | null;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    first = await seedIfEmpty(services);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function networkBySlug(slug: string) {
    const [row] = await services.db.select().from(network).where(eq(network.slug, slug));
    return row!;
  }

  it("seeds an empty database and returns the demo password", () => {
    expect(first).toEqual({ password: "technohub-demo" });
  });

  it("prints exactly the demo accounts it seeded, each with its role (what npm start shows)", async () => {
    const [heading, ...lines] = demoAccountLines("technohub-demo");
    expect(heading).toBe("Demo-accounts (wachtwoord voor allemaal: technohub-demo):");
    const printed = lines.map((l) => l.trim().split(/\s+/)[0]!);
    // Every account on the demo domain that can sign in with a password.
    const seeded = await services.db
      .select({ email: user.email })
      .from(user)
      .innerJoin(account, eq(account.userId, user.id))
      .where(eq(account.providerId, "credential"));
    expect(printed.sort()).toEqual(seeded.map((u) => u.email).filter((e) => e.endsWith("@demo.technohub.nl")).sort());
    expect(printed).toHaveLength(12);
    for (const line of lines) expect(line.trim().split(/\s{2,}/)[1], line).toBeTruthy();
    expect(lines.find((l) => l.includes("coordinator.utrecht@"))).toContain("coördinator van TechNet Utrecht en Technologieroute; lid van ROC Midden Nederland");
    expect(lines.find((l) => l.includes("beheer@"))).toContain("platformbeheerder");
    expect(lines.find((l) => l.includes("kampstaal@"))).toContain("bedrijfscontact van Kampstaal");
  });

  it("reads its 2017–2022 articles when they appeared: nothing counts as read in the last 90 days", async () => {
    // "Meest gelezen in de afgelopen 90 dagen" counts views in that window only; the demo's are years old.
    expect(await popularArticles(services)).toEqual([]);
    const utrecht = await listNews(services, null, { networkSlug: "technet-utrecht" });
    expect(utrecht.popular).toEqual([]);
    // The articles keep the views they had then.
    expect(utrecht.articles.length).toBeGreaterThan(0);
    expect(utrecht.articles.every((a) => a.views > 0)).toBe(true);
  });

  it("creates the networks from the seeds, two Technohubs among them", async () => {
    const rows = await services.db.select({ name: network.name, kind: network.kind }).from(network);
    const names = rows.map((r) => r.name);
    for (const name of [
      "Technologieroute",
      "TechNet Utrecht",
      "TechNet Amstel & Venen",
      "TechNet Amersfoort",
      "TechNet Gooi & Vechtstreek",
      "TechNet Maarssen",
      "TechNet Woerden",
      "TechNet IJsselstein",
      "TechNet Veenendaal",
      "MKB-deal Maakindustrie Utrecht-West",
      "Technohub Woerden",
      "Technohub NOP",
      "Sterk Techniek Onderwijs Deventer-Twello",
    ]) {
      expect(names).toContain(name);
    }
    expect(rows.filter((r) => r.kind === "technohub").map((r) => r.name).sort()).toEqual(["Technohub NOP", "Technohub Woerden"]);
  });

  it("gives Technologieroute its published facts and its partners with roles", async () => {
    const route = await networkBySlug("technologieroute");
    expect(route).toMatchObject({
      kind: "pps",
      country: "Nederland",
      province: "Utrecht",
      cooperationType: "Mbo-initiatief",
      educationSectors: ["mbo"],
      economicSector: "High Tech Systems & Materialen",
      tags: ["hybride docent"],
      focusAreas: ["Leven lang ontwikkelen"],
      startYear: 2015,
      contactEmail: "technologieroute@demo.technohub.nl",
      projectLeader: "Projectleider ROC Midden Nederland",
    });
    expect(route.description).toContain("metaalbedrijven");
    const partners = await services.db
      .select({ name: organisation.name, role: networkPartner.role })
      .from(networkPartner)
      .innerJoin(organisation, eq(organisation.id, networkPartner.organisationId))
      .where(eq(networkPartner.networkId, route.id));
    expect(partners.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "OBM Midden-Nederland", role: "partner" },
      { name: "ROC Midden Nederland", role: "penvoerder" },
    ]);
    // Search finds it by its partners' names, also the long one.
    expect(route.searchText).toContain("OpleidingsBedrijf Metaal Midden Nederland B.V.");
    expect(route.searchText).toContain("Praktijklokaal OBM Midden-Nederland");
  });

  it("makes Technologieroute the only match for Utrecht + High Tech + hybride docent, yet each facet alone matches more", async () => {
    const facets: SQL[] = [
      eq(network.province, "Utrecht"),
      eq(network.economicSector, "High Tech Systems & Materialen"),
      arrayContains(network.tags, ["hybride docent"]),
    ];
    const all = await services.db.select({ name: network.name }).from(network).where(and(...facets));
    expect(all.map((r) => r.name)).toEqual(["Technologieroute"]);
    for (const facet of facets) {
      const [row] = await services.db.select({ n: count() }).from(network).where(facet);
      expect(row!.n).toBeGreaterThan(1);
    }
  });

  it("places Technohub NOP in Flevoland with physical, mobile and online locations", async () => {
    const nop = await networkBySlug("technohub-nop");
    expect(nop).toMatchObject({ province: "Flevoland", startYear: 2021 });
    const locations = await services.db.select().from(networkLocation).where(eq(networkLocation.networkId, nop.id));
    expect(locations.map((l) => l.kind).sort()).toEqual(["mobile", "online", "physical", "physical", "physical"]);
    const dronten = locations.find((l) => l.place === "Dronten")!;
    expect(dronten.lat).toBeCloseTo(52.52, 1);
    expect(dronten.organisationId).not.toBeNull();
    const partners = await services.db
      .select({ name: organisation.name, kind: organisation.kind })
      .from(networkPartner)
      .innerJoin(organisation, eq(organisation.id, networkPartner.organisationId))
      .where(eq(networkPartner.networkId, nop.id));
    expect(partners.map((p) => p.name)).toEqual(
      expect.arrayContaining(["ROC Friese Poort", "Aeres MBO", "OBM Midden-Nederland", "Kampstaal", "Suplacon", "Agrofoodcluster"]),
    );
    expect(partners.find((p) => p.name === "Stichting A&O Metalektro")?.kind).toBe("fund");
  });

  it("gives Sterk Techniek Onderwijs its five partners and demo member companies", async () => {
    const sto = await networkBySlug("sterk-techniek-onderwijs-deventer-twello");
    expect(sto).toMatchObject({ kind: "sto_regio", province: "Overijssel" });
    const [partners] = await services.db.select({ n: count() }).from(networkPartner).where(eq(networkPartner.networkId, sto.id));
    expect(partners!.n).toBe(5);
    const members = await services.db
      .select({ name: organisation.name, kind: organisation.kind, place: organisation.place })
      .from(networkMember)
      .innerJoin(organisation, eq(organisation.id, networkMember.organisationId))
      .where(eq(networkMember.networkId, sto.id));
    expect(members.length).toBeGreaterThanOrEqual(8);
    for (const m of members) {
      expect(m.kind).toBe("company");
      expect(m.name).toMatch(/\(demo\)$/);
      expect(["Deventer", "Twello", "Bathmen"]).toContain(m.place);
    }
  });

  it("locates every organisation that has a place, with province and coordinates", async () => {
    const rows = await services.db.select().from(organisation);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    const kiremko = rows.find((o) => o.name === "Kiremko")!;
    expect(kiremko).toMatchObject({ kind: "company", place: "Woerden", province: "Utrecht" });
    for (const o of rows.filter((r) => r.place)) {
      expect(o.lat, o.name).not.toBeNull();
      expect(o.lon, o.name).not.toBeNull();
      expect(o.province, o.name).not.toBeNull();
    }
    // Role addresses on the demo domain only.
    for (const o of rows.filter((r) => r.email)) expect(o.email).toMatch(/@[a-z0-9.-]*demo\.technohub\.nl$/);
  });

  it("adds the events: a Feest van de Techniek and Girlsdays past and present", async () => {
    const rows = await services.db.select().from(event);
    const technetUtrecht = await networkBySlug("technet-utrecht");
    const feest = rows.find((e) => e.slug === "feest-van-de-techniek-2027")!;
    expect(feest.networkId).toBe(technetUtrecht.id);
    expect(rows.find((e) => e.slug === "feest-van-de-techniek-2026")).toMatchObject({ kind: "feest_van_de_techniek", status: "done", networkId: technetUtrecht.id });
    expect(rows.find((e) => e.name === "Girlsday 2018")).toMatchObject({ kind: "girlsday", startsOn: "2018-04-12" });
    expect(rows.some((e) => e.kind === "girlsday" && e.status === "open")).toBe(true);
  });

  it("shows a request as withdrawn ('Ingetrokken') only when its school withdrew it", async () => {
    const requests = await services.db.select().from(lessonRequest);
    const withdrawn = requests.filter((r) => r.status === "cancelled");
    expect(withdrawn.length).toBeGreaterThan(0);
    expect(withdrawn.every((r) => r.withdrawnAt !== null && r.withdrawReason)).toBe(true);
    // The demo lesson the company called off leaves its request open again, as cancelling does in the app.
    const [calledOff] = await services.db
      .select({ status: lessonRequest.status })
      .from(appointment)
      .innerJoin(lessonRequest, eq(lessonRequest.id, appointment.requestId))
      .where(eq(appointment.state, "cancelled"));
    expect(calledOff).toEqual({ status: "open" });
  });

  it("creates the verified demo users with their organisations and networks, and delivers no mail", async () => {
    const users = await services.db.select().from(user);
    expect(users.map((u) => u.email).sort()).toEqual([...DEMO_EMAILS].sort());
    for (const u of users) {
      expect(u.emailVerified).toBe(true);
      expect(u.name).toMatch(/\(demo\)$/);
    }
    expect(users.find((u) => u.email === "beheer@demo.technohub.nl")!.role).toBe("admin");
    expect(users.filter((u) => u.role === "admin")).toHaveLength(1);

    const coordinated = await services.db
      .select({ email: user.email, slug: network.slug })
      .from(networkCoordinator)
      .innerJoin(user, eq(user.id, networkCoordinator.userId))
      .innerJoin(network, eq(network.id, networkCoordinator.networkId));
    const of = (email: string) => coordinated.filter((c) => c.email === email).map((c) => c.slug).sort();
    expect(of("coordinator.utrecht@demo.technohub.nl")).toEqual(["technet-utrecht", "technologieroute"]);
    expect(of("coordinator.nop@demo.technohub.nl")).toEqual(["technohub-nop"]);
    expect(of("coordinator.deventer@demo.technohub.nl")).toEqual(["sterk-techniek-onderwijs-deventer-twello"]);

    const memberships = await services.db
      .select({ email: user.email, organisation: organisation.name, kind: organisation.kind, place: organisation.place, role: membership.role })
      .from(membership)
      .innerJoin(user, eq(user.id, membership.userId))
      .innerJoin(organisation, eq(organisation.id, membership.organisationId));
    expect(memberships.find((m) => m.email === "bedrijf@demo.technohub.nl")).toMatchObject({ organisation: "Kiremko", role: "admin" });
    expect(memberships.find((m) => m.email === "opleider@demo.technohub.nl")).toMatchObject({
      organisation: "OBM Midden-Nederland",
      kind: "provider",
      role: "admin",
    });
    const teacher = memberships.find((m) => m.email === "docent@demo.technohub.nl")!;
    expect(teacher).toMatchObject({ kind: "school", place: "Utrecht", role: "member" });
    expect(teacher.organisation).toMatch(/NUOVO/);

    // The demo's few mails (see the inbox test below) stay in the outbox: none is delivered.
    const mails = await services.db.select({ to: mailOutbox.to, status: mailOutbox.status }).from(mailOutbox);
    for (const mail of mails) expect(mail.to).toMatch(/@demo\.technohub\.nl$/);
    expect(mails.filter((m) => m.status === "sent")).toEqual([]);
  });

  it("gives the demo teacher, company contact and coordinator a few inbox items, each from a mail and linked to its page", async () => {
    const items = await services.db
      .select({ email: user.email, subject: notification.subject, link: notification.link, mailId: notification.mailId, read: notification.readAt })
      .from(notification)
      .innerJoin(user, eq(user.id, notification.userId));
    const of = (email: string) => items.filter((i) => i.email === email);
    expect(of("docent@demo.technohub.nl").map((i) => i.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Afspraak ingepland: /), expect.stringMatching(/^Afspraak heeft plaatsgevonden: /)]),
    );
    expect(of("bedrijf@demo.technohub.nl").map((i) => i.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Nieuwe aanvraag: .+ voor /), expect.stringMatching(/^Nieuw bericht over /)]),
    );
    expect(of("coordinator.utrecht@demo.technohub.nl").map((i) => i.subject)).toEqual([expect.stringMatching(/^Vraag blijft liggen: /)]);

    const appointmentIds = new Set((await services.db.select({ id: appointment.id }).from(appointment)).map((a) => a.id));
    const outbox = new Set((await services.db.select({ id: mailOutbox.id }).from(mailOutbox)).map((m) => m.id));
    for (const item of items) {
      // Made by the mailer: each item is one outbox mail, unread, opening a page that exists.
      expect(outbox.has(item.mailId!)).toBe(true);
      expect(item.read).toBeNull();
      const id = /^\/afspraken\/(.+)$/.exec(item.link ?? "")?.[1];
      if (id) expect(appointmentIds.has(id)).toBe(true);
      else expect(item.link).toBe("/coordinatie/vragen");
    }
  });

  it("lets a demo user sign in with the demo password", async () => {
    const result = await services.auth.api.signInEmail({ body: { email: "docent@demo.technohub.nl", password: "technohub-demo" } });
    expect(result.token).toBeTruthy();
    expect(result.user.email).toBe("docent@demo.technohub.nl");
    await expect(
      services.auth.api.signInEmail({ body: { email: "docent@demo.technohub.nl", password: "verkeerd-wachtwoord" } }),
    ).rejects.toThrow();
  });

  it("does nothing on a second call", async () => {
    await services.db.delete(session);
    const before = await counts(services);
    expect(await seedIfEmpty(services)).toBeNull();
    expect(await counts(services)).toEqual(before);
  });

  it("does nothing once any network exists", async () => {
    const other = await createTestDatabase();
    try {
      const otherServices = createTestServices(other);
      await insertNetwork(otherServices.db, { slug: "eigen-netwerk", name: "Eigen netwerk", kind: "other" });
      expect(await seedIfEmpty(otherServices)).toBeNull();
      const [orgs] = await otherServices.db.select({ n: count() }).from(organisation);
      expect(orgs!.n).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("keeps an account someone already made with a demo address", async () => {
    const other = await createTestDatabase();
    try {
      const otherServices = createTestServices(other);
      await insertUser(otherServices.db, { id: "eigen-docent", name: "Eigen naam", email: "docent@demo.technohub.nl", verified: false });
      expect(await seedIfEmpty(otherServices)).toEqual({ password: "technohub-demo" });
      const [kept] = await otherServices.db.select().from(user).where(eq(user.email, "docent@demo.technohub.nl"));
      expect(kept).toMatchObject({ id: "eigen-docent", name: "Eigen naam" });
      const [teacherMembership] = await otherServices.db.select().from(membership).where(eq(membership.userId, "eigen-docent"));
      expect(teacherMembership).toBeDefined();
      const [users] = await otherServices.db.select({ n: count() }).from(user);
      expect(users!.n).toBe(DEMO_EMAILS.length);
    } finally {
      await other.close();
    }
  });
});
