import { describe, expect, it } from "vitest";
import { addressChanged, organisationFormSchema, organisationProblems, type OrganisationInput } from "./form.ts";

const base = { name: "Kiremko", kind: "company", place: "Woerden" };

function parse(input: Record<string, unknown>) {
  return organisationFormSchema.safeParse(input);
}
function errors(input: Record<string, unknown>) {
  const result = parse(input);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
}

describe("organisation form", () => {
  it("normalises a company", () => {
    const result = parse({
      ...base,
      name: "  Kiremko  ",
      kvkNumber: "3012 3456",
      postcode: "3447gr",
      website: "www.kiremko.nl",
      email: "Info@Kiremko.nl",
      sector: "Maakindustrie",
      sizeClass: "50-249",
      street: " Zuidzijde 12 ",
      province: "Utrecht",
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      name: "Kiremko",
      kvkNumber: "30123456",
      postcode: "3447 GR",
      website: "https://www.kiremko.nl",
      email: "info@kiremko.nl",
      sector: "Maakindustrie",
      sizeClass: "50-249",
      street: "Zuidzijde 12",
      province: "Utrecht",
      educationLevels: [],
      description: "",
      confirmDuplicate: false,
    });
  });

  it("refuses a bad KvK number for a company with a message beside the field", () => {
    expect(errors({ ...base, kvkNumber: "1234" })).toEqual({ kvkNumber: "organisations.form.kvk.invalid" });
  });

  it("keeps only the fields of the chosen kind: a school ignores company fields", () => {
    const result = parse({ ...base, kind: "school", kvkNumber: "not checked", sector: "x", educationLevels: ["vmbo-kader", "havo"] });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ kind: "school", kvkNumber: null, sector: null, sizeClass: null, educationLevels: ["vmbo-kader", "havo"] });
  });

  it("a company ignores education levels", () => {
    const result = parse({ ...base, educationLevels: ["havo"] });
    expect(result.data?.educationLevels).toEqual([]);
  });

  it("checks a school's levels against the list", () => {
    expect(errors({ ...base, kind: "school", educationLevels: ["havo", "universiteit"] })).toEqual({
      "educationLevels.1": "organisations.form.educationLevels.invalid",
    });
  });

  it("a provider offers education levels and has a sector, but no KvK number or size", () => {
    const result = parse({ ...base, kind: "provider", kvkNumber: "1", sizeClass: "1-9", sector: "Maakindustrie", educationLevels: ["mbo-2", "mbo-3"] });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ kind: "provider", kvkNumber: null, sizeClass: null, sector: "Maakindustrie", educationLevels: ["mbo-2", "mbo-3"] });
  });

  it("a public body or fund has no kind-specific fields", () => {
    for (const kind of ["public_body", "fund"]) {
      const result = parse({ ...base, kind, kvkNumber: "1", educationLevels: ["havo"] });
      expect(result.success).toBe(true);
      expect(result.data).toMatchObject({ kind, kvkNumber: null, educationLevels: [] });
    }
  });

  it("reports every broken field in one round", () => {
    expect(errors({ name: " ", kind: "company", place: "", postcode: "12", kvkNumber: "12", website: "nope", email: "nope" })).toEqual({
      name: "organisations.form.name.required",
      place: "organisations.form.place.required",
      postcode: "organisations.form.postcode.invalid",
      website: "organisations.form.website.invalid",
      email: "organisations.form.email.invalid",
      kvkNumber: "organisations.form.kvk.invalid",
    });
  });

  it("reads a school's BRIN and vestigingsnummer as typed", () => {
    const result = parse({ ...base, kind: "school", brin: " 12ab ", branchNumber: "1" });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ brin: "12AB", branchNumber: "01" });
    expect(parse({ ...base, kind: "provider", brin: "25LP", branchNumber: "" }).data).toMatchObject({ brin: "25LP", branchNumber: null });
  });

  it("refuses a bad BRIN or vestigingsnummer with a message beside the field", () => {
    expect(errors({ ...base, kind: "school", brin: "AB12", branchNumber: "123" })).toEqual({
      brin: "organisations.form.brin.invalid",
      branchNumber: "organisations.form.branchNumber.invalid",
    });
    expect(errors({ ...base, kind: "school", brin: "12AB01" })).toEqual({ brin: "organisations.form.brin.invalid" });
    expect(errors({ ...base, kind: "school", branchNumber: "01" })).toEqual({ branchNumber: "organisations.form.branchNumber.withoutBrin" });
  });

  it("a company's BRIN fields are ignored, as a school's KvK field is", () => {
    expect(parse({ ...base, brin: "not checked", branchNumber: "x" }).data).toMatchObject({ brin: null, branchNumber: null });
  });

  it("asks for a kind", () => {
    expect(errors({ ...base, kind: "" })).toEqual({ kind: "organisations.form.kind.required" });
    expect(errors({ ...base, kind: "club" })).toEqual({ kind: "organisations.form.kind.required" });
  });

  it("reads the duplicate confirmation checkbox", () => {
    expect(parse({ ...base, confirmDuplicate: "on" }).data?.confirmDuplicate).toBe(true);
  });
});

