import { FORMATS, fileName, type DatasetId, type FormatId } from "./datasets.ts";

/**
 * The description of the open data (ADR 032) with the fields of DCAT-AP-NL, once as plain values
 * for the page and once as schema.org JSON-LD (a DataCatalog holding a Dataset per data set) for
 * search engines and data portals. The vocabularies are the EU's, as DCAT-AP-NL prescribes.
 */
export const LICENCE = { id: "CC0-1.0", name: "CC0 1.0 Universeel", url: "https://creativecommons.org/publicdomain/zero/1.0/" } as const;
export const THEME = { label: "EDUC", url: "http://publications.europa.eu/resource/authority/data-theme/EDUC" } as const;
export const LANGUAGE = { code: "nl", url: "http://publications.europa.eu/resource/authority/language/NLD" } as const;
export const SPATIAL = { name: "Nederland", code: "NL", url: "http://publications.europa.eu/resource/authority/country/NLD" } as const;
export const ACCRUAL = { label: "continuous", url: "http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT" } as const;

export type DatasetFacts = { id: DatasetId; title: string; description: string; keywords: string[]; count: number; issued: Date | null; modified: Date | null };

export type CatalogInput = {
  origin: string;
  title: string;
  description: string;
  publisher: string;
  /** The operator's address for questions about the data; the page itself when none is set. */
  contactEmail: string | null;
  datasets: DatasetFacts[];
};

export type Distribution = { format: FormatId; formatLabel: string; mediaType: string; accessURL: string; downloadURL: string };

export type DatasetDescription = DatasetFacts & {
  identifier: string;
  landingPage: string;
  publisher: { name: string; url: string };
  contactPoint: { email: string | null; url: string };
  licence: typeof LICENCE;
  theme: typeof THEME;
  language: typeof LANGUAGE;
  spatial: typeof SPATIAL;
  accrualPeriodicity: typeof ACCRUAL;
  distributions: Distribution[];
};

export const PAGE_PATH = "/open-data";

export function describeDatasets(input: CatalogInput): DatasetDescription[] {
  const page = `${input.origin}${PAGE_PATH}`;
  return input.datasets.map((d) => ({
    ...d,
    identifier: `${page}#${d.id}`,
    landingPage: `${page}#${d.id}`,
    publisher: { name: input.publisher, url: input.origin },
    contactPoint: { email: input.contactEmail, url: page },
    licence: LICENCE,
    theme: THEME,
    language: LANGUAGE,
    spatial: SPATIAL,
    accrualPeriodicity: ACCRUAL,
    distributions: (Object.keys(FORMATS) as FormatId[]).map((format) => ({
      format,
      formatLabel: FORMATS[format].label,
      mediaType: FORMATS[format].mediaType,
      accessURL: page,
      downloadURL: `${page}/${fileName(d.id, format)}`,
    })),
  }));
}

const day = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : undefined);

/** schema.org DataCatalog with its Datasets: what Google's dataset search and data portals read. */
export function catalogJsonLd(input: CatalogInput, described = describeDatasets(input)) {
  const page = `${input.origin}${PAGE_PATH}`;
  const publisher = {
    "@type": "Organization",
    name: input.publisher,
    url: input.origin,
    contactPoint: { "@type": "ContactPoint", contactType: "open data", url: page, ...(input.contactEmail ? { email: input.contactEmail } : {}) },
  };
  return {
    "@context": "https://schema.org",
    "@type": "DataCatalog",
    "@id": page,
    name: input.title,
    description: input.description,
    url: page,
    inLanguage: LANGUAGE.code,
    license: LICENCE.url,
    publisher,
    dataset: described.map((d) => ({
      "@type": "Dataset",
      "@id": d.identifier,
      identifier: d.identifier,
      name: d.title,
      description: d.description,
      url: d.landingPage,
      keywords: d.keywords,
      license: d.licence.url,
      isAccessibleForFree: true,
      inLanguage: d.language.code,
      creator: publisher,
      publisher,
      datePublished: day(d.issued),
      dateModified: day(d.modified),
      spatialCoverage: { "@type": "Place", name: d.spatial.name, address: { "@type": "PostalAddress", addressCountry: d.spatial.code }, sameAs: d.spatial.url },
      about: { "@type": "DefinedTerm", name: d.theme.label, url: d.theme.url },
      includedInDataCatalog: { "@type": "DataCatalog", "@id": page, name: input.title },
      distribution: d.distributions.map((x) => ({ "@type": "DataDownload", encodingFormat: x.mediaType, contentUrl: x.downloadURL })),
    })),
  };
}

