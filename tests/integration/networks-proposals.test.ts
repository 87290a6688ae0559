import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertCoordinator, insertNetwork, insertNetworkPartner, insertOrganisation, signUpUser } from "../support/factories.ts";
import { rejection } from "../support/refusals.ts";
import type { Database } from "~/db/client.server.ts";
import type { AppServices, SessionUser } from "~/context.ts";
import {
  mailOutbox,
  network,
  networkChangeProposal,
  networkHistory,
  networkLocation,
  user,
} from "~/db/schema/index.ts";
import { DomainError } from "~/domain/errors.ts";
import type { ProfileValues } from "~/domain/networks/profile-fields.ts";
import { proposeNetworkChange } from "~/services/networks/propose-network-change.server.ts";
import { decideNetworkChange } from "~/services/networks/decide-network-change.server.ts";
import { listNetworkHistory } from "~/services/networks/list-network-history.server.ts";
import { getChangeProposal } from "~/services/networks/get-change-proposal.server.ts";
import { getProposalForm } from "~/services/networks/get-proposal-form.server.ts";
import { listCoordinatorInbox } from "~/services/networks/list-coordinator-inbox.server.ts";

const mailsTo = (services: AppServices, to: string) => services.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));

describe(`change proposals (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let proposer: SessionUser;
  let unverified: SessionUser;
  let coordinator: SessionUser;
  let secondCoordinator: SessionUser;
  let outsider: SessionUser;
  let admin: SessionUser;
  let networkId: string;
  let current: ProfileValues;

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    proposer = await signUpUser(services, { name: "Petra Voorsteller", email: "petra@bedrijf.test" });
    unverified = await signUpUser(services, { name: "Nog Niet Bevestigd", email: "nieuw@bedrijf.test", verified: false });
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@netwerk.test" });
    secondCoordinator = await signUpUser(services, { name: "Coby Coördinator", email: "coby@netwerk.test" });
    outsider = await signUpUser(services, { name: "Otto Buitenstaander", email: "otto@elders.test" });
    admin = await signUpUser(services, { name: "Bea Beheer", email: "beheer@platform.test", role: "admin" });

    networkId = (
      await insertNetwork(services.db, {
        slug: "technologieroute-test",
        name: "Technologieroute",
        kind: "pps",
        summary: "Samen leren in de techniek.",
        province: "Utrecht",
        educationSectors: ["vmbo", "mbo"],
        tags: ["hybride docent"],
        startYear: 2019,
      })
    ).id;
    const obm = await insertOrganisation(services.db, { slug: "obm-test", name: "OBM Midden-Nederland", kind: "provider" });
    await insertNetworkPartner(services.db, networkId, obm, "penvoerder");
    await services.db.insert(networkLocation).values({ networkId, name: "Technohub Woerden", kind: "physical" });
    await insertCoordinator(services.db, networkId, coordinator);
    await insertCoordinator(services.db, networkId, secondCoordinator);
    current = (await getProposalForm(services, proposer, { slug: "technologieroute-test" })).current;
  });

  afterAll(async () => {
    await database?.close();
  });

  const propose = (changes: Partial<ProfileValues>, who: SessionUser = proposer) =>
    proposeNetworkChange(services, who, { slug: "technologieroute-test", proposed: { ...current, ...changes }, note: "Gezien op de website." });

  it("runs the full flow: propose, accept, profile and search text updated, history written, proposer e-mailed", async () => {
    const proposal = await propose({ summary: "Samen werken aan techniekonderwijs in Utrecht-West.", tags: ["hybride docent", "girlsday"] });
    expect(proposal.fields).toEqual(["summary", "tags"]);

    const [stored] = await services.db.select().from(networkChangeProposal).where(eq(networkChangeProposal.id, proposal.id));
    expect(stored!.status).toBe("pending");
    expect(stored!.changes).toEqual({ summary: "Samen werken aan techniekonderwijs in Utrecht-West.", tags: ["hybride docent", "girlsday"] });
    expect(stored!.baseline).toEqual({ summary: "Samen leren in de techniek.", tags: ["hybride docent"] });
    expect((await mailsTo(services, coordinator.email)).some((m) => m.subject.includes("Nieuw wijzigingsvoorstel"))).toBe(true);

    const review = await getChangeProposal(services, coordinator, { proposalId: proposal.id });
    expect(review.fields.map((f) => [f.name, f.stale])).toEqual([
      ["summary", false],
      ["tags", false],
    ]);

    services.clock.advance(60_000);
    const result = await decideNetworkChange(services, coordinator, { proposalId: proposal.id, decision: "accept" });
    expect(result.status).toBe("accepted");

    const [after] = await services.db.select().from(network).where(eq(network.id, networkId));
    expect(after!.summary).toBe("Samen werken aan techniekonderwijs in Utrecht-West.");
    expect(after!.tags).toEqual(["hybride docent", "girlsday"]);
    expect(after!.searchText).toContain("Utrecht-West");
    expect(after!.searchText).toContain("girlsday");
    expect(after!.searchText).toContain("OBM Midden-Nederland");
    expect(after!.searchText).toContain("Technohub Woerden");

    const history = await services.db.select().from(networkHistory).where(eq(networkHistory.networkId, networkId));
    expect(history).toHaveLength(1);
    expect(history[0]!.actorId).toBe(coordinator.id);
    expect(history[0]!.proposalId).toBe(proposal.id);
    expect(history[0]!.changes).toEqual({
      summary: { from: "Samen leren in de techniek.", to: "Samen werken aan techniekonderwijs in Utrecht-West." },
      tags: { from: ["hybride docent"], to: ["hybride docent", "girlsday"] },
    });

    const listed = await listNetworkHistory(services, null, { slug: "technologieroute-test" });
    expect(listed.entries[0]!.proposerName).toBe("Petra Voorsteller");
    expect(listed.entries[0]!.actorName).toBe("Cor Coördinator");

    const mails = await mailsTo(services, proposer.email);
    const decided = mails.find((m) => m.subject.includes("overgenomen"));
    expect(decided?.subject).toBe("Uw wijzigingsvoorstel voor Technologieroute is overgenomen");
    expect(decided?.text).toContain("girlsday");

    current = (await getProposalForm(services, proposer, { slug: "technologieroute-test" })).current;
  });

  it("refuses a proposal that changes nothing, whitespace and list order included", async () => {
    const error = await rejection(propose({ summary: `  ${current.summary}  `, tags: [...current.tags].reverse() }));
    expect(error.kind).toBe("invalid");
    expect(error.message).toBe("networks.proposals.error.noChange");
  });

  it("refuses a proposal from a user whose e-mail address is not verified", async () => {
    const error = await rejection(propose({ startYear: 2018 }, unverified));
    expect(error.kind).toBe("forbidden");
    expect(error.message).toBe("networks.proposals.error.unverified");
  });

  it("refuses a new choice value outside the vocabulary", async () => {
    const error = await rejection(propose({ province: "Atlantis" }));
    expect(error.kind).toBe("invalid");
    expect(error.field).toBe("province");
  });

  it("requires a reason to reject, and e-mails the reason", async () => {
    const proposal = await propose({ startYear: 2018 });
    const error = await rejection(decideNetworkChange(services, coordinator, { proposalId: proposal.id, decision: "reject", reason: "   " }));
    expect(error.kind).toBe("invalid");
    expect(error.field).toBe("reason");

    await decideNetworkChange(services, coordinator, { proposalId: proposal.id, decision: "reject", reason: "Het netwerk begon echt in 2019." });
    const [stored] = await services.db.select().from(networkChangeProposal).where(eq(networkChangeProposal.id, proposal.id));
    expect(stored!.status).toBe("rejected");
    expect(stored!.reason).toBe("Het netwerk begon echt in 2019.");
    const [after] = await services.db.select({ startYear: network.startYear }).from(network).where(eq(network.id, networkId));
    expect(after!.startYear).toBe(2019);
    const mail = (await mailsTo(services, proposer.email)).find((m) => m.subject.includes("niet overgenomen"));
    expect(mail?.text).toContain("Het netwerk begon echt in 2019.");
  });

  it("forbids anyone but the network's coordinator or a platform admin to decide", async () => {
    const proposal = await propose({ website: "https://technologieroute.example.nl" });
    expect((await rejection(decideNetworkChange(services, outsider, { proposalId: proposal.id, decision: "accept" }))).kind).toBe("forbidden");
    expect((await rejection(decideNetworkChange(services, proposer, { proposalId: proposal.id, decision: "accept" }))).kind).toBe("forbidden");
    expect((await rejection(decideNetworkChange(services, null, { proposalId: proposal.id, decision: "accept" }))).kind).toBe("forbidden");
    expect((await rejection(getChangeProposal(services, outsider, { proposalId: proposal.id }))).kind).toBe("forbidden");
    const [still] = await services.db.select().from(networkChangeProposal).where(eq(networkChangeProposal.id, proposal.id));
    expect(still!.status).toBe("pending");

    await decideNetworkChange(services, admin, { proposalId: proposal.id, decision: "accept" });
    const [after] = await services.db.select({ website: network.website }).from(network).where(eq(network.id, networkId));
    expect(after!.website).toBe("https://technologieroute.example.nl");
    current = (await getProposalForm(services, proposer, { slug: "technologieroute-test" })).current;
  });

  it("answers a conflict when a proposal is decided twice", async () => {
    const proposal = await propose({ projectLeader: "Programmamanager" });
    await decideNetworkChange(services, coordinator, { proposalId: proposal.id, decision: "accept" });
    const error = await rejection(decideNetworkChange(services, coordinator, { proposalId: proposal.id, decision: "reject", reason: "Toch niet." }));
    expect(error.kind).toBe("conflict");
    expect(error.message).toBe("networks.proposals.error.alreadyDecided");
    current = (await getProposalForm(services, proposer, { slug: "technologieroute-test" })).current;
  });

  it("lets exactly one of two coordinators accepting at the same time succeed", async () => {
    const proposal = await propose({ focusAreas: ["Leven lang ontwikkelen"] });
    const results = await Promise.allSettled([
      decideNetworkChange(services, coordinator, { proposalId: proposal.id, decision: "accept" }),
      decideNetworkChange(services, secondCoordinator, { proposalId: proposal.id, decision: "accept" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(DomainError);
    expect((failed.reason as DomainError).kind).toBe("conflict");
    const history = await services.db
      .select()
      .from(networkHistory)
      .where(and(eq(networkHistory.networkId, networkId), eq(networkHistory.proposalId, proposal.id)));
    expect(history).toHaveLength(1);
    const mails = (await mailsTo(services, proposer.email)).filter((m) => m.text.includes("Leven lang ontwikkelen"));
    expect(mails).toHaveLength(1);
    current = (await getProposalForm(services, proposer, { slug: "technologieroute-test" })).current;
  });

  it("warns the coordinator about fields that changed since the proposal", async () => {
    const first = await propose({ summary: "Versie A" });
    const second = await propose({ summary: "Versie B" });
    await decideNetworkChange(services, coordinator, { proposalId: first.id, decision: "accept" });
    const review = await getChangeProposal(services, coordinator, { proposalId: second.id });
    expect(review.fields).toEqual([expect.objectContaining({ name: "summary", stale: true, current: "Versie A", proposed: "Versie B" })]);
  });

  it("lists pending items for coordinators of the network, oldest first, and refuses others", async () => {
    const inbox = await listCoordinatorInbox(services, coordinator);
    const own = inbox.networks.find((n) => n.id === networkId)!;
    expect(own.proposals.length).toBeGreaterThan(0);
    const times = own.proposals.map((p) => p.createdAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect((await listCoordinatorInbox(services, admin)).networks.some((n) => n.id === networkId)).toBe(true);
    expect((await rejection(listCoordinatorInbox(services, outsider))).kind).toBe("forbidden");
  });

  it("shows the history newest first", async () => {
    const { entries } = await listNetworkHistory(services, null, { slug: "technologieroute-test" });
    const times = entries.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(entries.length).toBeGreaterThanOrEqual(4);
  });

  it("takes a coordinator's own change over at once: profile and history, an accepted proposal, no mail asking anyone to decide", async () => {
    const form = await getProposalForm(services, coordinator, { slug: "technologieroute-test" });
    expect(form.appliesAtOnce).toBe(true);
    expect((await getProposalForm(services, proposer, { slug: "technologieroute-test" })).appliesAtOnce).toBe(false);
    const before = (await mailsTo(services, secondCoordinator.email)).length;
    services.clock.advance(60_000);
    const result = await proposeNetworkChange(services, coordinator, {
      slug: "technologieroute-test",
      proposed: { ...form.current, summary: "Door de coördinator zelf bijgewerkt." },
      seenAt: new Date(form.seenAt),
    });
    expect(result.applied).toBe(true);

    const [after] = await services.db.select().from(network).where(eq(network.id, networkId));
    expect(after!.summary).toBe("Door de coördinator zelf bijgewerkt.");
    expect(after!.searchText).toContain("zelf bijgewerkt");
    const [stored] = await services.db.select().from(networkChangeProposal).where(eq(networkChangeProposal.id, result.id));
    expect(stored!.status).toBe("accepted");
    expect(stored!.decidedById).toBe(coordinator.id);
    const [entry] = await services.db.select().from(networkHistory).where(and(eq(networkHistory.networkId, networkId), eq(networkHistory.proposalId, result.id)));
    expect(entry!.changes).toEqual({ summary: { from: form.current.summary, to: "Door de coördinator zelf bijgewerkt." } });
    expect((await mailsTo(services, secondCoordinator.email)).length).toBe(before);
    expect((await listCoordinatorInbox(services, coordinator)).networks.find((n) => n.id === networkId)!.proposals.some((p) => p.id === result.id)).toBe(false);
  });

  it("does not let a coordinator's form opened before another change undo it: that change waits as a proposal", async () => {
    const stale = await getProposalForm(services, coordinator, { slug: "technologieroute-test" });
    services.clock.advance(60_000);
    const fresh = await getProposalForm(services, secondCoordinator, { slug: "technologieroute-test" });
    const first = await proposeNetworkChange(services, secondCoordinator, { slug: "technologieroute-test", proposed: { ...fresh.current, summary: "Coby's nieuwe samenvatting." }, seenAt: new Date(fresh.seenAt) });
    expect(first.applied).toBe(true);
    services.clock.advance(60_000);
    // The older form still holds the old summary and changes the description.
    const second = await proposeNetworkChange(services, coordinator, { slug: "technologieroute-test", proposed: { ...stale.current, description: "Cor's beschrijving." }, seenAt: new Date(stale.seenAt) });
    expect(second.applied).toBe(false);
    const [now] = await services.db.select().from(network).where(eq(network.id, networkId));
    expect(now!.summary).toBe("Coby's nieuwe samenvatting.");
    const [waiting] = await services.db.select().from(networkChangeProposal).where(eq(networkChangeProposal.id, second.id));
    expect(waiting!.status).toBe("pending");
    // Without the form's version, likewise.
    const unversioned = await proposeNetworkChange(services, coordinator, { slug: "technologieroute-test", proposed: { ...fresh.current, summary: "Zonder versie." } });
    expect(unversioned.applied).toBe(false);
  });

  it("takes over at once only for a coordinator of this network, not one of another", async () => {
    const otherId = (await insertNetwork(services.db, { slug: "ander-netwerk-test", name: "Ander netwerk", kind: "technet", province: "Utrecht" })).id;
    const otherCoordinator = await signUpUser(services, { name: "Olga Anders", email: "olga@ander.test" });
    await insertCoordinator(services.db, otherId, otherCoordinator);
    const form = await getProposalForm(services, otherCoordinator, { slug: "technologieroute-test" });
    expect(form.appliesAtOnce).toBe(false);
    const result = await proposeNetworkChange(services, otherCoordinator, { slug: "technologieroute-test", proposed: { ...form.current, summary: "Van een ander netwerk." }, seenAt: new Date(form.seenAt) });
    expect(result.applied).toBe(false);
    const [now] = await services.db.select().from(network).where(eq(network.id, networkId));
    expect(now!.summary).not.toBe("Van een ander netwerk.");
  });
});
