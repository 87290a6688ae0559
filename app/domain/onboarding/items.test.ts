import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/index.ts";
import { checkCourseRow, checkItems, checkOfferRow, isoDateOf, rowsFromSheets, timeOf, withoutManagedOwners, type NetworkOrganisation, type TopicName } from "./items.ts";
import { rowErrorDescriber, type RawRow } from "./rows.ts";
import { SHEET_NAMES } from "./sheets.ts";
import { COURSE_EXAMPLES, OFFER_EXAMPLES, TEMPLATE_EXAMPLES, templateHeadings, templateItemSheets } from "./template.ts";
import { COLUMNS } from "./rows.ts";

const nl = rowErrorDescriber(translator("nl"));
const en = rowErrorDescriber(translator("en"));
const TOPICS: TopicName[] = [
  { slug: "warmtepompen", nameNl: "warmtepompen", nameEn: "heat pumps" },
  { slug: "installatietechniek", nameNl: "installatietechniek", nameEn: "building services" },
  { slug: "sanitair", nameNl: "sanitair en leidingwerk", nameEn: "plumbing" },
];
const NOW = new Date("2027-01-10T12:00:00Z");
const offerRow = (row: number, cells: Record<string, string>): RawRow => ({
  sheet: "offers",
  row,
  cells: { organisation: "Installatiebedrijf Zon", title: "Gastles warmtepompen", kind: "gastles", topics: "warmtepompen", levels: "vmbo-kader", locations: "school", description: "Hoe een warmtepomp werkt.", ...cells } as RawRow["cells"],
});
const courseRow = (row: number, cells: Record<string, string>): RawRow => ({
  sheet: "courses",
  row,
  cells: { organisation: "Leerhuis Techniek", title: "Basiscursus lassen", summary: "Vier dagdelen lassen.", topics: "lassen", targetGroups: "werknemers", level: "mbo-2", format: "fysieke hub", ...cells } as RawRow["cells"],
});
const org = (row: number, name: string, kind: string, kvk = ""): RawRow => ({ row, cells: { name, kind, kvk, place: "Utrecht" } });

describe("an offer row", () => {
  it("is checked by the offer form's own schema: its message at the sheet's column, named by sheet and row", () => {
    const { value, errors } = checkOfferRow(offerRow(4, { levels: "groep 3", kind: "rondleiding" }), TOPICS);
    expect(value).toBeNull();
    expect(errors.map(nl)).toEqual(["Blad Aanbod, rij 4, kolom Soort: Kies de soort aanbod.", "Blad Aanbod, rij 4, kolom Niveau: Kies minstens één niveau."]);
    expect(errors.map(en)[0]).toBe("Sheet Aanbod, row 4, column Soort: Choose the kind of offer.");
  });

  it("reads topics by slug or name, levels and places as people write them, and takes the form's defaults for the rest", () => {
    const { value, errors } = checkOfferRow(offerRow(2, { topics: "Sanitair en leidingwerk; Warmtepompen", levels: "VMBO-kader, po", locations: "school, bedrijf", duration: "" }), TOPICS);
    expect(errors).toEqual([]);
    expect(value!.offer).toMatchObject({ topics: ["sanitair", "warmtepompen"], levels: ["po-7-8", "vmbo-kader"], locations: ["school", "company"], durationMinutes: 60, groupSizeMin: 1, groupSizeMax: 30, weekdays: [1, 2, 3, 4, 5], travelRadiusKm: 25 });
  });

  it("refuses a topic the platform does not have, as the offer form does", () => {
    const { errors } = checkOfferRow(offerRow(3, { topics: "breien" }), TOPICS);
    expect(errors.map(nl)).toEqual(["Blad Aanbod, rij 3, kolom Onderwerp: Kies onderwerpen uit de lijst."]);
  });

  it("needs its organisation and a duration the form allows", () => {
    const { errors } = checkOfferRow(offerRow(5, { organisation: "", duration: "5" }), TOPICS);
    expect(errors.map(nl).sort()).toEqual(["Blad Aanbod, rij 5, kolom Duur in minuten: Vul een duur in minuten in, van 15 tot 2400.", "Blad Aanbod, rij 5, kolom Organisatie: dit veld is verplicht."]);
  });
});

