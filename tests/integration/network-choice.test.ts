/**
 * Choosing the network of a new event or programme (ADR 024, tenth pass): a few networks are a
 * select, many are found by name first; the address may name the network (`?netwerk=`). Whatever
 * the step, a person is offered only the networks in use they may create in: a coordinator their
 * own, a platform administrator every one; never an archived or merged one (a merged one's slug
 * stands for the network it was merged into). The create use-cases check the posted network again,
 * in the transaction they write in, and tell a wrong one beside the field.
 */
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertNetwork, insertPerson, type NetworkRow } from "../support/factories.ts";
import { rejection } from "../support/refusals.ts";
import type { SessionUser } from "~/context.ts";
import { queryRows, type Database } from "~/db/client.server.ts";
import { event, network, programme } from "~/db/schema/index.ts";
import { NETWORK_CHOICES_SHOWN, NETWORKS_IN_A_SELECT, type NetworkChoice } from "~/domain/common/network-choice.ts";
import type { EventDraft } from "~/domain/events/event-rules.ts";
import { updateNetworkArchive } from "~/services/admin/update-network-archive.server.ts";
import { createEvent } from "~/services/events/create-event.server.ts";
import { getNewEventForm } from "~/services/events/get-new-event-form.server.ts";
import { createProgramme } from "~/services/programmes/create-programme.server.ts";
import { getNewProgrammeForm } from "~/services/programmes/get-new-programme-form.server.ts";

const REGIONS = 22;

const eventDraft: EventDraft = {
  name: "Techniekdag Keuze",
  kind: "techniekdag",
  description: "",
  startsOn: "2027-05-20",
  endsOn: null,
  windows: [{ key: "", label: "Ochtend", date: "2027-05-20", start: "09:00", end: "12:00" }],
  hostRegistrationOpensOn: null,
  hostRegistrationClosesOn: null,
  schoolRegistrationOpensOn: null,
  schoolRegistrationClosesOn: null,
  targetLevels: [],
  girlsOnly: false,
  minGroupSize: null,
  defaultMaxKm: 30,
};
const programmeDetails = { name: "Programma Keuze", description: "", funders: "", startsOn: "2026-09-01", endsOn: "2027-07-31" };

const names = (choice: NetworkChoice) => (choice.step === "chosen" ? [choice.network.name] : choice.networks.map((n) => n.name));
const search = (query: string, slug: string | null = null) => ({ slug, query });

