import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertMembership, insertNetwork, insertNetworkPartner, insertOrganisation, signUpUser } from "../support/factories.ts";
import { rejection } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { joinRequest, mailOutbox, membership, network, networkMember, organisation, user } from "~/db/schema/index.ts";
import { DomainError } from "~/domain/errors.ts";
import { requestNetworkJoin } from "~/services/networks/request-network-join.server.ts";
import { decideJoinRequest } from "~/services/networks/decide-join-request.server.ts";
import { getJoinOptions } from "~/services/networks/get-join-options.server.ts";
import { getJoinRequest } from "~/services/networks/get-join-request.server.ts";
import { listCoordinatorInbox } from "~/services/networks/list-coordinator-inbox.server.ts";

describe(`join requests (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let companyAdmin: SessionUser;
  let companyMember: SessionUser;
  let coordinator: SessionUser;
  let otherCoordinator: SessionUser;
  let networkId: string;
  let kiremko: string;
  let bakkerij: string;
  let roc: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    companyAdmin = await signUpUser(services, { name: "Bas Bedrijf", email: "bas@kiremko.test" });
    companyMember = await signUpUser(services, { name: "Mila Medewerker", email: "mila@kiremko.test" });
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@netwerk.test" });
    otherCoordinator = await signUpUser(services, { name: "Olga Ander Netwerk", email: "olga@netwerk.test" });

    networkId = (await insertNetwork(services.db, { slug: "technet-test", name: "TechNet Utrecht" })).id;
    const otherNetwork = (await insertNetwork(services.db, { slug: "ander-netwerk", name: "Ander netwerk", kind: "pps" })).id;
    kiremko = (await insertOrganisation(services.db, { slug: "kiremko-test", name: "Kiremko", kind: "company" })).id;
    bakkerij = (await insertOrganisation(services.db, { slug: "bakkerij-test", name: "Bakkerij Techniek", kind: "company" })).id;
    roc = (await insertOrganisation(services.db, { slug: "roc-test", name: "ROC Midden Nederland", kind: "school" })).id;
    await insertMembership(services.db, companyAdmin, kiremko, "admin");
    await insertMembership(services.db, companyAdmin, bakkerij, "admin");
    await insertMembership(services.db, companyAdmin, roc, "admin");
    await insertMembership(services.db, companyMember, kiremko, "member");
    await insertNetworkPartner(services.db, networkId, roc, "penvoerder");
    await insertCoordinator(services.db, networkId, coordinator);
    await insertCoordinator(services.db, otherNetwork, otherCoordinator);
  });

  afterAll(async () => {
    await database?.close();
  });

  const ask = (organisationId: string, who: SessionUser = companyAdmin, motivation = "Wij willen gastlessen geven.") =>
    requestNetworkJoin(services, who, { slug: "technet-test", organisationId, motivation });

  it("offers the organisations the user administers, with where each stands", async () => {
    const options = await getJoinOptions(services, companyAdmin, { slug: "technet-test" });
    expect(options.organisations.map((o) => [o.name, o.standing])).toEqual([
      ["Bakkerij Techniek", "available"],
      ["Kiremko", "available"],
      ["ROC Midden Nederland", "partner"],
    ]);
    expect((await getJoinOptions(services, companyMember, { slug: "technet-test" })).organisations).toEqual([]);
  });

  it("only lets an admin of the organisation ask", async () => {
    expect((await rejection(ask(kiremko, companyMember))).kind).toBe("forbidden");
    expect((await rejection(ask(kiremko, coordinator))).kind).toBe("forbidden");
  });

  it("requires a motivation", async () => {
    const error = await rejection(ask(kiremko, companyAdmin, "  "));
    expect(error.kind).toBe("invalid");
    expect(error.field).toBe("motivation");
  });

  it("refuses an organisation that is already a partner", async () => {
    const error = await rejection(ask(roc));
    expect(error.kind).toBe("conflict");
    expect(error.message).toBe("join.error.alreadyPartner");
  });

  it("accepts a request, e-mails the coordinator, and refuses a second pending one", async () => {
    const created = await ask(kiremko);
    expect(created.organisationName).toBe("Kiremko");
    const toCoordinator = await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, coordinator.email));
    expect(toCoordinator.some((m) => m.subject === "Kiremko wil deelnemen aan TechNet Utrecht")).toBe(true);

    const error = await rejection(ask(kiremko));
    expect(error.kind).toBe("conflict");
    expect(error.message).toBe("join.error.pending");
    expect((await getJoinOptions(services, companyAdmin, { slug: "technet-test" })).organisations.find((o) => o.id === kiremko)?.standing).toBe("pending");
  });

  it("lets the unique index settle two simultaneous requests", async () => {
    services.clock.advance(60 * 60_000);
    const results = await Promise.allSettled([ask(bakkerij), ask(bakkerij)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as DomainError).kind).toBe("conflict");
    const pending = await services.db
      .select()
      .from(joinRequest)
      .where(and(eq(joinRequest.organisationId, bakkerij), eq(joinRequest.status, "pending")));
    expect(pending).toHaveLength(1);
  });

  it("lets only the network's coordinator decide", async () => {
    const [request] = await services.db.select().from(joinRequest).where(eq(joinRequest.organisationId, kiremko));
    expect((await rejection(decideJoinRequest(services, otherCoordinator, { requestId: request!.id, decision: "accept" }))).kind).toBe("forbidden");
    expect((await rejection(decideJoinRequest(services, companyAdmin, { requestId: request!.id, decision: "accept" }))).kind).toBe("forbidden");
    expect((await rejection(getJoinRequest(services, otherCoordinator, { requestId: request!.id }))).kind).toBe("forbidden");
    const inbox = await listCoordinatorInbox(services, coordinator);
    expect(inbox.networks[0]!.joinRequests.map((r) => r.organisationName)).toEqual(["Kiremko", "Bakkerij Techniek"]);
  });

  it("accepting makes the organisation a member and e-mails the requester; deciding again conflicts", async () => {
    const [request] = await services.db.select().from(joinRequest).where(eq(joinRequest.organisationId, kiremko));
    const results = await Promise.allSettled([
      decideJoinRequest(services, coordinator, { requestId: request!.id, decision: "accept" }),
      decideJoinRequest(services, coordinator, { requestId: request!.id, decision: "reject", reason: "Dubbel" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as DomainError).kind).toBe("conflict");

    const [decided] = await services.db.select().from(joinRequest).where(eq(joinRequest.id, request!.id));
    const members = await services.db.select().from(networkMember).where(eq(networkMember.networkId, networkId));
    // Whichever decision won, the membership matches it.
    expect(members.map((m) => m.organisationId)).toEqual(decided!.status === "accepted" ? [kiremko] : []);
    const again = await rejection(decideJoinRequest(services, coordinator, { requestId: request!.id, decision: "accept" }));
    expect(again.kind).toBe("conflict");
    expect(again.message).toBe("join.error.alreadyDecided");
  });

  it("accepting creates a member row", async () => {
    const [request] = await services.db
      .select()
      .from(joinRequest)
      .where(and(eq(joinRequest.organisationId, bakkerij), eq(joinRequest.status, "pending")));
    await decideJoinRequest(services, coordinator, { requestId: request!.id, decision: "accept" });
    const members = await services.db
      .select()
      .from(networkMember)
      .where(and(eq(networkMember.networkId, networkId), eq(networkMember.organisationId, bakkerij)));
    expect(members).toHaveLength(1);
    const mails = await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, companyAdmin.email));
    expect(mails.some((m) => m.subject === "Bakkerij Techniek neemt deel aan TechNet Utrecht")).toBe(true);
    expect((await rejection(ask(bakkerij))).message).toBe("join.error.alreadyMember");
  });

  it("rejecting requires a reason and e-mails it", async () => {
    await services.db.delete(networkMember).where(eq(networkMember.organisationId, bakkerij));
    const created = await ask(bakkerij, companyAdmin, "Nog een keer.");
    const error = await rejection(decideJoinRequest(services, coordinator, { requestId: created.id, decision: "reject", reason: "" }));
    expect(error.kind).toBe("invalid");
    expect(error.field).toBe("reason");
    await decideJoinRequest(services, coordinator, { requestId: created.id, decision: "reject", reason: "Dit netwerk is voor scholen in Utrecht-West." });
    const mails = await services.db.select().from(mailOutbox).where(eq(mailOutbox.to, companyAdmin.email));
    expect(mails.find((m) => m.subject === "Aanmelding van Bakkerij Techniek bij TechNet Utrecht niet aangenomen")?.text).toContain("Dit netwerk is voor scholen in Utrecht-West.");
    const members = await services.db.select().from(networkMember).where(eq(networkMember.organisationId, bakkerij));
    expect(members).toHaveLength(0);
  });
});