describe("a course row", () => {
  it("is checked by the course form's schema, without a session when its columns are empty", () => {
    const { value, errors } = checkCourseRow(courseRow(2, { price: "450", targetGroups: "Werknemers, zij-instromers" }), NOW);
    expect(errors).toEqual([]);
    expect(value!.course).toMatchObject({ title: "Basiscursus lassen", topics: ["lassen"], targetGroups: ["werknemers", "zij_instromers"], level: "mbo-2", format: "physical_hub", priceCents: 45000 });
    expect(value!.session).toBeNull();
  });

  it("refuses what the course form refuses, at the sheet's column", () => {
    const { errors } = checkCourseRow(courseRow(7, { level: "mbo-5", summary: "" }), NOW);
    expect(errors.map(nl)).toEqual(["Blad Cursussen, rij 7, kolom Samenvatting: " + translator("nl")("courses.error.summary"), "Blad Cursussen, rij 7, kolom Niveau: " + translator("nl")("courses.error.level")]);
  });

  it("checks its one session with the session form's rules, Dutch dates and times read", () => {
    const good = checkCourseRow(courseRow(2, { date: "15-03-2027", startTime: "9:00", endTime: "12.30", place: "Utrecht", capacity: "12", deadline: "2027-03-01" }), NOW);
    expect(good.errors).toEqual([]);
    expect(good.value!.session).toMatchObject({ capacity: 12, place: "Utrecht", startsAt: new Date("2027-03-15T08:00:00Z"), endsAt: new Date("2027-03-15T11:30:00Z") });

    const late = checkCourseRow(courseRow(3, { date: "2027-03-15", startTime: "09:00", endTime: "08:00", capacity: "0", deadline: "2027-03-20" }), NOW);
    expect(late.errors.map((e) => e.column).sort()).toEqual(["capacity"]);
    const order = checkCourseRow(courseRow(3, { date: "2027-03-15", startTime: "09:00", endTime: "08:00", capacity: "10", deadline: "2027-03-20" }), NOW);
    expect(order.errors.map(nl).sort()).toEqual([
      "Blad Cursussen, rij 3, kolom Eindtijd: " + translator("nl")("courses.error.endAfterStart"),
      "Blad Cursussen, rij 3, kolom Inschrijven tot: " + translator("nl")("courses.error.deadlineBeforeSession"),
    ]);
    const past = checkCourseRow(courseRow(4, { date: "2026-12-01", startTime: "09:00", endTime: "12:00", capacity: "10", deadline: "2026-11-20" }), NOW);
    expect(past.errors.map(nl)).toEqual(["Blad Cursussen, rij 4, kolom Datum sessie: Een nieuwe sessie moet in de toekomst liggen."]);
  });

  it("reads dates and times as typed in Dutch, leaving the rest for the form to refuse", () => {
    expect(isoDateOf("5-3-2027")).toBe("2027-03-05");
    expect(isoDateOf("31-02-2027")).toBe("31-02-2027");
    expect(timeOf("9.30")).toBe("09:30");
    expect(timeOf("half tien")).toBe("half tien");
  });
});

