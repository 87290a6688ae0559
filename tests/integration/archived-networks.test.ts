/**
 * An archived network (set in /beheer) is left out of every list and picker that offers networks
 * to choose or browse: news (the filter and the editor), events, programmes, courses, the
 * coordinator's pages, an organisation's page, the home page (its map, fetched from
 * /netwerken/vestigingen.json, and the coordinator's section) and the search over everything.
 * Each list is read before and after archiving, so a list that never showed the network cannot
 * pass by accident.
 */
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertMembership, insertNetwork, insertNetworkMember, insertNetworkPartner, insertOrganisation, insertPerson } from "../support/factories.ts";
import type { SessionUser } from "~/context.ts";
import type { NetworkChoice } from "~/domain/common/network-choice.ts";
import type { Database } from "~/db/client.server.ts";
import { article, network, networkLocation } from "~/db/schema/index.ts";
import { getNewCourseForm } from "~/services/courses/get-new-course-form.server.ts";
import { getNewEventForm } from "~/services/events/get-new-event-form.server.ts";
import { listCoordinatedNetworks } from "~/services/guest-lessons/list-coordinated-networks.server.ts";
import { getHome } from "~/services/home/get-home.server.ts";
import { listCoordinatorInbox } from "~/services/networks/list-coordinator-inbox.server.ts";
import { listMapLocations } from "~/services/networks/list-map-locations.server.ts";
import { getArticleEditor } from "~/services/news/get-article-editor.server.ts";
import { getOrganisation } from "~/services/organisations/get-organisation.server.ts";
import { getNewProgrammeForm } from "~/services/programmes/get-new-programme-form.server.ts";
import { searchEverything } from "~/services/search/search-everything.server.ts";

describe(`archived networks (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let admin: SessionUser;
  let coordinator: SessionUser;
  let trainer: SessionUser;
  let archivedId: string;
  let providerSlug: string;
  let schoolSlug: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    admin = await insertPerson(services.db, "beheerder", "admin");
    coordinator = await insertPerson(services.db, "coordinator");
    trainer = await insertPerson(services.db, "opleider");
    const provider = await insertOrganisation(services.db, { name: "Opleider Archief", kind: "provider" });
    const school = await insertOrganisation(services.db, { name: "School Archief", kind: "school" });
    providerSlug = provider.slug;
    schoolSlug = school.slug;
    await insertMembership(services.db, trainer, provider.id, "admin");
    for (const name of ["Levend netwerk", "Archiefnetwerk"]) {
      const net = await insertNetwork(services.db, { name });
      if (name === "Archiefnetwerk") archivedId = net.id;
      await insertCoordinator(services.db, net.id, coordinator);
      await insertNetworkPartner(services.db, net.id, provider.id);
      await insertNetworkMember(services.db, net.id, school.id);
      await services.db.insert(networkLocation).values({ networkId: net.id, organisationId: provider.id, name: `Hub ${name}`, kind: "physical", lat: 52.09, lon: 5.12, place: "Utrecht" });
      await services.db
        .insert(article)
        .values({ networkId: net.id, slug: `nieuws-${crypto.randomUUID()}`, title: `Nieuws ${name}`, status: "published", publishedAt: new Date("2026-02-01") });
    }
  });

  afterAll(() => database.close());

  /** The networks a new event's or programme's form offers (a few: its select). */
  const offered = (choice: NetworkChoice) => (choice.step === "chosen" ? [choice.network] : choice.networks);

  /** The network names each list offers. */
  async function lists(): Promise<Record<string, string[]>> {
    const names = (rows: { name: string }[]) => rows.map((r) => r.name);
    const coordinatorHome = await getHome(services, coordinator, { near: "" });
    const provider = await getOrganisation(services, null, { slug: providerSlug });
    const school = await getOrganisation(services, null, { slug: schoolSlug });
    return {
      newsEditor: names((await getArticleEditor(services, coordinator, {})).networks),
      newsEditorAdmin: names((await getArticleEditor(services, admin, {})).networks),
      eventForm: names(offered((await getNewEventForm(services, coordinator)).choice)),
      eventFormAdmin: names(offered((await getNewEventForm(services, admin)).choice)),
      programmeForm: names(offered((await getNewProgrammeForm(services, coordinator)).choice)),
      programmeFormAdmin: names(offered((await getNewProgrammeForm(services, admin)).choice)),
      courseForm: names((await getNewCourseForm(services, trainer, { needIds: [] })).networks),
      coordinatorRequests: names(await listCoordinatedNetworks(services, coordinator)),
      coordinatorRequestsAdmin: names(await listCoordinatedNetworks(services, admin)),
      coordinatorInbox: names((await listCoordinatorInbox(services, coordinator)).networks),
      organisationPartnerships: names(provider.partnerships),
      organisationMemberships: names(school.memberships),
      organisationLocations: provider.locations.map((l) => l.networkName),
      homeMap: (await listMapLocations(services, null)).map((l) => l.networkName),
      search: (await Promise.all(["Levend netwerk", "Archiefnetwerk"].map((q) => searchEverything(services, null, { q, kind: "network" })))).flatMap((r) => r.groups.flatMap((g) => g.hits.map((h) => h.title))),
      homeCoordinator: coordinatorHome.signedIn ? coordinatorHome.sections.flatMap((s) => (s.role === "coordinator" ? s.organisations : [])) : [],
    };
  }

  it("is offered while in use, and in none of the lists once archived", async () => {
    const before = await lists();
    for (const [list, names] of Object.entries(before)) {
      expect({ list, names }).toEqual({ list, names: expect.arrayContaining(["Levend netwerk", "Archiefnetwerk"]) });
    }

    await services.db.update(network).set({ archivedAt: new Date("2026-03-01") }).where(eq(network.id, archivedId));

    const after = await lists();
    for (const [list, names] of Object.entries(after)) {
      expect({ list, names }).toEqual({ list, names: expect.arrayContaining(["Levend netwerk"]) });
      expect({ list, names }).toEqual({ list, names: expect.not.arrayContaining(["Archiefnetwerk"]) });
    }
  });
});
