import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { rejection } from "../support/refusals.ts";
import { insertNetwork, insertNetworkMember, insertOrganisation, insertPerson } from "../support/factories.ts";
import type { Database } from "~/db/client.server.ts";
import { network } from "~/db/schema/index.ts";
import { getNetworkProfile, MEMBERS_ON_PROFILE } from "~/services/networks/get-network-profile.server.ts";
import { listNetworkMembers, NETWORK_MEMBERS_PAGE_SIZE } from "~/services/networks/list-network-members.server.ts";

/** A national network has hundreds of participating organisations: its page shows the first, its list all of them. */
describe(`a network's participating organisations (${TEST_DB})`, () => {
  let database: Database;
  const MEMBERS = NETWORK_MEMBERS_PAGE_SIZE + 7;
  // Inserted in reverse so that the order on the page is the names', not the insertion's.
  const names = Array.from({ length: MEMBERS }, (_, i) => `Deelnemer ${String(i + 1).padStart(3, "0")}`);

  beforeAll(async () => {
    database = await createTestDatabase();
    const net = await insertNetwork(database.db, { slug: "groot-netwerk", name: "Groot Netwerk" });
    for (const name of [...names].reverse()) await insertNetworkMember(database.db, net.id, (await insertOrganisation(database.db, { name, place: "Zwolle" })).id);
    await insertNetwork(database.db, { slug: "leeg-netwerk", name: "Leeg Netwerk" });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("shows the first ones by name on the network's page, with how many there are", async () => {
    const { profile } = await getNetworkProfile({ db: database.db }, null, { slug: "groot-netwerk" });
    expect(profile.memberCount).toBe(MEMBERS);
    expect(profile.members.map((m) => m.name)).toEqual(names.slice(0, MEMBERS_ON_PROFILE));
    expect(profile.members[0]).toEqual({ slug: expect.any(String), name: names[0], kind: "company", place: "Zwolle" });
    const empty = await getNetworkProfile({ db: database.db }, null, { slug: "leeg-netwerk" });
    expect([empty.profile.memberCount, empty.profile.members]).toEqual([0, []]);
  });

  it("lists all of them a page at a time, the last page when asked past the end", async () => {
    const first = await listNetworkMembers({ db: database.db }, null, { slug: "groot-netwerk", page: 1 });
    expect(first).toMatchObject({ network: { slug: "groot-netwerk", name: "Groot Netwerk" }, movedTo: null, page: 1, pageCount: 2, total: MEMBERS, beyond: null });
    expect(first.members.map((m) => m.name)).toEqual(names.slice(0, NETWORK_MEMBERS_PAGE_SIZE));
    const past = await listNetworkMembers({ db: database.db }, null, { slug: "groot-netwerk", page: 9 });
    expect(past).toMatchObject({ page: 2, beyond: 9 });
    expect(past.members.map((m) => m.name)).toEqual(names.slice(NETWORK_MEMBERS_PAGE_SIZE));
    expect(await listNetworkMembers({ db: database.db }, null, { slug: "leeg-netwerk", page: 1 })).toMatchObject({ members: [], total: 0, pageCount: 1 });
  });

  it("answers as the network's page does for an unknown, an archived and a merged network", async () => {
    expect((await rejection(listNetworkMembers({ db: database.db }, null, { slug: "bestaat-niet", page: 1 }))).kind).toBe("not_found");
    const target = await insertNetwork(database.db, { slug: "opvolger", name: "Opvolger" });
    await insertNetwork(database.db, { slug: "samengevoegd", name: "Samengevoegd", archivedAt: new Date(), mergedIntoId: target.id });
    expect((await listNetworkMembers({ db: database.db }, null, { slug: "samengevoegd", page: 1 })).movedTo).toBe("opvolger");
    await database.db.update(network).set({ archivedAt: new Date() }).where(eq(network.slug, "leeg-netwerk"));
    expect((await rejection(listNetworkMembers({ db: database.db }, null, { slug: "leeg-netwerk", page: 1 }))).kind).toBe("not_found");
    expect((await rejection(getNetworkProfile({ db: database.db }, null, { slug: "leeg-netwerk" }))).kind).toBe("not_found");
    // A platform administrator still opens an archived network, and its list.
    const admin = await insertPerson(database.db, "beheerder", "admin");
    expect((await listNetworkMembers({ db: database.db }, admin, { slug: "leeg-netwerk", page: 1 })).network.slug).toBe("leeg-netwerk");
  });
});
