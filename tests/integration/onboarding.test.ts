import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, desc, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { rejection as refusal } from "../support/refusals.ts";
import { insertCoordinator, insertMembership, insertNetwork, insertNetworkMember, insertOrganisation, insertPerson, signUpUser } from "../support/factories.ts";
import type { Database } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { course, courseSession, mailOutbox, membership, networkMember, offer, onboardingImport, onboardingInvitation, organisation } from "~/db/schema/index.ts";
import { HEADINGS, COLUMNS, rowErrorDescriber } from "~/domain/onboarding/rows.ts";
import { COURSE_COLUMNS, COURSE_HEADINGS, OFFER_COLUMNS, OFFER_HEADINGS, type CourseColumn, type OfferColumn } from "~/domain/onboarding/sheets.ts";
import { translator } from "~/i18n/index.ts";
import { acceptOnboardingInvitation } from "~/services/onboarding/accept-onboarding-invitation.server.ts";
import { confirmOnboardingImport } from "~/services/onboarding/confirm-onboarding-import.server.ts";
import { createOnboardingImport } from "~/services/onboarding/create-onboarding-import.server.ts";
import { exportOnboardingTemplate } from "~/services/onboarding/export-onboarding-template.server.ts";
import { getOnboardingImport } from "~/services/onboarding/get-onboarding-import.server.ts";
import { getOnboardingInvitation } from "~/services/onboarding/get-onboarding-invitation.server.ts";
import { listOnboardingInvitations } from "~/services/onboarding/list-onboarding-invitations.server.ts";
import { sendOnboardingInvitation } from "~/services/onboarding/send-onboarding-invitation.server.ts";
import { sweepOnboardingInvitations } from "~/services/onboarding/sweep-onboarding-invitations.server.ts";

const HEADER = COLUMNS.map((c) => HEADINGS[c]);
type Cells = Partial<Record<(typeof COLUMNS)[number], string>>;
const csvFile = (rows: Cells[], name = "organisaties.csv") => ({
  name,
  bytes: new TextEncoder().encode([HEADER.join(";"), ...rows.map((r) => COLUMNS.map((c) => r[c] ?? "").join(";"))].join("\r\n")),
});
const describeNl = rowErrorDescriber(translator("nl"));