describe("organisationProblems", () => {
  const valid: OrganisationInput = {
    name: "Kiremko",
    kind: "company",
    description: "",
    website: null,
    email: null,
    street: null,
    postcode: "3447 GR",
    place: "Woerden",
    province: null,
    educationLevels: [],
    sector: null,
    sizeClass: null,
    kvkNumber: "30123456",
    brin: null,
    branchNumber: null,
  };

  it("finds nothing wrong with valid input", () => {
    expect(organisationProblems(valid)).toEqual({});
  });

  it("names each broken rule", () => {
    expect(organisationProblems({ ...valid, kvkNumber: "1234" })).toEqual({ kvkNumber: "organisations.form.kvk.invalid" });
    expect(organisationProblems({ ...valid, postcode: "3447gr" })).toEqual({ postcode: "organisations.form.postcode.invalid" });
    expect(organisationProblems({ ...valid, kind: "school" })).toEqual({ kvkNumber: "organisations.form.kvk.invalid" });
    expect(organisationProblems({ ...valid, kind: "school", kvkNumber: null, sector: "Bouw" })).toEqual({ sector: "organisations.form.sector.invalid" });
    expect(organisationProblems({ ...valid, kind: "provider", kvkNumber: null, sector: "Bouw", educationLevels: ["mbo-4"] })).toEqual({});
    expect(organisationProblems({ ...valid, educationLevels: ["havo"] })).toEqual({
      educationLevels: "organisations.form.educationLevels.invalid",
    });
  });

  it("checks BRIN and vestigingsnummer: stored form, only for schools and providers, a vestiging only with a BRIN", () => {
    const school = { ...valid, kind: "school" as const, kvkNumber: null };
    expect(organisationProblems({ ...school, brin: "12AB", branchNumber: "01" })).toEqual({});
    expect(organisationProblems({ ...school, brin: "12ab" })).toEqual({ brin: "organisations.form.brin.invalid" });
    expect(organisationProblems({ ...school, brin: "12AB", branchNumber: "1" })).toEqual({ branchNumber: "organisations.form.branchNumber.invalid" });
    expect(organisationProblems({ ...school, branchNumber: "01" })).toEqual({ branchNumber: "organisations.form.branchNumber.withoutBrin" });
    expect(organisationProblems({ ...valid, brin: "12AB" })).toEqual({ brin: "organisations.form.brin.invalid" });
  });
});

describe("addressChanged", () => {
  const a = { street: "Zuidzijde 12", postcode: "3447 GR", place: "Woerden" };
  it("ignores case and spacing", () => {
    expect(addressChanged(a, { ...a, place: " woerden " })).toBe(false);
  });
  it("sees a new street, postcode or place", () => {
    expect(addressChanged(a, { ...a, street: "Zuidzijde 14" })).toBe(true);
    expect(addressChanged(a, { ...a, postcode: null })).toBe(true);
    expect(addressChanged(a, { ...a, place: "Utrecht" })).toBe(true);
  });
});
