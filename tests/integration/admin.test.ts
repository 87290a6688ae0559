import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import {
  createOfferAs,
  insertCoordinator,
  insertMembership,
  insertNetwork,
  insertNetworkMember,
  insertNetworkPartner,
  insertOrganisation,
  signUpUser,
  TEST_PASSWORD,
} from "../support/factories.ts";
import { rejection } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import {
  accountBlock,
  article,
  auditLog,
  joinRequest,
  mailOutbox,
  membership,
  network,
  networkCoordinator,
  networkMember,
  networkPartner,
  offer,
  organisation,
  session,
  tipPage,
  user,
} from "~/db/schema/index.ts";
import { emptyFilters } from "~/domain/networks/search-query.ts";
import { assignCoordinator } from "~/services/admin/assign-coordinator.server.ts";
import { createNetwork } from "~/services/admin/create-network.server.ts";
import { decideNetworkMerge } from "~/services/admin/decide-network-merge.server.ts";
import { decideOrganisationMerge } from "~/services/admin/decide-organisation-merge.server.ts";
import { getAdminOrganisation } from "~/services/admin/get-admin-organisation.server.ts";
import { exportAuditLog } from "~/services/admin/export-audit-log.server.ts";
import { getAdminOverview } from "~/services/admin/get-admin-overview.server.ts";
import { listAuditLog } from "~/services/admin/list-audit-log.server.ts";
import { listContent } from "~/services/admin/list-content.server.ts";
import { listPeople, PEOPLE_PAGE_SIZE } from "~/services/admin/list-people.server.ts";
import { ADMIN_NETWORKS_PAGE_SIZE, listAdminNetworks } from "~/services/admin/list-admin-networks.server.ts";
import { ADMIN_ORGANISATIONS_PAGE_SIZE, listAdminOrganisations } from "~/services/admin/list-admin-organisations.server.ts";
import { removeCoordinator } from "~/services/admin/remove-coordinator.server.ts";
import { resetSignIn } from "~/services/admin/reset-sign-in.server.ts";
import { updateAccountBlock } from "~/services/admin/update-account-block.server.ts";
import { updateContentVisibility } from "~/services/admin/update-content-visibility.server.ts";
import { updateNetworkArchive } from "~/services/admin/update-network-archive.server.ts";
import { updateNetwork } from "~/services/admin/update-network.server.ts";
import { updatePlatformRole } from "~/services/admin/update-platform-role.server.ts";
import { verifyOrganisation } from "~/services/admin/verify-organisation.server.ts";
import { signIn } from "~/services/account/sign-in.server.ts";
import { decideJoinRequest } from "~/services/networks/decide-join-request.server.ts";
import { getNetworkProfile } from "~/services/networks/get-network-profile.server.ts";
import { searchNetworks } from "~/services/networks/search-networks.server.ts";
import { exportNewsFeed } from "~/services/news/export-news-feed.server.ts";
import { getArticle } from "~/services/news/get-article.server.ts";
import { listNews } from "~/services/news/list-news.server.ts";
import { getOffer } from "~/services/guest-lessons/get-offer.server.ts";
import { getRequestForm } from "~/services/guest-lessons/get-request-form.server.ts";
import { getTip } from "~/services/guest-lessons/get-tip.server.ts";
import { listTips } from "~/services/guest-lessons/list-tips.server.ts";
import { searchOffers } from "~/services/guest-lessons/search-offers.server.ts";
import { parseOfferSearchParams } from "~/domain/guest-lessons/catalogue-query.ts";