/** A workbook as the template lays it out: organisations first, then the optional sheets. */
async function xlsxFile(sheets: { organisations: Cells[]; offers?: Partial<Record<OfferColumn, string>>[]; courses?: Partial<Record<CourseColumn, string>>[] }) {
  const workbook = new ExcelJS.Workbook();
  const add = <C extends string>(name: string, columns: readonly C[], headings: Record<C, string>, rows: Partial<Record<C, string>>[]) => {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(columns.map((c) => headings[c]));
    for (const r of rows) sheet.addRow(columns.map((c) => r[c] ?? ""));
  };
  add("Organisaties", COLUMNS, HEADINGS, sheets.organisations);
  if (sheets.offers) add("Aanbod", OFFER_COLUMNS, OFFER_HEADINGS, sheets.offers);
  if (sheets.courses) add("Cursussen", COURSE_COLUMNS, COURSE_HEADINGS, sheets.courses);
  workbook.addWorksheet("Uitleg").addRow(["Niet gelezen"]);
  return { name: "regio.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}
const DAY = 24 * 60 * 60 * 1000;


describe(`onboarding a region from a spreadsheet (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;
  let coordinator: SessionUser;
  let otherCoordinator: SessionUser;
  let outsider: SessionUser;
  let networkId: string;
  const slug = "technet-utrecht";

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    coordinator = await signUpUser(services, { name: "Cor Coördinator", email: "cor@technet.test" });
    otherCoordinator = await signUpUser(services, { name: "Olaf Ander", email: "olaf@technet.test" });
    outsider = await signUpUser(services, { name: "Olga Buiten", email: "olga@elders.test" });
    const utrecht = await insertNetwork(services.db, { slug, name: "TechNet Utrecht" });
    networkId = utrecht.id;
    await insertCoordinator(services.db, utrecht.id, coordinator);
    await insertCoordinator(services.db, utrecht.id, otherCoordinator);
  });
  afterAll(async () => {
    await database?.close();
  });

  const orgCount = async () => (await services.db.select({ n: count() }).from(organisation))[0]!.n;
  const mailCount = async () => (await services.db.select({ n: count() }).from(mailOutbox))[0]!.n;
  /** The newest invitation or reminder to an address (signing up sends its own mail too). */
  const lastMailTo = async (to: string) =>
    (await services.db.select().from(mailOutbox).where(and(eq(mailOutbox.to, to), sql`${mailOutbox.text} like '%/uitnodiging/%'`)).orderBy(desc(mailOutbox.createdAt)).limit(1))[0]!;
  const tokenIn = (text: string) => /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

  it("offers a template in XLSX and CSV that the import reads back without a single error", async () => {
    const xlsx = await exportOnboardingTemplate(services, coordinator, { slug, format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((xlsx.content as Uint8Array<ArrayBuffer>).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Organisaties", "Aanbod", "Cursussen", "Uitleg"]);
    expect((workbook.worksheets[0]!.getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    for (const file of [{ name: xlsx.filename, bytes: xlsx.content as Uint8Array }, { name: "t.csv", bytes: new TextEncoder().encode((await exportOnboardingTemplate(services, coordinator, { slug, format: "csv" })).content as string) }]) {
      const { id } = await createOnboardingImport(services, coordinator, { slug, file });
      const preview = await getOnboardingImport(services, coordinator, { slug, id });
      expect(preview.errors).toEqual([]);
      expect(preview.valid.map((v) => [v.kind, v.branchNumber])).toEqual([["company", null], ["school", "01"], ["provider", null]]);
      // The example offer and course ride along in the XLSX only: a CSV file holds one table.
      expect([preview.validOffers, preview.validCourses]).toEqual(file.name.endsWith(".xlsx") ? [1, 1] : [0, 0]);
    }
    await expect(exportOnboardingTemplate(services, outsider, { slug, format: "csv" })).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("names every error by row and column in Dutch, and saves nothing to the directory", async () => {
    const before = await orgCount();
    const { id } = await createOnboardingImport(services, coordinator, {
      slug,
      file: csvFile([
        { name: "Goed Bedrijf", kind: "bedrijf", place: "Utrecht", kvk: "11112222" },
        { name: "Fout Bedrijf", kind: "bedrijf", place: "Utrecht", kvk: "1234567" },
        { name: "Fout College", kind: "school", place: "Zeist", brin: "A5LP", postcode: "0123 AB" },
        { name: "Goed Bedrijf BV", kind: "bedrijf", place: "Utrecht" },
      ]),
    });
    const preview = await getOnboardingImport(services, coordinator, { slug, id });
    expect(preview.errors.map(describeNl)).toEqual([
      "Rij 3, kolom KvK-nummer: een KvK-nummer heeft 8 cijfers.",
      "Rij 4, kolom BRIN: een BRIN-nummer heeft 4 tekens: 2 cijfers en dan 2 letters of cijfers (bijvoorbeeld 25LP).",
      "Rij 4, kolom Postcode: een postcode heeft 4 cijfers en 2 letters (bijvoorbeeld 3511 AB).",
      "Rij 5, kolom Naam: dezelfde organisatie als rij 2.",
    ]);
    expect(await orgCount()).toBe(before);
    // Confirming a file with errors is refused as a whole.
    expect(await refusal(confirmOnboardingImport(services, coordinator, { slug, id, decisions: {} }))).toMatchObject({ message: "onboarding.confirm.hasErrors" });
    expect(await orgCount()).toBe(before);
  });

  it("keeps an upload the coordinator's own: another coordinator and an outsider do not see it", async () => {
    const { id } = await createOnboardingImport(services, coordinator, { slug, file: csvFile([{ name: "Privé BV", kind: "bedrijf", place: "Utrecht" }]) });
    await expect(getOnboardingImport(services, otherCoordinator, { slug, id })).rejects.toMatchObject({ kind: "not_found" });
    await expect(getOnboardingImport(services, outsider, { slug, id })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(createOnboardingImport(services, outsider, { slug, file: csvFile([]) })).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("finds duplicates by KvK, by BRIN and by name and place; merge fills the empty fields, skip leaves it; the rest join the network and are invited", async () => {
    const byKvk = await insertOrganisation(services.db, { name: "Kiremko", kind: "company", kvkNumber: "30112233", place: "Montfoort", street: null, sector: null });
    const byBrin = await insertOrganisation(services.db, { name: "Het Werkplaats College", kind: "school", brin: "25LP", branchNumber: "01", place: "Utrecht" });
    const byName = await insertOrganisation(services.db, { name: "Installatiebedrijf de Vries B.V.", kind: "company", place: "Houten", sector: "Bouw" });
    const mailsBefore = await mailCount();
    const { id } = await createOnboardingImport(services, coordinator, {
      slug,
      file: csvFile([
        { name: "Kiremko Food Processing", kind: "bedrijf", kvk: "3011 2233", place: "Montfoort", street: "Industrieweg 1", sector: "Maakindustrie", contactName: "HR", contactEmail: "hr@kiremko.test" },
        { name: "Werkplaats", kind: "school", brin: "25lp", branch: "1", place: "Utrecht", contactEmail: "decaan@werkplaats.test" },
        { name: "Installatiebedrijf De Vries", kind: "bedrijf", place: "HOUTEN", sector: "Installatie" },
        { name: "Nieuw Metaal", kind: "bedrijf", place: "Nieuwegein", kvk: "40556677", postcode: "3431ab", contactName: "Piet Nieuw", contactEmail: "Piet@NieuwMetaal.test" },
        { name: "ROC Nieuw", kind: "opleider", place: "Utrecht", brin: "99XY" },
      ]),
    });
    const preview = await getOnboardingImport(services, coordinator, { slug, id });
    expect(preview.errors).toEqual([]);
    expect(preview.duplicates.map((d) => [d.row, d.existing.id, d.by])).toEqual([
      [2, byKvk.id, "kvk"],
      [3, byBrin.id, "brin"],
      [4, byName.id, "name"],
    ]);
    // Every duplicate needs a choice; none is made for the coordinator.
    expect(await refusal(confirmOnboardingImport(services, coordinator, { slug, id, decisions: { 2: "merge", 3: "skip" } }))).toMatchObject({ message: "onboarding.confirm.chooseDuplicate", field: "besluit-4" });
    expect(await mailCount()).toBe(mailsBefore);

    const outcome = await confirmOnboardingImport(services, coordinator, { slug, id, decisions: { 2: "merge", 3: "skip", 4: "merge" } });
    expect(outcome).toEqual({ created: 2, merged: 2, skipped: 1, invited: 2, offers: 0, courses: 0, sessions: 0 });
    const kiremko = (await services.db.select().from(organisation).where(eq(organisation.id, byKvk.id)))[0]!;
    expect(kiremko).toMatchObject({ name: "Kiremko", street: "Industrieweg 1", sector: "Maakindustrie" });
    expect((await services.db.select().from(organisation).where(eq(organisation.id, byName.id)))[0]!.sector).toBe("Bouw");
    const nieuw = (await services.db.select().from(organisation).where(eq(organisation.kvkNumber, "40556677")))[0]!;
    expect(nieuw).toMatchObject({ kind: "company", postcode: "3431 AB", place: "Nieuwegein", slug: "nieuw-metaal" });
    const members = (await services.db.select({ id: networkMember.organisationId }).from(networkMember).where(eq(networkMember.networkId, networkId))).map((m) => m.id);
    expect(members).toEqual(expect.arrayContaining([byKvk.id, byName.id, nieuw.id]));
    expect(members).not.toContain(byBrin.id);
    // Kiremko (merged, no members yet) and Nieuw Metaal get an invitation; ROC Nieuw has no contact.
    const invited = await services.db.select({ email: onboardingInvitation.email }).from(onboardingInvitation).where(eq(onboardingInvitation.importId, id));
    expect(invited.map((i) => i.email).sort()).toEqual(["hr@kiremko.test", "piet@nieuwmetaal.test"]);
    const mail = await lastMailTo("piet@nieuwmetaal.test");
    expect(mail.subject).toBe("Uitnodiging: beheer Nieuw Metaal op Technohub");
    expect(mail.text).toContain("Beste Piet Nieuw,");
    // Confirmed once: a second confirmation is refused.
    expect(await refusal(confirmOnboardingImport(services, coordinator, { slug, id, decisions: { 2: "merge", 3: "skip", 4: "merge" } }))).toMatchObject({ message: "onboarding.confirm.already" });
  });

  it("is all or nothing: a unique violation half-way rolls back every organisation, membership and mail", async () => {
    // A rule the import does not know (one organisation per place in Testdorp) stands in for a
    // concurrent write that takes what the import was about to write.
    await services.db.execute(sql`create unique index test_one_per_place on organisation (place) where place = 'Testdorp'`);
    try {
      const { id } = await createOnboardingImport(services, coordinator, {
        slug,
        file: csvFile([
          { name: "Eerste Testdorp", kind: "bedrijf", place: "Testdorp", contactEmail: "een@testdorp.test" },
          { name: "Tweede Testdorp", kind: "bedrijf", place: "Testdorp", contactEmail: "twee@testdorp.test" },
        ]),
      });
      const [orgs, mails, members] = [await orgCount(), await mailCount(), (await services.db.select({ n: count() }).from(networkMember))[0]!.n];
      expect(await refusal(confirmOnboardingImport(services, coordinator, { slug, id, decisions: {} }))).toMatchObject({ kind: "conflict", message: "onboarding.confirm.clash" });
      expect(await orgCount()).toBe(orgs);
      expect(await mailCount()).toBe(mails);
      expect((await services.db.select({ n: count() }).from(networkMember))[0]!.n).toBe(members);
      expect((await services.db.select().from(onboardingImport).where(eq(onboardingImport.id, id)))[0]!.status).toBe("preview");
    } finally {
      await services.db.execute(sql`drop index test_one_per_place`);
    }
  });

  it("refuses, beside the row's choice, a merge that would give the matched organisation a BRIN another one holds; skipping it imports", async () => {
    const byKvk = await insertOrganisation(services.db, { name: "Stichting Vakschool", kind: "school", kvkNumber: "87654321", place: "Zeist" });
    await insertOrganisation(services.db, { name: "Vakschool Zeist", kind: "school", brin: "77GG", place: "Zeist" });
    const { id } = await createOnboardingImport(services, coordinator, {
      slug,
      file: csvFile([{ name: "Vakschool", kind: "school", kvk: "87654321", brin: "77GG", place: "Zeist" }]),
    });
    // The preview says so beside the row's choice, before anything is confirmed.
    const preview = await getOnboardingImport(services, coordinator, { slug, id });
    expect(preview.duplicates).toMatchObject([{ row: 2, by: "kvk", existing: { name: "Stichting Vakschool" }, brinHeldBy: "Vakschool Zeist" }]);
    const taken = await refusal(confirmOnboardingImport(services, coordinator, { slug, id, decisions: { 2: "merge" } }));
    expect(taken).toMatchObject({ kind: "invalid", message: "onboarding.confirm.brinTaken", field: "besluit-2", params: { organisation: "Stichting Vakschool", holder: "Vakschool Zeist" } });
    expect(await confirmOnboardingImport(services, coordinator, { slug, id, decisions: { 2: "skip" } })).toMatchObject({ created: 0, merged: 0, skipped: 1 });
    expect((await services.db.select({ brin: organisation.brin }).from(organisation).where(eq(organisation.id, byKvk.id)))[0]!.brin).toBeNull();
  });

  it("a merge that gives a verified school a BRIN clears the verification, as an edit of the number does (ADR 033)", async () => {
    const verified = await insertOrganisation(services.db, { name: "Stichting Lyceum", kind: "school", kvkNumber: "87650001", place: "Zeist", verifiedAt: new Date("2026-02-01T09:00:00Z") });
    const { id } = await createOnboardingImport(services, coordinator, {
      slug,
      file: csvFile([{ name: "Lyceum", kind: "school", kvk: "87650001", brin: "78HH", place: "Zeist" }]),
    });
    expect(await confirmOnboardingImport(services, coordinator, { slug, id, decisions: { 2: "merge" } })).toMatchObject({ merged: 1 });
    const [row] = await services.db.select({ brin: organisation.brin, verifiedAt: organisation.verifiedAt }).from(organisation).where(eq(organisation.id, verified.id));
    // The administrator never confirmed that number belongs to this school: Entree must not place its staff here yet.
    expect(row).toEqual({ brin: "78HH", verifiedAt: null });
  });

  it("answers a school registered with the same BRIN while the import runs with its 409 message, not a 500", async () => {
    const { id } = await createOnboardingImport(services, coordinator, {
      slug,
      file: csvFile([{ name: "Racecollege", kind: "school", brin: "66FF", place: "Testdorp", contactEmail: "race@testdorp.test" }]),
    });
    // The preview found no holder of 66FF. A trigger stands in for the other writer: in the import's own
    // transaction, just before its insert, another organisation takes the number (as a concurrent commit
    // would between the check and the insert), so only the unique index can refuse.
    await services.db.execute(sql`create function test_take_brin() returns trigger language plpgsql as $$
      begin
        if new.brin = '66FF' and new.name <> 'Snelle School' then
          insert into organisation (slug, name, kind, brin) values ('snelle-school-race', 'Snelle School', 'school', '66FF');
        end if;
        return new;
      end $$`);
    await services.db.execute(sql`create trigger test_take_brin before insert on organisation for each row execute function test_take_brin()`);
    try {
      const orgs = await orgCount();
      expect(await refusal(confirmOnboardingImport(services, coordinator, { slug, id, decisions: {} }))).toMatchObject({ kind: "conflict", message: "onboarding.confirm.clash" });
      expect(await orgCount()).toBe(orgs);
    } finally {
      await services.db.execute(sql`drop trigger test_take_brin on organisation`);
      await services.db.execute(sql`drop function test_take_brin()`);
    }
  });

  it("lets the invited contact claim the organisation once, as its admin; the overview shows who has not accepted", async () => {
    const invitee = await signUpUser(services, { name: "Piet Nieuw", email: "piet@nieuwmetaal.test" });
    const overview = await listOnboardingInvitations(services, coordinator, { slug });
    expect(overview.open.map((o) => o.organisation).sort()).toEqual(["Kiremko", "Nieuw Metaal"]);
    expect(overview.accepted).toBe(0);

    const token = tokenIn((await lastMailTo("piet@nieuwmetaal.test")).text);
    expect(await getOnboardingInvitation(services, null, { token })).toMatchObject({ organisation: "Nieuw Metaal", network: "TechNet Utrecht", accepted: false });
    await expect(acceptOnboardingInvitation(services, null, { token })).rejects.toMatchObject({ kind: "forbidden" });
    const { slug: orgSlug } = await acceptOnboardingInvitation(services, invitee, { token });
    expect(orgSlug).toBe("nieuw-metaal");
    const [member] = await services.db.select().from(membership).where(eq(membership.userId, invitee.id));
    expect(member).toMatchObject({ role: "admin" });
    expect(await refusal(acceptOnboardingInvitation(services, invitee, { token }))).toMatchObject({ message: "onboarding.claim.already" });
    await expect(getOnboardingInvitation(services, null, { token: "x".repeat(32) })).rejects.toMatchObject({ kind: "not_found" });

    const after = await listOnboardingInvitations(services, coordinator, { slug });
    expect(after.open.map((o) => o.organisation)).toEqual(["Kiremko"]);
    expect(after.accepted).toBe(1);
  });

  it("resends with a new link (the old one stops working), and reminds once a week later through the job", async () => {
    const [open] = (await listOnboardingInvitations(services, coordinator, { slug })).open;
    const oldToken = tokenIn((await lastMailTo("hr@kiremko.test")).text);
    await expect(sendOnboardingInvitation(services, outsider, { slug, invitationId: open!.id })).rejects.toMatchObject({ kind: "forbidden" });
    services.clock.advance(2 * DAY);
    expect(await sendOnboardingInvitation(services, coordinator, { slug, invitationId: open!.id })).toEqual({ email: "hr@kiremko.test" });
    const newToken = tokenIn((await lastMailTo("hr@kiremko.test")).text);
    expect(newToken).not.toBe(oldToken);
    await expect(getOnboardingInvitation(services, null, { token: oldToken })).rejects.toMatchObject({ kind: "not_found" });

    // Six days after the resend nothing is due; at seven the reminder goes, once.
    services.clock.advance(6 * DAY);
    expect(await sweepOnboardingInvitations(services, null)).toEqual({ reminded: 0 });
    services.clock.advance(1 * DAY);
    expect(await sweepOnboardingInvitations(services, null)).toEqual({ reminded: 1 });
    const reminder = await lastMailTo("hr@kiremko.test");
    expect(reminder.subject).toBe("Herinnering: beheer Kiremko op Technohub");
    expect(await getOnboardingInvitation(services, null, { token: tokenIn(reminder.text) })).toMatchObject({ organisation: "Kiremko" });
    services.clock.advance(7 * DAY);
    expect(await sweepOnboardingInvitations(services, null)).toEqual({ reminded: 0 });
    const [row] = await services.db.select().from(onboardingInvitation).where(and(eq(onboardingInvitation.email, "hr@kiremko.test")));
    expect(row!.remindedAt).not.toBeNull();
    await expect(sweepOnboardingInvitations(services, coordinator)).rejects.toMatchObject({ kind: "forbidden" });
  });
  describe("offers and courses on the optional sheets", () => {
    const itemsSlug = "technet-aanbod";
    let itemsNetworkId: string;
    let inNetwork: { id: string };
    let existing: { id: string };
    /** A day two months ahead, as the sheet's date column takes it. */
    const ahead = (days: number) => new Date(services.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);
    const offerCount = async () => (await services.db.select({ n: count() }).from(offer))[0]!.n;
    const courseCount = async () => (await services.db.select({ n: count() }).from(course))[0]!.n;

    beforeAll(async () => {
      const n = await insertNetwork(services.db, { slug: itemsSlug, name: "TechNet Aanbod" });
      itemsNetworkId = n.id;
      await insertCoordinator(services.db, n.id, coordinator);
      inNetwork = await insertOrganisation(services.db, { name: "Leerhuis Lassen", kind: "provider", kvkNumber: "50607080", place: "Amersfoort" });
      await insertNetworkMember(services.db, n.id, inNetwork.id);
      // On the platform, not in the network: a row of the first sheet that is this organisation is a duplicate.
      existing = await insertOrganisation(services.db, { name: "Warmtebedrijf Oost", kind: "company", kvkNumber: "60708090", place: "Zeist" });
    });

    const organisations: Cells[] = [
      { name: "Zonnetechniek Noord B.V.", kind: "bedrijf", kvk: "70809010", place: "Utrecht", contactEmail: "info@zonnetechniek.test" },
      { name: "Warmtebedrijf Oost", kind: "bedrijf", kvk: "60708090", place: "Zeist" },
      { name: "College Zuid", kind: "school", place: "Utrecht" },
    ];
    const goodOffer = { organisation: "Zonnetechniek Noord", title: "Gastles zonnepanelen", kind: "gastles", topics: "zonne-energie, elektrotechniek", levels: "vmbo-kader", locations: "school, bedrijf", description: "Een monteur laat zien hoe zonnepanelen werken." };
    const goodCourse = { organisation: "50607080", title: "Lassen voor beginners", summary: "Vier dagdelen MIG/MAG-lassen.", topics: "lassen", targetGroups: "werknemers", level: "mbo-2", format: "fysieke hub", price: "350" };

    it("names every offer and course error by sheet, row and column, and saves nothing before the confirmation", async () => {
      const [orgs, offers, courses] = [await orgCount(), await offerCount(), await courseCount()];
      const { id } = await createOnboardingImport(services, coordinator, {
        slug: itemsSlug,
        file: await xlsxFile({
          organisations,
          offers: [goodOffer, { ...goodOffer, levels: "groep 3" }, { ...goodOffer, organisation: "Onbekend Bedrijf" }, { ...goodOffer, organisation: "College Zuid" }],
          courses: [
            { ...goodCourse, date: ahead(60), startTime: "09:00", endTime: "12:00", place: "Amersfoort", capacity: "12", deadline: ahead(50) },
            { ...goodCourse, date: ahead(-3), startTime: "09:00", endTime: "12:00", capacity: "12", deadline: ahead(-10) },
            { ...goodCourse, organisation: "Zonnetechniek Noord", format: "op de maan" },
          ],
        }),
      });
      const preview = await getOnboardingImport(services, coordinator, { slug: itemsSlug, id });
      expect(preview.errors.map(describeNl)).toEqual([
        "Blad Aanbod, rij 3, kolom Niveau: Kies minstens één niveau.",
        "Blad Aanbod, rij 4, kolom Organisatie: deze organisatie staat niet op het blad Organisaties en niet in uw netwerk. Schrijf de naam of het KvK-nummer zoals op het blad Organisaties.",
        "Blad Aanbod, rij 5, kolom Organisatie: aanbod hoort bij een bedrijf of opleider.",
        "Blad Cursussen, rij 3, kolom Datum sessie: Een nieuwe sessie moet in de toekomst liggen.",
        "Blad Cursussen, rij 4, kolom Organisatie: een cursus hoort bij een opleider.",
        `Blad Cursussen, rij 4, kolom Vorm: ${translator("nl")("courses.error.format")}`,
      ]);
      expect([preview.rows.length, preview.items.length, preview.validOffers, preview.validCourses, preview.sessions]).toEqual([3, 7, 1, 1, 1]);
      expect(await refusal(confirmOnboardingImport(services, coordinator, { slug: itemsSlug, id, decisions: { 3: "skip" } }))).toMatchObject({ message: "onboarding.confirm.hasErrors" });
      expect([await orgCount(), await offerCount(), await courseCount()]).toEqual([orgs, offers, courses]);
    });

    it("refuses offers and courses for an organisation people have claimed, in the network or found as a duplicate", async () => {
      const claimedInNetwork = await insertOrganisation(services.db, { name: "Opleider Eigen Beheer", kind: "provider", kvkNumber: "51617181", place: "Amersfoort" });
      await insertNetworkMember(services.db, itemsNetworkId, claimedInNetwork.id);
      const claimedElsewhere = await insertOrganisation(services.db, { name: "Bedrijf Eigen Beheer", kind: "company", kvkNumber: "61718191", place: "Zeist" });
      for (const org of [claimedInNetwork, claimedElsewhere]) await insertMembership(services.db, await insertPerson(services.db, "beheerder"), org.id, "admin");
      const { id } = await createOnboardingImport(services, coordinator, {
        slug: itemsSlug,
        file: await xlsxFile({
          organisations: [...organisations, { name: "Bedrijf Eigen Beheer", kind: "bedrijf", kvk: "61718191", place: "Zeist" }],
          offers: [goodOffer, { ...goodOffer, organisation: "61718191" }],
          courses: [{ ...goodCourse, organisation: "51617181" }],
        }),
      });
      const preview = await getOnboardingImport(services, coordinator, { slug: itemsSlug, id });
      const managed = "deze organisatie heeft al eigen beheerders op Technohub; zij zetten hun aanbod en cursussen zelf klaar. Haal deze rij weg of vraag de organisatie haar aanbod toe te voegen.";
      expect(preview.errors.map(describeNl).sort()).toEqual([`Blad Aanbod, rij 3, kolom Organisatie: ${managed}`, `Blad Cursussen, rij 2, kolom Organisatie: ${managed}`]);
      expect([preview.validOffers, preview.validCourses]).toEqual([1, 0]);
    });

    it("is all or nothing: a failure at an offer row keeps no organisation, offer, course or mail", async () => {
      // A rule the import does not know (no offer titled "Breekt") stands in for a write that fails at that row.
      await services.db.execute(sql`create function test_refuse_offer() returns trigger language plpgsql as $$ begin if new.title = 'Breekt' then raise exception 'refused'; end if; return new; end $$`);
      await services.db.execute(sql`create trigger test_refuse_offer before insert on offer for each row execute function test_refuse_offer()`);
      try {
        const { id } = await createOnboardingImport(services, coordinator, {
          slug: itemsSlug,
          file: await xlsxFile({ organisations, offers: [goodOffer, { ...goodOffer, title: "Breekt" }], courses: [goodCourse] }),
        });
        expect((await getOnboardingImport(services, coordinator, { slug: itemsSlug, id })).errors).toEqual([]);
        const before = [await orgCount(), await offerCount(), await courseCount(), await mailCount()];
        await expect(confirmOnboardingImport(services, coordinator, { slug: itemsSlug, id, decisions: { 3: "skip" } })).rejects.toThrow();
        expect([await orgCount(), await offerCount(), await courseCount(), await mailCount()]).toEqual(before);
        expect((await services.db.select().from(onboardingImport).where(eq(onboardingImport.id, id)))[0]!.status).toBe("preview");
      } finally {
        await services.db.execute(sql`drop trigger test_refuse_offer on offer`);
        await services.db.execute(sql`drop function test_refuse_offer()`);
      }
    });

    it("creates the organisations, offers and courses with their session in one confirmation, as drafts of their owners", async () => {
      const { id } = await createOnboardingImport(services, coordinator, {
        slug: itemsSlug,
        file: await xlsxFile({
          organisations,
          offers: [goodOffer, { ...goodOffer, organisation: "Warmtebedrijf Oost", title: "Bedrijfsbezoek warmtenet", kind: "bedrijfsbezoek", topics: "warmtepompen", duration: "120" }],
          courses: [{ ...goodCourse, date: ahead(60), startTime: "9:00", endTime: "12:30", place: "Amersfoort", capacity: "12", deadline: ahead(50) }],
        }),
      });
      const preview = await getOnboardingImport(services, coordinator, { slug: itemsSlug, id });
      expect(preview.errors).toEqual([]);
      expect(preview.duplicates.map((d) => [d.row, d.existing.id])).toEqual([[3, existing.id]]);
      // The existing organisation is skipped, and still receives its offer: it exists.
      const outcome = await confirmOnboardingImport(services, coordinator, { slug: itemsSlug, id, decisions: { 3: "skip" } });
      expect(outcome).toEqual({ created: 2, merged: 0, skipped: 1, invited: 1, offers: 2, courses: 1, sessions: 1 });

      const zon = (await services.db.select().from(organisation).where(eq(organisation.kvkNumber, "70809010")))[0]!;
      const offers = await services.db.select().from(offer).where(sql`${offer.organisationId} in (${zon.id}, ${existing.id})`).orderBy(offer.title);
      expect(offers.map((o) => [o.title, o.organisationId, o.status, o.kind, o.publishedAt])).toEqual([
        ["Bedrijfsbezoek warmtenet", existing.id, "draft", "bedrijfsbezoek", null],
        ["Gastles zonnepanelen", zon.id, "draft", "gastles", null],
      ]);
      expect(offers[1]).toMatchObject({ topics: ["zonne-energie", "elektrotechniek"], levels: ["vmbo-kader"], locations: ["school", "company"], durationMinutes: 60, place: "Utrecht", createdById: coordinator.id });
      expect(offers[1]!.searchText).toContain("Zonnetechniek Noord B.V.");
      expect(offers[0]!.durationMinutes).toBe(120);

      const [c] = await services.db.select().from(course).where(eq(course.providerId, inNetwork.id));
      expect(c).toMatchObject({ title: "Lassen voor beginners", status: "draft", networkId: itemsNetworkId, priceCents: 35000, level: "mbo-2", format: "physical_hub", slug: "lassen-voor-beginners" });
      expect(c!.words).toContain("lassen");
      const sessions = await services.db.select().from(courseSession).where(eq(courseSession.courseId, c!.id));
      expect(sessions.map((s) => [s.capacity, s.place, s.placesTaken, s.status])).toEqual([[12, "Amersfoort", 0, "scheduled"]]);
      expect(sessions[0]!.endsAt.getTime() - sessions[0]!.startsAt.getTime()).toBe(3.5 * 60 * 60 * 1000);
    });
  });
});
