import { describe, expect, it } from "vitest";
import { jsonLdText } from "../common/json-ld.ts";
import { jsonLdOf, richResultProblems } from "../common/rich-results.ts";
import { catalogJsonLd, describeDatasets, LICENCE, type CatalogInput } from "./dcat.ts";
import { csvRecord, datasetFileSchema, headerOf, jsonRecord, type OrganisationRow } from "./datasets.ts";

const input: CatalogInput = {
  origin: "https://technohub.example",
  title: "Technohub open data",
  description: "Netwerken voor techniekonderwijs.",
  publisher: "Technohub",
  contactEmail: "data@technohub.example",
  datasets: [
    {
      id: "netwerken",
      title: "Netwerken en samenwerkingsverbanden",
      description: "Alle netwerken in de gids, met soort, provincie, sectoren, thema's, startjaar en website.",
      keywords: ["techniekonderwijs"],
      count: 3,
      issued: new Date("2026-01-05T10:00:00Z"),
      modified: new Date("2026-11-30T15:00:00Z"),
    },
  ],
};

describe("describeDatasets", () => {
  it("fills every DCAT-AP-NL field the page shows", () => {
    const [d] = describeDatasets(input);
    expect(d).toMatchObject({
      identifier: "https://technohub.example/open-data#netwerken",
      publisher: { name: "Technohub", url: "https://technohub.example" },
      contactPoint: { email: "data@technohub.example" },
      licence: LICENCE,
      theme: { url: "http://publications.europa.eu/resource/authority/data-theme/EDUC" },
      language: { url: "http://publications.europa.eu/resource/authority/language/NLD" },
      spatial: { url: "http://publications.europa.eu/resource/authority/country/NLD" },
    });
    expect(d!.distributions).toEqual([
      { format: "csv", formatLabel: "CSV", mediaType: "text/csv", accessURL: "https://technohub.example/open-data", downloadURL: "https://technohub.example/open-data/netwerken.csv" },
      { format: "json", formatLabel: "JSON", mediaType: "application/json", accessURL: "https://technohub.example/open-data", downloadURL: "https://technohub.example/open-data/netwerken.json" },
    ]);
  });
});

describe("catalogJsonLd", () => {
  it("is a DataCatalog whose Datasets meet Google's dataset requirements, and parses back from the page", () => {
    const ld = catalogJsonLd(input);
    expect(richResultProblems(ld)).toEqual({ errors: [], warnings: [] });
    const [back] = jsonLdOf(`<script type="application/ld+json">${jsonLdText(ld)}</script>`) as [typeof ld];
    expect(back["@type"]).toBe("DataCatalog");
    expect(back.dataset[0]).toMatchObject({ "@type": "Dataset", license: LICENCE.url, datePublished: "2026-01-05", dateModified: "2026-11-30" });
    expect(back.dataset[0]!.distribution.map((x) => x.encodingFormat)).toEqual(["text/csv", "application/json"]);
  });

  it("is flagged when a dataset's description is too short for Google", () => {
    const ld = catalogJsonLd({ ...input, datasets: [{ ...input.datasets[0]!, description: "Te kort." }] });
    expect(richResultProblems(ld).errors).toContain("Dataset.description must be 50 to 5000 characters");
  });
});

describe("datasetFileSchema", () => {
  it("knows the files it serves and nothing else", () => {
    expect(datasetFileSchema.parse("organisaties.json")).toEqual({ dataset: "organisaties", format: "json" });
    for (const bad of ["organisaties.xlsx", "personen.csv", "../netwerken.csv", "netwerken", "netwerken.csv.csv"]) expect(datasetFileSchema.safeParse(bad).success).toBe(false);
  });
});

describe("records", () => {
  const org: OrganisationRow = {
    slug: "kiremko",
    name: "=Kiremko, B.V.",
    kind: "company",
    place: "Montfoort",
    province: "Utrecht",
    website: "https://www.kiremko.nl",
    kvkNumber: "30123456",
    sector: "hightech",
    educationLevels: ["mbo-2", "mbo-3"],
    verified: true,
    updatedAt: new Date("2026-10-01T12:00:00Z"),
  };

  it("keep lists as lists in JSON and the text unchanged", () => {
    const json = jsonRecord("organisaties", org, "https://t.example");
    expect(Object.keys(json)).toEqual(headerOf("organisaties"));
    expect(json).toMatchObject({ name: "=Kiremko, B.V.", educationLevels: ["mbo-2", "mbo-3"], verified: true, url: "https://t.example/organisaties/kiremko" });
  });

  it("join lists in one CSV cell, in the header's order", () => {
    const values = csvRecord("organisaties", org, "https://t.example");
    expect(values).toHaveLength(headerOf("organisaties").length);
    expect(values[headerOf("organisaties").indexOf("educationLevels")]).toBe("mbo-2; mbo-3");
  });

  it("carry no column that could name a person", () => {
    const all = [...headerOf("netwerken"), ...headerOf("samenwerkingen"), ...headerOf("organisaties")].join(" ");
    expect(all).not.toMatch(/email|mail|leader|contact|street|postcode|phone/i);
  });
});
