import { describe, expect, it } from "vitest";
import {
  fieldSchema,
  normaliseValue,
  outsideVocabulary,
  PROFILE_FIELD,
  PROFILE_FIELDS,
  profileSchema,
  profileValuesOf,
  type ProfileValues,
} from "./profile-fields.ts";

const profile: ProfileValues = {
  name: "Technologieroute",
  summary: "Samen leren in de techniek.",
  description: "",
  province: "Utrecht",
  cooperationType: "Regio-initiatief (oud)",
  educationSectors: ["vmbo", "mbo"],
  economicSector: "Maakindustrie",
  tags: ["hybride docent"],
  focusAreas: [],
  startYear: 2019,
  contactEmail: "info@example.nl",
  projectLeader: null,
  website: "https://www.example.nl",
};

const parse = (name: keyof ProfileValues, value: unknown, options?: { maxYear?: number }) =>
  fieldSchema(PROFILE_FIELD[name], options).safeParse(value);
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("profile fields", () => {
  it("lists the thirteen editable fields, each with a label key", () => {
    expect(PROFILE_FIELDS.map((f) => f.name)).toEqual([
      "name",
      "summary",
      "description",
      "province",
      "cooperationType",
      "educationSectors",
      "economicSector",
      "tags",
      "focusAreas",
      "startYear",
      "contactEmail",
      "projectLeader",
      "website",
    ]);
    for (const field of PROFILE_FIELDS) expect(field.label).toMatch(/^networks\.proposals\.field\./);
  });

  it("trims text and stores empty text as the column's empty value", () => {
    expect(parse("summary", "  Nieuw  ").data).toBe("Nieuw");
    expect(parse("summary", "   ").data).toBe("");
    expect(parse("projectLeader", "   ").data).toBeNull();
    expect(parse("projectLeader", undefined).data).toBeNull();
  });

  it("requires a name", () => {
    const result = parse("name", "  ");
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toBe("form.required");
  });

  it("limits the length of text with a message that names the limit", () => {
    const result = parse("summary", "x".repeat(601));
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toBe("networks.proposals.fieldError.tooLong.600");
    expect(parse("summary", "x".repeat(600)).success).toBe(true);
  });

  it("accepts an e-mail address or nothing", () => {
    expect(parse("contactEmail", " info@technohub.nl ").data).toBe("info@technohub.nl");
    expect(parse("contactEmail", "").data).toBeNull();
    expect(firstMessage(parse("contactEmail", "info@"))).toBe("networks.proposals.fieldError.email");
  });

  it("accepts only http(s) web addresses", () => {
    expect(parse("website", "https://technologieroute.nl").data).toBe("https://technologieroute.nl");
    expect(parse("website", "").data).toBeNull();
    expect(firstMessage(parse("website", "javascript:alert(1)"))).toBe("networks.proposals.fieldError.url");
    expect(firstMessage(parse("website", "technologieroute"))).toBe("networks.proposals.fieldError.url");
    expect(firstMessage(parse("website", "http://localhost"))).toBe("networks.proposals.fieldError.url");
  });

  it("reads a start year as a whole number within range", () => {
    expect(parse("startYear", " 2021 ").data).toBe(2021);
    expect(parse("startYear", "").data).toBeNull();
    expect(firstMessage(parse("startYear", "twintig"))).toBe("networks.proposals.fieldError.year");
    expect(firstMessage(parse("startYear", "1850"))).toBe("networks.proposals.fieldError.year");
    expect(firstMessage(parse("startYear", "2031", { maxYear: 2027 }))).toBe("networks.proposals.fieldError.year");
    expect(parse("startYear", "2027", { maxYear: 2027 }).data).toBe(2027);
  });

  it("reads a free list one item per line, trimmed, without blanks or duplicates", () => {
    expect(parse("tags", "hybride docent\n  praktijklokaal \n\nHybride docent\nBouw, installatie").data).toEqual([
      "hybride docent",
      "praktijklokaal",
      "Bouw, installatie",
    ]);
    expect(parse("tags", undefined).data).toEqual([]);
    expect(parse("educationSectors", ["vmbo", "mbo"]).data).toEqual(["vmbo", "mbo"]);
  });

  it("limits the length of each list item", () => {
    expect(firstMessage(parse("tags", "x".repeat(81)))).toBe("networks.proposals.fieldError.itemTooLong.80");
  });

  it("parses a whole form into canonical values", () => {
    const result = profileSchema().safeParse({
      name: " Technologieroute ",
      summary: "Kort",
      description: "",
      province: "Utrecht",
      cooperationType: "",
      educationSectors: ["vmbo"],
      economicSector: "",
      tags: "a\nb",
      focusAreas: "",
      startYear: "2019",
      contactEmail: "",
      projectLeader: "",
      website: "",
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ name: "Technologieroute", cooperationType: null, tags: ["a", "b"], focusAreas: [], startYear: 2019 });
  });

  it("checks new choice values against the vocabulary but keeps values the profile already holds", () => {
    expect(outsideVocabulary({ province: "Atlantis" }, profile)).toBe("province");
    expect(outsideVocabulary({ province: "Gelderland" }, profile)).toBeNull();
    expect(outsideVocabulary({ province: null }, profile)).toBeNull();
    expect(outsideVocabulary({ cooperationType: "Regio-initiatief (oud)" }, profile)).toBeNull();
    expect(outsideVocabulary({ educationSectors: ["vmbo", "kleuterschool"] }, profile)).toBe("educationSectors");
    expect(outsideVocabulary({ educationSectors: ["hbo"] }, profile)).toBeNull();
    expect(outsideVocabulary({ tags: ["iets nieuws"] }, profile)).toBeNull();
  });

  it("normalises a stored row to the editable values only", () => {
    const row = { ...profile, id: "x", searchText: "y", tags: [" a ", "a"] } as ProfileValues;
    const values = profileValuesOf(row);
    expect(Object.keys(values)).toHaveLength(13);
    expect(values.tags).toEqual(["a"]);
    expect(normaliseValue(PROFILE_FIELD.startYear, "abc")).toBeNull();
  });
});