describe(`choosing the network of a new event or programme (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let admin: SessionUser;
  /** Coordinates many networks: more than a select holds. */
  let many: SessionUser;
  /** Coordinates two. */
  let few: SessionUser;
  let teacher: SessionUser;
  let zuid: NetworkRow;
  let west: NetworkRow;
  let archived: NetworkRow;
  let merged: NetworkRow;
  let amersfoort: NetworkRow;
  /** Merged into a network that was archived afterwards. */
  let mergedIntoArchived: NetworkRow;
  /** Coordinates only an archived network. */
  let former: SessionUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    admin = await insertPerson(services.db, "beheerder", "admin");
    many = await insertPerson(services.db, "coordinator");
    few = await insertPerson(services.db, "coordinator");
    teacher = await insertPerson(services.db, "docent");
    zuid = await insertNetwork(services.db, { name: "TechNet Ütrecht Zuid", province: "Utrecht" });
    const noord = await insertNetwork(services.db, { name: "TechNet Utrecht Noord", province: "Utrecht" });
    amersfoort = await insertNetwork(services.db, { name: "Technohub Amersfoort", province: "Utrecht" });
    const zwolle = await insertNetwork(services.db, { name: "PPS Zorgtechniek Zwolle", province: "Overijssel" });
    for (const n of [zuid, noord, amersfoort, zwolle]) await insertCoordinator(services.db, n, many);
    for (let i = 1; i <= REGIONS; i++) await insertCoordinator(services.db, await insertNetwork(services.db, { name: `Regio ${String(i).padStart(2, "0")}` }), many);
    // Archived, and merged into Amersfoort (a merged network is archived too): the coordinator still holds them.
    archived = await insertNetwork(services.db, { name: "TechNet Utrecht Oud", archivedAt: new Date("2026-01-01") });
    merged = await insertNetwork(services.db, { name: "Technohub Leusden", archivedAt: new Date("2026-01-01"), mergedIntoId: amersfoort.id });
    await insertCoordinator(services.db, archived, many);
    await insertCoordinator(services.db, merged, many);
    mergedIntoArchived = await insertNetwork(services.db, { name: "TechNet Utrecht Ouder", archivedAt: new Date("2025-01-01"), mergedIntoId: archived.id });
    former = await insertPerson(services.db, "coordinator");
    await insertCoordinator(services.db, archived, former);
    west = await insertNetwork(services.db, { name: "TechNet Utrecht West", province: "Utrecht" });
    const rotterdam = await insertNetwork(services.db, { name: "Rotterdam Maakt", province: "Zuid-Holland" });
    await insertCoordinator(services.db, west, few);
    await insertCoordinator(services.db, rotterdam, few);
  });

  afterAll(() => database?.close());

  it("asks a coordinator of many networks to find theirs by name: every word, in any capitals or accents, or close to it", async () => {
    const mine = 4 + REGIONS;
    expect(mine).toBeGreaterThan(NETWORKS_IN_A_SELECT);
    const start = (await getNewEventForm(services, many, search(""))).choice;
    expect(start).toMatchObject({ step: "search", query: "", total: mine, found: mine, error: null });
    // Before a search, the first by name.
    expect(names(start)).toHaveLength(NETWORK_CHOICES_SHOWN);
    expect(names(start)[0]).toBe("PPS Zorgtechniek Zwolle");

    const utrecht = (await getNewEventForm(services, many, search("utrecht"))).choice;
    expect(utrecht).toMatchObject({ step: "search", found: 2 });
    expect(names(utrecht).sort()).toEqual(["TechNet Utrecht Noord", "TechNet Ütrecht Zuid"]);
    expect(names((await getNewEventForm(services, many, search("UTRÉCHT   zuid"))).choice)).toEqual(["TechNet Ütrecht Zuid"]);
    expect(names((await getNewEventForm(services, many, search("zorgtechniek zwolle"))).choice)).toEqual(["PPS Zorgtechniek Zwolle"]);
    expect(utrecht).toMatchObject({ close: false });
    // When no name holds every word, a typo: the names close to what was typed.
    const typo = (await getNewEventForm(services, many, search("utrekht"))).choice;
    expect(typo).toMatchObject({ step: "search", found: 2, close: true });
    expect(names(typo).sort()).toEqual(["TechNet Utrecht Noord", "TechNet Ütrecht Zuid"]);
    expect(names((await getNewEventForm(services, many, search("Technohub Amersfort"))).choice)).toEqual(["Technohub Amersfoort"]);

    // More matches than are shown: the count says so.
    const regions = (await getNewEventForm(services, many, search("regio"))).choice;
    expect(regions).toMatchObject({ step: "search", found: REGIONS });
    expect(names(regions)).toHaveLength(NETWORK_CHOICES_SHOWN);

    // Another coordinator's network, an archived one and a merged one are never found.
    for (const query of ["west", "rotterdam", "oud", "leusden"]) {
      expect({ query, choice: (await getNewEventForm(services, many, search(query))).choice }).toMatchObject({ query, choice: { step: "search", found: 0, networks: [] } });
    }
  });

  it("offers an administrator every network in use, and a coordinator of a few their own in a select", async () => {
    const active = 4 + REGIONS + 2;
    for (const form of [getNewEventForm, getNewProgrammeForm]) {
      expect((await form(services, admin, search(""))).choice).toMatchObject({ step: "search", total: active, found: active });
      expect(names((await form(services, admin, search("utrecht"))).choice).sort()).toEqual(["TechNet Utrecht Noord", "TechNet Utrecht West", "TechNet Ütrecht Zuid"]);
      expect((await form(services, admin, search("oud"))).choice).toMatchObject({ found: 0 });
      expect((await form(services, few, search(""))).choice).toEqual({
        step: "select",
        networks: [
          { id: expect.any(String), slug: expect.any(String), name: "Rotterdam Maakt", province: "Zuid-Holland" },
          { id: west.id, slug: west.slug, name: "TechNet Utrecht West", province: "Utrecht" },
        ],
        error: null,
      });
      expect((await rejection(form(services, teacher, search("")))).kind).toBe("forbidden");
      expect((await rejection(form(services, null, search("")))).kind).toBe("forbidden");
    }
  });

  it("fixes the network the address names when the person may choose it, and says so beside the field when not", async () => {
    expect((await getNewEventForm(services, many, search("", zuid.slug))).choice).toEqual({
      step: "chosen",
      network: { id: zuid.id, slug: zuid.slug, name: "TechNet Ütrecht Zuid", province: "Utrecht" },
      among: 4 + REGIONS,
    });
    expect((await getNewProgrammeForm(services, admin, search("", west.slug))).choice).toMatchObject({ step: "chosen", network: { id: west.id } });
    // Someone else's, archived, merged into one not theirs, or unknown: the search step (or the select) with the message.
    for (const slug of [west.slug, archived.slug, mergedIntoArchived.slug, "bestaat-niet"]) {
      expect({ slug, choice: (await getNewEventForm(services, many, search("", slug))).choice }).toMatchObject({ slug, choice: { step: "search", error: "networkChoice.notChoosable" } });
    }
    expect((await getNewProgrammeForm(services, admin, search("", archived.slug))).choice).toMatchObject({ step: "search", error: "networkChoice.notChoosable" });
    expect((await getNewEventForm(services, few, search("", zuid.slug))).choice).toMatchObject({ step: "select", error: "networkChoice.notChoosable" });
  });

  it("follows a merged network's slug to the network it was merged into, when that one may be chosen", async () => {
    const kept = { id: amersfoort.id, slug: amersfoort.slug, name: "Technohub Amersfoort", province: "Utrecht" };
    expect((await getNewEventForm(services, many, search("", merged.slug))).choice).toEqual({ step: "chosen", network: kept, among: 4 + REGIONS });
    expect((await getNewProgrammeForm(services, admin, search("", merged.slug))).choice).toMatchObject({ step: "chosen", network: kept });
    // Merged into a network that is not theirs, or into one archived since: not choosable.
    expect((await getNewEventForm(services, few, search("", merged.slug))).choice).toMatchObject({ step: "select", error: "networkChoice.notChoosable" });
    for (const form of [getNewEventForm, getNewProgrammeForm]) {
      expect((await form(services, admin, search("", mergedIntoArchived.slug))).choice).toMatchObject({ step: "search", error: "networkChoice.notChoosable" });
    }
  });

  it("creates only in a network the person may choose; any other is told beside the field", async () => {
    const wrong = { kind: "invalid", field: "networkId", message: "networkChoice.notChoosable" };
    for (const networkId of [west.id, archived.id, merged.id, crypto.randomUUID(), "geen-id"]) {
      expect(await rejection(createEvent(services, many, { ...eventDraft, networkId }))).toMatchObject(wrong);
      expect(await rejection(createProgramme(services, many, { ...programmeDetails, networkId }))).toMatchObject(wrong);
    }
    expect(await rejection(createEvent(services, admin, { ...eventDraft, networkId: archived.id }))).toMatchObject(wrong);
    expect(await rejection(createProgramme(services, few, { ...programmeDetails, networkId: zuid.id }))).toMatchObject(wrong);
    // Someone who may create in no network at all is refused, whatever they post.
    expect((await rejection(createEvent(services, teacher, { ...eventDraft, networkId: zuid.id }))).kind).toBe("forbidden");
    expect((await rejection(createProgramme(services, null, { ...programmeDetails, networkId: zuid.id }))).kind).toBe("forbidden");
    // A coordinator of archived networks only may choose none: refused too, not told beside the field.
    for (const networkId of [archived.id, zuid.id, "geen-id"]) {
      expect((await rejection(createEvent(services, former, { ...eventDraft, networkId }))).kind).toBe("forbidden");
      expect((await rejection(createProgramme(services, former, { ...programmeDetails, networkId }))).kind).toBe("forbidden");
    }

    expect((await createEvent(services, many, { ...eventDraft, networkId: zuid.id })).slug).toBe("techniekdag-keuze");
    expect((await createProgramme(services, admin, { ...programmeDetails, networkId: west.id })).slug).toBe("programma-keuze");
  });

  it("refuses a network archived after its form was shown, in the transaction that would write", async () => {
    const coordinator = await insertPerson(services.db, "coordinator");
    const closing = await insertNetwork(services.db, { name: "TechNet Sluit Binnenkort" });
    await insertCoordinator(services.db, closing, coordinator);
    // Another network stays theirs: with none left, they would be refused outright (403).
    await insertCoordinator(services.db, west, coordinator);
    expect((await getNewEventForm(services, coordinator, search("", closing.slug))).choice).toMatchObject({ step: "chosen", network: { id: closing.id } });
    await updateNetworkArchive(services, admin, { slug: closing.slug, archived: true });

    const wrong = { kind: "invalid", field: "networkId", message: "networkChoice.notChoosable" };
    expect(await rejection(createEvent(services, coordinator, { ...eventDraft, name: "Techniekdag Te Laat", networkId: closing.id }))).toMatchObject(wrong);
    expect(await rejection(createProgramme(services, admin, { ...programmeDetails, name: "Programma Te Laat", networkId: closing.id }))).toMatchObject(wrong);
    expect(await services.db.select({ id: event.id }).from(event).where(eq(event.networkId, closing.id))).toEqual([]);
    expect(await services.db.select({ id: programme.id }).from(programme).where(eq(programme.networkId, closing.id))).toEqual([]);
  });

  // Two connections at once: PGlite has one, so only PostgreSQL can hold an archive open while a create runs.
  it.runIf(TEST_DB === "postgres")("waits for an archive that is under way and then refuses, instead of writing beside it", async () => {
    const closing = await insertNetwork(services.db, { name: "TechNet Sluit Nu" });
    await insertCoordinator(services.db, closing, many);
    for (const create of [
      () => createEvent(services, many, { ...eventDraft, name: "Techniekdag Tussendoor", networkId: closing.id }),
      () => createProgramme(services, many, { ...programmeDetails, name: "Programma Tussendoor", networkId: closing.id }),
    ]) {
      await services.db.update(network).set({ archivedAt: null }).where(eq(network.id, closing.id));
      let markUpdated!: () => void;
      let commit!: () => void;
      const updated = new Promise<void>((resolve) => (markUpdated = resolve));
      const committing = new Promise<void>((resolve) => (commit = resolve));
      const archiving = services.db.transaction(async (tx) => {
        await tx.update(network).set({ archivedAt: new Date("2026-12-01") }).where(eq(network.id, closing.id));
        markUpdated();
        await committing;
      });
      await updated;
      const creating = rejection(create());
      // The create waits for the archive's row lock (it would not, reading the row without a lock).
      await waitForLockWait(database);
      commit();
      await archiving;
      expect(await creating).toMatchObject({ kind: "invalid", field: "networkId", message: "networkChoice.notChoosable" });
    }
    expect(await services.db.select({ id: event.id }).from(event).where(eq(event.networkId, closing.id))).toEqual([]);
    expect(await services.db.select({ id: programme.id }).from(programme).where(eq(programme.networkId, closing.id))).toEqual([]);
  });
});

/** Until another connection of this database waits for a lock (at most five seconds). */
async function waitForLockWait(database: Database) {
  for (let tries = 0; tries < 100; tries++) {
    const [row] = await queryRows<{ waiting: number }>(database.db, sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    if (row && row.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the create never waited for the archive's lock");
}