describe("the organisation of an offer or course", () => {
  const network: NetworkOrganisation[] = [
    { id: "n1", name: "Leerhuis Techniek", kind: "provider", kvkNumber: "11111111", managed: false },
    { id: "n2", name: "Basisschool De Es", kind: "school", kvkNumber: null, managed: false },
    { id: "n3", name: "Metaalbedrijf Vos", kind: "company", kvkNumber: "33333333", managed: true },
  ];
  const organisationRows = [org(2, "Installatiebedrijf Zon B.V.", "bedrijf", "22222222"), org(3, "Het College", "school")];
  const check = (items: RawRow[]) => checkItems(items, { organisationRows, network, topics: TOPICS, now: NOW });

  it("is a row of the first sheet (by name without legal form, or KvK number), else an organisation of the network", () => {
    const out = check([offerRow(2, { organisation: "Installatiebedrijf Zon" }), offerRow(3, { organisation: "22222222" }), courseRow(2, { organisation: "11111111" }), offerRow(4, { organisation: "leerhuis techniek" })]);
    expect(out.errors).toEqual([]);
    expect(out.offers.map((o) => o.owner)).toEqual([{ row: 2 }, { row: 2 }, { id: "n1" }]);
    expect(out.courses.map((c) => c.owner)).toEqual([{ id: "n1" }]);
  });

  it("is an error when it is in neither, or of a kind that cannot offer", () => {
    const out = check([offerRow(2, { organisation: "Onbekend B.V." }), offerRow(3, { organisation: "Het College" }), courseRow(4, { organisation: "Installatiebedrijf Zon" }), offerRow(5, { organisation: "Basisschool De Es" })]);
    expect(out.offers).toEqual([]);
    expect(out.courses).toEqual([]);
    expect(out.errors.map(nl)).toEqual([
      "Blad Aanbod, rij 2, kolom Organisatie: deze organisatie staat niet op het blad Organisaties en niet in uw netwerk. Schrijf de naam of het KvK-nummer zoals op het blad Organisaties.",
      "Blad Aanbod, rij 3, kolom Organisatie: aanbod hoort bij een bedrijf of opleider.",
      "Blad Cursussen, rij 4, kolom Organisatie: een cursus hoort bij een opleider.",
      "Blad Aanbod, rij 5, kolom Organisatie: aanbod hoort bij een bedrijf of opleider.",
    ]);
  });

  it("is never an organisation people have claimed: in the network, or a first-sheet row that is one", () => {
    const out = check([offerRow(2, { organisation: "Metaalbedrijf Vos" }), offerRow(3, { organisation: "Installatiebedrijf Zon" }), courseRow(4, { organisation: "11111111" })]);
    expect(out.offers.map((o) => o.owner)).toEqual([{ row: 2 }]);
    expect(out.errors.map(nl)).toEqual([
      "Blad Aanbod, rij 2, kolom Organisatie: deze organisatie heeft al eigen beheerders op Technohub; zij zetten hun aanbod en cursussen zelf klaar. Haal deze rij weg of vraag de organisatie haar aanbod toe te voegen.",
    ]);
    // Installatiebedrijf Zon (first-sheet row 2) turns out to be a claimed organisation of the platform.
    const claimed = withoutManagedOwners(out, new Set([2]));
    expect(claimed.offers).toEqual([]);
    expect(claimed.courses.map((c) => c.owner)).toEqual([{ id: "n1" }]);
    expect(claimed.errors.map((e) => [e.sheet, e.row, e.column, e.message])).toEqual([
      ["offers", 2, "organisation", "onboarding.item.ownerManaged"],
      ["offers", 3, "organisation", "onboarding.item.ownerManaged"],
    ]);
  });

  it("asks for the KvK number when a name is two organisations'", () => {
    const out = checkItems([offerRow(2, { organisation: "Zon" })], { organisationRows: [org(2, "Zon", "bedrijf"), { row: 3, cells: { name: "Zon", kind: "bedrijf", place: "Zeist" } }], network: [], topics: TOPICS, now: NOW });
    expect(out.errors.map((e) => e.message)).toEqual(["onboarding.item.ownerAmbiguous"]);
  });
});

describe("a workbook's sheets", () => {
  it("reads the organisations from the first sheet and the offers and courses from theirs; Uitleg is not read", () => {
    const { rows, errors } = rowsFromSheets([
      { name: "Organisaties", table: [templateHeadings(), COLUMNS.map((c) => TEMPLATE_EXAMPLES[0]![c])] },
      ...templateItemSheets().map((s) => ({ name: s.name, table: [s.headings, ...s.examples] })),
      { name: "Uitleg", table: [["Organisaties importeren"]] },
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => `${r.sheet ?? "organisations"}:${r.row}`)).toEqual(["organisations:2", "offers:2", "courses:2"]);
  });

  it("names an unknown or missing heading by its sheet; a file of offers alone needs no organisations", () => {
    const { errors } = rowsFromSheets([{ name: SHEET_NAMES.offers, table: [["Organisatie", "Titel", "Kleur"], ["Zon", "Les", "rood"]] }]);
    expect(errors.map(nl)).toContain("Blad Aanbod, rij 1: de kolom ‘Kleur’ kennen we niet; gebruik de koppen uit het sjabloon.");
    expect(errors.map(nl)).toContain("Blad Aanbod, rij 1, kolom Niveau: de kolom ‘Niveau’ ontbreekt.");
    expect(errors.map((e) => e.message)).not.toContain("onboarding.row.empty");
  });

  it("accepts the template's example offer and course as they are, against its example organisations", () => {
    const organisationRows = TEMPLATE_EXAMPLES.map((e, i): RawRow => ({ row: i + 2, cells: { ...e } }));
    const out = checkItems(
      [...OFFER_EXAMPLES.map((c, i): RawRow => ({ sheet: "offers", row: i + 2, cells: { ...c } as RawRow["cells"] })), ...COURSE_EXAMPLES.map((c, i): RawRow => ({ sheet: "courses", row: i + 2, cells: { ...c } as RawRow["cells"] }))],
      { organisationRows, network: [], topics: TOPICS, now: NOW },
    );
    expect(out.errors).toEqual([]);
    expect(out.offers.map((o) => o.owner)).toEqual([{ row: 2 }]);
    expect(out.courses.map((c) => c.owner)).toEqual([{ row: 4 }]);
  });
});