describe(`administration (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let admin: SessionUser;
  let coordinator: SessionUser;
  let member: SessionUser;
  const reader = { address: "203.0.113.9", userAgent: "test" };

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    admin = await signUpUser(services, { name: "Anna Beheer", email: "anna@beheer.test", role: "admin" });
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@netwerk.test" });
    member = await signUpUser(services, { name: "Mila Medewerker", email: "mila@bedrijf.test" });
  });

  afterAll(async () => {
    await database?.close();
  });

  const auditRows = (action: string) => services.db.select().from(auditLog).where(eq(auditLog.action, action));

  it("refuses every administrator's action to anyone else, the system included", async () => {
    const net = await insertNetwork(services.db, { slug: "weigering-net", name: "Weigering" });
    await insertCoordinator(services.db, net.id, coordinator);
    for (const actor of [coordinator, member, null]) {
      expect((await rejection(getAdminOverview(services, actor))).kind).toBe("forbidden");
      expect((await rejection(updateNetworkArchive(services, actor, { slug: "weigering-net", archived: true }))).kind).toBe("forbidden");
      expect((await rejection(updateAccountBlock(services, actor, { userId: member.id, blocked: true, reason: "" }))).kind).toBe("forbidden");
      expect((await rejection(listAuditLog(services, actor, { actor: "", action: "", subject: "", from: "", to: "", page: 1 }))).kind).toBe("forbidden");
      expect((await rejection(updatePlatformRole(services, actor, { userId: member.id, role: "admin" }))).kind).toBe("forbidden");
    }
    const [row] = await services.db.select().from(network).where(eq(network.id, net.id));
    expect(row!.archivedAt).toBeNull();
    expect(await services.db.select().from(accountBlock)).toEqual([]);
  });

  it("creates and edits a network, each with an audit row holding before and after", async () => {
    const { slug } = await createNetwork(services, admin, { name: "Techniekpact Zeeland", kind: "pps", summary: "Samen sterk", province: "Zeeland", contactEmail: null, website: null });
    expect(slug).toBe("techniekpact-zeeland");
    await updateNetwork(services, admin, { slug, name: "Techniekpact Zeeland-West", kind: "pps", summary: "Samen sterker", province: "Zeeland", contactEmail: "info@tpz.test", website: null });
    const [created] = await auditRows("network.create");
    expect(created).toMatchObject({ actorId: admin.id, actorName: "Anna Beheer", subjectType: "network", before: null });
    expect(created!.after).toMatchObject({ name: "Techniekpact Zeeland", slug });
    const [updated] = await auditRows("network.update");
    expect(updated!.before).toMatchObject({ name: "Techniekpact Zeeland", summary: "Samen sterk" });
    expect(updated!.after).toMatchObject({ name: "Techniekpact Zeeland-West", contactEmail: "info@tpz.test" });
    // Derived search text is not copied into the log.
    expect(updated!.after).not.toHaveProperty("searchText");
    const found = await searchNetworks(services, null, { ...emptyFilters(), q: "Zeeland-West" });
    expect(found.networks.map((n) => n.slug)).toContain(slug);
  });

  it("archives a network out of the directory and restores it", async () => {
    const net = await insertNetwork(services.db, { slug: "archief-net", name: "Archiefnetwerk Drechtsteden" });
    const search = async () => (await searchNetworks(services, null, { ...emptyFilters(), q: "Archiefnetwerk" })).networks.map((n) => n.slug);
    expect(await search()).toEqual(["archief-net"]);
    await updateNetworkArchive(services, admin, { slug: "archief-net", archived: true });
    expect(await search()).toEqual([]);
    expect((await rejection(getNetworkProfile(services, null, { slug: "archief-net" }))).kind).toBe("not_found");
    expect((await getNetworkProfile(services, admin, { slug: "archief-net" })).profile.id).toBe(net.id);
    await updateNetworkArchive(services, admin, { slug: "archief-net", archived: false });
    expect(await search()).toEqual(["archief-net"]);
    const rows = (await services.db.select().from(auditLog).where(eq(auditLog.subjectId, net.id))).map((r) => [r.action, (r.before as { archivedAt: string | null }).archivedAt === null, (r.after as { archivedAt: string | null }).archivedAt === null]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["network.archive", true, false],
        ["network.restore", false, true],
      ]),
    );
  });

  it("appoints and removes a coordinator, refusing an unknown address beside its field", async () => {
    await insertNetwork(services.db, { slug: "coord-net", name: "Coördinatienetwerk" });
    await assignCoordinator(services, admin, { slug: "coord-net", email: "MILA@bedrijf.test" });
    const duplicate = await rejection(assignCoordinator(services, admin, { slug: "coord-net", email: "mila@bedrijf.test" }));
    expect([duplicate.kind, duplicate.field]).toEqual(["conflict", "email"]);
    const unknown = await rejection(assignCoordinator(services, admin, { slug: "coord-net", email: "niemand@nergens.test" }));
    expect([unknown.kind, unknown.field, unknown.message]).toEqual(["invalid", "email", "admin.coordinators.unknownPerson"]);
    const [net] = await services.db.select().from(network).where(eq(network.slug, "coord-net"));
    expect(await services.db.select().from(networkCoordinator).where(eq(networkCoordinator.networkId, net!.id))).toEqual([{ networkId: net!.id, userId: member.id }]);
    await removeCoordinator(services, admin, { slug: "coord-net", userId: member.id });
    expect(await services.db.select().from(networkCoordinator).where(eq(networkCoordinator.networkId, net!.id))).toEqual([]);
    const [appointed] = await auditRows("network.coordinator.appoint");
    expect(appointed!.after).toMatchObject({ coordinator: { id: member.id, email: "mila@bedrijf.test" } });
    const [removed] = await auditRows("network.coordinator.remove");
    expect([removed!.before, removed!.after]).toEqual([{ coordinator: { id: member.id, name: "Mila Medewerker", email: "mila@bedrijf.test" } }, null]);
  });

  it("merges a duplicate network: everything moves in one go, shared rows are kept once, the old address forwards", async () => {
    const kept = await insertNetwork(services.db, { slug: "techniek-twente", name: "Techniek Twente" });
    const dup = await insertNetwork(services.db, { slug: "techniek-twente-2", name: "Techniek Twente (dubbel)" });
    const roc = await insertOrganisation(services.db, { slug: "roc-twente", name: "ROC van Twente", kind: "provider" });
    const bedrijf = await insertOrganisation(services.db, { slug: "stork-twente", name: "Stork Twente", kind: "company" });
    const school = await insertOrganisation(services.db, { slug: "het-stedelijk", name: "Het Stedelijk", kind: "school" });
    await insertNetworkPartner(services.db, kept.id, roc.id, "penvoerder");
    await insertNetworkPartner(services.db, dup.id, roc.id, "partner");
    await insertNetworkPartner(services.db, dup.id, bedrijf.id, "partner");
    await insertNetworkMember(services.db, dup.id, school.id);
    await insertCoordinator(services.db, dup.id, coordinator);
    await insertCoordinator(services.db, kept.id, coordinator);
    await services.db.insert(article).values({ networkId: dup.id, slug: "nieuws-dubbel", title: "Nieuws van het dubbele netwerk", status: "published", publishedAt: new Date("2026-02-01") });
    await services.db.insert(joinRequest).values({ networkId: dup.id, organisationId: bedrijf.id, requesterId: member.id, motivation: "Graag" });

    const refused = await rejection(decideNetworkMerge(services, admin, { slug: "techniek-twente-2", intoSlug: "techniek-twente-2" }));
    expect([refused.kind, refused.field]).toEqual(["invalid", "into"]);

    const result = await decideNetworkMerge(services, admin, { slug: "techniek-twente-2", intoSlug: "techniek-twente" });
    expect(result.slug).toBe("techniek-twente");
    const partners = await services.db.select().from(networkPartner).where(eq(networkPartner.networkId, kept.id));
    expect(partners.map((p) => [p.organisationId, p.role]).sort()).toEqual([
      [bedrijf.id, "partner"],
      [roc.id, "penvoerder"],
    ].sort());
    expect(await services.db.select().from(networkPartner).where(eq(networkPartner.networkId, dup.id))).toEqual([]);
    expect((await services.db.select().from(networkMember).where(eq(networkMember.networkId, kept.id))).map((m) => m.organisationId)).toEqual([school.id]);
    expect(await services.db.select().from(networkCoordinator).where(eq(networkCoordinator.networkId, kept.id))).toEqual([{ networkId: kept.id, userId: coordinator.id }]);
    expect((await services.db.select().from(article).where(eq(article.slug, "nieuws-dubbel")))[0]!.networkId).toBe(kept.id);
    expect((await services.db.select().from(joinRequest).where(eq(joinRequest.organisationId, bedrijf.id)))[0]!.networkId).toBe(kept.id);

    const [old] = await services.db.select().from(network).where(eq(network.id, dup.id));
    expect(old!.mergedIntoId).toBe(kept.id);
    expect(old!.archivedAt).not.toBeNull();
    expect((await getNetworkProfile(services, null, { slug: "techniek-twente-2" })).movedTo).toBe("techniek-twente");
    // The kept network is found by its new partner's name.
    expect((await searchNetworks(services, null, { ...emptyFilters(), q: "Stork" })).networks.map((n) => n.slug)).toEqual(["techniek-twente"]);

    const [row] = await auditRows("network.merge");
    expect(row!.before).toMatchObject({ id: dup.id, mergedIntoId: null });
    expect(row!.after).toMatchObject({ mergedInto: { slug: "techniek-twente" } });
    const moved = (row!.after as { moved: { table: string; moved: number; dropped: number }[] }).moved;
    expect(moved).toEqual(expect.arrayContaining([{ table: "network_partner", column: "network_id", moved: 1, dropped: 1 }]));
  });

  it("blocks a person: sessions end, signing in is refused, until the block is lifted", async () => {
    const person = await signUpUser(services, { name: "Bert Blokkade", email: "bert@school.test" });
    const first = await signIn(services, null, { email: "bert@school.test", password: TEST_PASSWORD, headers: new Headers() });
    expect(first.ok).toBe(true);
    expect((await services.db.select().from(session).where(eq(session.userId, person.id))).length).toBeGreaterThan(0);

    expect((await rejection(updateAccountBlock(services, admin, { userId: admin.id, blocked: true, reason: "" }))).message).toBe("admin.people.notSelf");
    await updateAccountBlock(services, admin, { userId: person.id, blocked: true, reason: "Spam" });
    expect(await services.db.select().from(session).where(eq(session.userId, person.id))).toEqual([]);
    const refused = await signIn(services, null, { email: "bert@school.test", password: TEST_PASSWORD, headers: new Headers() });
    expect(refused).toEqual({ ok: false, reason: "blocked" });
    expect((await listPeople(services, admin, { q: "blokkade" })).people).toEqual([expect.objectContaining({ id: person.id, blockReason: "Spam" })]);

    await updateAccountBlock(services, admin, { userId: person.id, blocked: false, reason: "" });
    expect((await signIn(services, null, { email: "bert@school.test", password: TEST_PASSWORD, headers: new Headers() })).ok).toBe(true);
    const [blocked] = await auditRows("person.block");
    expect(blocked!.before).toMatchObject({ id: person.id, blocked: null });
    expect(blocked!.after).toMatchObject({ id: person.id, blocked: { reason: "Spam" } });
    const [unblocked] = await auditRows("person.unblock");
    expect(unblocked!.after).toMatchObject({ blocked: null });
  });

  it("sends a reset mail through the account's own reset, and changes the platform role", async () => {
    const person = await signUpUser(services, { name: "Rita Reset", email: "rita@school.test" });
    await resetSignIn(services, admin, { userId: person.id, headers: new Headers() });
    const mails = await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, "rita@school.test"));
    expect(mails.some((m) => m.subject === "Nieuw wachtwoord instellen voor Technohub")).toBe(true);
    expect(await auditRows("person.reset_sign_in")).toHaveLength(1);

    await updatePlatformRole(services, admin, { userId: person.id, role: "admin" });
    expect((await services.db.select({ role: user.role }).from(user).where(eq(user.id, person.id)))[0]!.role).toBe("admin");
    expect((await rejection(updatePlatformRole(services, admin, { userId: admin.id, role: "user" }))).message).toBe("admin.people.notSelf");
    const [role] = await auditRows("person.role");
    expect([(role!.before as { role: string }).role, (role!.after as { role: string }).role]).toEqual(["user", "admin"]);
  });

  it("shows the newest people before any search, a page at a time, and finds people by name or address", async () => {
    // Thirty accounts made a minute apart, the last one newest; the page holds 25.
    const start = Date.now() + 3_600_000;
    await services.db.insert(user).values(
      Array.from({ length: 30 }, (_, i) => ({ id: `nieuw-${i}`, name: `Nieuwe Persoon ${i}`, email: `nieuw-${i}@school.test`, createdAt: new Date(start + i * 60_000) })),
    );
    const first = await listPeople(services, admin, { q: "" });
    expect(first.people).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.people.slice(0, 3).map((p) => p.id)).toEqual(["nieuw-29", "nieuw-28", "nieuw-27"]);
    const [{ total } = { total: 0 }] = await services.db.select({ total: count() }).from(user);
    expect(first).toMatchObject({ page: 1, total, pageCount: Math.ceil(total / PEOPLE_PAGE_SIZE) });
    const second = await listPeople(services, admin, { q: "", page: 2 });
    expect(second.people[0]!.id).toBe("nieuw-4");
    expect(second.people.map((p) => p.id)).not.toContain("nieuw-5");

    const found = await listPeople(services, admin, { q: "nieuw-1" });
    // By name: "Nieuwe Persoon 1", "… 10" to "… 19".
    expect(found.people.map((p) => p.id)).toEqual(["nieuw-1", ...Array.from({ length: 10 }, (_, i) => `nieuw-1${i}`)]);
    expect(found).toMatchObject({ total: 11, pageCount: 1 });
    // Asked past the last page, the last page is shown.
    expect(await listPeople(services, admin, { q: "nieuw-1", page: 9 })).toMatchObject({ page: 1, beyond: 9 });
  });

  it("lists networks and organisations a page at a time, so none past a cut-off goes unseen", async () => {
    const extra = 10;
    for (let i = 0; i < ADMIN_NETWORKS_PAGE_SIZE + extra; i++) {
      const n = String(i).padStart(2, "0");
      await insertNetwork(services.db, { slug: `reeks-netwerk-${n}`, name: `Reeks Netwerk ${n}` });
    }
    const first = await listAdminNetworks(services, admin, { q: "Reeks Netwerk" });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: ADMIN_NETWORKS_PAGE_SIZE + extra });
    expect(first.networks[0]!.name).toBe("Reeks Netwerk 00");
    const last = await listAdminNetworks(services, admin, { q: "Reeks Netwerk", page: 2 });
    expect(last.networks.map((n) => n.name)).toEqual(Array.from({ length: extra }, (_, i) => `Reeks Netwerk ${ADMIN_NETWORKS_PAGE_SIZE + i}`));
    expect(await listAdminNetworks(services, admin, { q: "Reeks Netwerk", page: 7 })).toMatchObject({ page: 2, beyond: 7 });
    expect((await listAdminNetworks(services, admin, { q: "" })).total).toBeGreaterThanOrEqual(ADMIN_NETWORKS_PAGE_SIZE + extra);

    for (let i = 0; i < ADMIN_ORGANISATIONS_PAGE_SIZE + extra; i++) {
      const n = String(i).padStart(2, "0");
      await insertOrganisation(services.db, { slug: `reeks-bedrijf-${n}`, name: `Reeks Bedrijf ${n}`, kind: "company", place: "Reeksdorp" });
    }
    // Set directly: the audit log's own tests count the verifications made through the use-case.
    await services.db.update(organisation).set({ verifiedAt: new Date() }).where(eq(organisation.slug, "reeks-bedrijf-03"));
    const byPlace = await listAdminOrganisations(services, admin, { q: "Reeksdorp", unverified: false, page: 2 });
    expect(byPlace).toMatchObject({ page: 2, pageCount: 2, total: ADMIN_ORGANISATIONS_PAGE_SIZE + extra });
    expect(byPlace.organisations).toHaveLength(extra);
    const unverified = await listAdminOrganisations(services, admin, { q: "Reeksdorp", unverified: true });
    expect(unverified.total).toBe(ADMIN_ORGANISATIONS_PAGE_SIZE + extra - 1);
    expect(unverified.organisations.map((o) => o.slug)).not.toContain("reeks-bedrijf-03");
    for (const actor of [coordinator, member, null]) {
      expect((await rejection(listAdminNetworks(services, actor, { q: "" }))).kind).toBe("forbidden");
      expect((await rejection(listAdminOrganisations(services, actor, { q: "", unverified: false }))).kind).toBe("forbidden");
    }
  });

  it("reads the newest people through their index in the list's order, without sorting every account", async () => {
    // With few rows a sort is cheaper, so the planner is told to avoid scanning the table: an index
    // in another order than listPeople's (created_at desc, id) would still need a Sort node.
    const plan = await services.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = (await tx.execute(sql`explain select id from "user" order by created_at desc, id asc limit 25 offset 25`)) as unknown as { rows: { "QUERY PLAN": string }[] };
      return result.rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("user_created_idx");
    expect(plan).not.toMatch(/\bSort\b/);
  });

  it("counts and lists hidden offers and articles from their partial indexes, not by reading every row", async () => {
    for (const table of ["offer", "article"]) {
      const plans = await services.db.transaction(async (tx) => {
        // Small tables make a sort or a scan of the table the cheaper plan; both are priced out, so
        // the plan can only avoid them through an index in the list's order (without one, it still sorts).
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_sort = off`);
        const explain = async (statement: string) =>
          ((await tx.execute(sql.raw(`explain ${statement}`))) as unknown as { rows: { "QUERY PLAN": string }[] }).rows.map((r) => r["QUERY PLAN"]).join("\n");
        return [
          await explain(`select count(*) from ${table} where hidden_at is not null`),
          await explain(`select id from ${table} where hidden_at is not null order by updated_at desc limit 50`),
        ];
      });
      for (const plan of plans) {
        expect(plan).toContain(`${table}_hidden_idx`);
        expect(plan).not.toMatch(/\bSort\b/);
      }
    }
  });

  it("verifies an organisation and merges a duplicate: members, offers and partnerships move, then the duplicate goes", async () => {
    const kept = await insertOrganisation(services.db, { slug: "kiremko-bv", name: "Kiremko B.V.", kind: "company", place: "Montfoort" });
    const dup = await insertOrganisation(services.db, { slug: "kiremko", name: "Kiremko", kind: "company", place: "Montfoort", lat: 52.04, lon: 4.95 });
    const school = await insertOrganisation(services.db, { slug: "school-merge", name: "School", kind: "school" });
    const net = await insertNetwork(services.db, { slug: "org-merge-net", name: "Netwerk voor samenvoegen" });
    const both = await signUpUser(services, { name: "Dirk Dubbel", email: "dirk@kiremko.test" });
    const only = await signUpUser(services, { name: "Olga Oud", email: "olga@kiremko.test" });
    await insertMembership(services.db, both, kept.id, "member");
    await insertMembership(services.db, both, dup.id, "admin");
    await insertMembership(services.db, only, dup.id, "admin");
    await insertNetworkPartner(services.db, net.id, dup.id);
    const created = await createOfferAs(services, only, dup.id, { title: "Gastles koeltechniek" });

    await verifyOrganisation(services, admin, { slug: "kiremko-bv", verified: true });
    expect((await services.db.select().from(organisation).where(eq(organisation.id, kept.id)))[0]!.verifiedAt).not.toBeNull();
    expect((await auditRows("organisation.verify"))[0]!.after).toMatchObject({ id: kept.id });

    // The merge offers the likely duplicates first, or what the administrator searched for: of the same kind, never itself.
    const offered = async (q?: string) => (await getAdminOrganisation(services, admin, { slug: "kiremko", q })).others.map((o) => o.slug);
    expect(await offered()).toContain("kiremko-bv");
    expect(await offered()).not.toContain("kiremko");
    expect(await offered("KIREMKO b.v.")).toEqual(["kiremko-bv"]);
    expect(await offered("school")).toEqual([]);
    expect(await offered("%")).toEqual([]);

    const wrongKind = await rejection(decideOrganisationMerge(services, admin, { slug: "kiremko", intoSlug: "school-merge" }));
    expect([wrongKind.kind, wrongKind.field]).toEqual(["invalid", "into"]);

    await decideOrganisationMerge(services, admin, { slug: "kiremko", intoSlug: "kiremko-bv" });
    expect(await services.db.select().from(organisation).where(eq(organisation.id, dup.id))).toEqual([]);
    const members = await services.db.select({ userId: membership.userId, role: membership.role }).from(membership).where(eq(membership.organisationId, kept.id));
    // Dirk was in both: his place in the kept organisation stays as it was.
    expect(members.sort((a, b) => a.userId.localeCompare(b.userId))).toEqual(
      [
        { userId: both.id, role: "member" },
        { userId: only.id, role: "admin" },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    const [movedOffer] = await services.db.select().from(offer).where(eq(offer.id, created.id));
    expect(movedOffer!.organisationId).toBe(kept.id);
    // The offer's stored search text names the kept organisation, no longer the duplicate.
    expect(movedOffer!.searchText).toContain("Kiremko B.V.");
    expect(movedOffer!.searchText).not.toMatch(/Kiremko(?! B\.V\.)/);
    expect(await services.db.select().from(networkPartner).where(and(eq(networkPartner.networkId, net.id), eq(networkPartner.organisationId, kept.id)))).toHaveLength(1);
    const [row] = await auditRows("organisation.merge");
    expect(row!.before).toMatchObject({ id: dup.id, name: "Kiremko" });
    expect(row!.after).toMatchObject({ mergedInto: { id: kept.id } });
  });

  it("hides a news item, an offer and a tip from every public list, page, feed and search, and shows them again", async () => {
    const net = await insertNetwork(services.db, { slug: "moderatie-net", name: "Moderatienetwerk" });
    const [item] = await services.db
      .insert(article)
      .values({ networkId: net.id, slug: "ongepast-bericht", title: "Ongepast bericht", summary: "x", body: "x", status: "published", publishedAt: new Date("2026-02-01") })
      .returning();
    const [tip] = await services.db.insert(tipPage).values({ slug: "ongepaste-tip", title: "Ongepaste tip", summary: "x", body: "x" }).returning();
    const company = await insertOrganisation(services.db, { slug: "moderatie-bedrijf", name: "Moderatiebedrijf", kind: "company", place: "Utrecht", lat: 52.09, lon: 5.12 });
    await insertMembership(services.db, member, company.id, "admin");
    const made = await createOfferAs(services, member, company.id, { title: "Gastles lasrobots moderatie" });

    const visible = async () => ({
      news: (await listNews(services, null)).articles.some((a) => a.id === item!.id),
      feed: (await exportNewsFeed(services, null)).xml.includes("Ongepast bericht"),
      tips: (await listTips(services, null)).tips.some((t) => t.slug === "ongepaste-tip"),
      offers: (await searchOffers(services, null, parseOfferSearchParams(new URLSearchParams("q=lasrobots")))).offers.some((o) => o.id === made.id),
    });
    expect(await visible()).toEqual({ news: true, feed: true, tips: true, offers: true });
    const hiddenBefore = (await getAdminOverview(services, admin)).hidden;

    await updateContentVisibility(services, admin, { kind: "article", id: item!.id, hidden: true });
    await updateContentVisibility(services, admin, { kind: "tip", id: tip!.id, hidden: true });
    await updateContentVisibility(services, admin, { kind: "offer", id: made.id, hidden: true });
    expect(await visible()).toEqual({ news: false, feed: false, tips: false, offers: false });
    expect((await getAdminOverview(services, admin)).hidden).toBe(hiddenBefore + 3);
    // Not even the network's coordinator or the offer's own company sees them; the administrator does.
    await insertCoordinator(services.db, net.id, coordinator);
    for (const actor of [null, coordinator]) expect((await rejection(getArticle(services, actor, { slug: "ongepast-bericht", reader }))).kind).toBe("not_found");
    expect((await rejection(getTip(services, null, { slug: "ongepaste-tip" }))).kind).toBe("not_found");
    expect((await rejection(getOffer(services, member, { offerId: made.id }))).kind).toBe("not_found");
    // A school cannot ask for it directly either.
    expect((await getRequestForm(services, member, { directOfferId: made.id })).direct).toBeNull();
    expect((await getArticle(services, admin, { slug: "ongepast-bericht", reader })).article.title).toBe("Ongepast bericht");
    expect((await getTip(services, admin, { slug: "ongepaste-tip" })).tip.title).toBe("Ongepaste tip");
    expect((await listContent(services, admin, { q: "", kind: "" })).items.map((i) => i.kind).sort()).toEqual(["article", "offer", "tip"]);

    await updateContentVisibility(services, admin, { kind: "article", id: item!.id, hidden: false });
    await updateContentVisibility(services, admin, { kind: "tip", id: tip!.id, hidden: false });
    await updateContentVisibility(services, admin, { kind: "offer", id: made.id, hidden: false });
    expect(await visible()).toEqual({ news: true, feed: true, tips: true, offers: true });
    expect((await getRequestForm(services, member, { directOfferId: made.id })).direct?.id).toBe(made.id);
    const [hidden] = await auditRows("article.hide");
    expect([(hidden!.before as { hiddenAt: unknown }).hiddenAt, typeof (hidden!.after as { hiddenAt: unknown }).hiddenAt]).toEqual([null, "string"]);
    expect(await auditRows("offer.unhide")).toHaveLength(1);
  });

  it("logs a coordinator's decision on a join request in the same transaction", async () => {
    const net = await insertNetwork(services.db, { slug: "join-audit-net", name: "Aanmeldnetwerk" });
    await insertCoordinator(services.db, net.id, coordinator);
    const org = await insertOrganisation(services.db, { slug: "join-audit-org", name: "Aanmelder BV", kind: "company" });
    const [request] = await services.db.insert(joinRequest).values({ networkId: net.id, organisationId: org.id, requesterId: member.id, motivation: "Graag" }).returning();
    await decideJoinRequest(services, coordinator, { requestId: request!.id, decision: "accept" });
    const [row] = await services.db.select().from(auditLog).where(and(eq(auditLog.action, "network.join.accept"), eq(auditLog.subjectId, request!.id)));
    expect(row).toMatchObject({ actorId: coordinator.id, actorName: "Cor Coördinator" });
    expect([(row!.before as { status: string }).status, (row!.after as { status: string }).status]).toEqual(["pending", "accepted"]);
  });

  it("searches the log by actor, action, subject and period, and exports it as Excel-safe CSV", async () => {
    const all = { actor: "", action: "", subject: "", from: "", to: "", page: 1 };
    const byCor = await listAuditLog(services, admin, { ...all, actor: "cor" });
    expect(byCor.rows.length).toBeGreaterThan(0);
    expect(byCor.rows.every((r) => r.actorName === "Cor Coördinator")).toBe(true);
    const merges = await listAuditLog(services, admin, { ...all, action: "network.merge" });
    expect(merges.rows.map((r) => r.subjectLabel)).toEqual(["Techniek Twente (dubbel)"]);
    expect((await listAuditLog(services, admin, { ...all, subject: "Kiremko" })).rows.map((r) => r.action)).toContain("organisation.merge");
    expect((await listAuditLog(services, admin, { ...all, from: "2000-01-01", to: "2000-12-31" })).total).toBe(0);
    expect((await listAuditLog(services, admin, { ...all, from: "2000-01-01", to: "2999-12-31" })).total).toBe((await listAuditLog(services, admin, all)).total);

    // A label someone typed that a spreadsheet would run as a formula.
    await createNetwork(services, admin, { name: "=HYPERLINK(\"x\")", kind: "other", summary: "", province: null, contactEmail: null, website: null });
    const file = await exportAuditLog(services, admin, { ...all, action: "network.create", headings: ["Wanneer", "Wie", "Actie", "Soort", "Id", "Onderwerp", "Ervoor", "Erna"] });
    expect(file.body.startsWith("\uFEFFWanneer;Wie;Actie;Soort;Id;Onderwerp;Ervoor;Erna\r\n")).toBe(true);
    expect(file.body).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(file.body.split("\r\n").filter(Boolean)).toHaveLength(1 + 2);
    expect((await rejection(exportAuditLog(services, coordinator, { ...all, headings: [] }))).kind).toBe("forbidden");
  });
});
