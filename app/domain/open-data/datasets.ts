import { z } from "zod";
import type { CsvValue } from "./csv.ts";

/**
 * The open data sets (ADR 032): what each holds, in which columns, and how a file is named. Only
 * fields the site already shows to every visitor go in, and of those none that can name a person:
 * no e-mail addresses, no project leaders, no street addresses (a one-person company's address is
 * often a home). The same keys head the CSV columns and the JSON properties.
 */
export const DATASETS = ["netwerken", "samenwerkingen", "organisaties"] as const;
export type DatasetId = (typeof DATASETS)[number];

export const FORMATS = {
  csv: { mediaType: "text/csv", contentType: "text/csv; charset=utf-8; header=present", label: "CSV" },
  json: { mediaType: "application/json", contentType: "application/json; charset=utf-8", label: "JSON" },
} as const;
export type FormatId = keyof typeof FORMATS;

/** "netwerken.csv" → the data set and format it names; anything else is not a file we serve. */
export const datasetFileSchema = z
  .string()
  .regex(/^[a-z]+\.[a-z]+$/)
  .transform((file) => {
    const [dataset, format] = file.split(".") as [string, string];
    return { dataset, format };
  })
  .pipe(z.object({ dataset: z.enum(DATASETS), format: z.enum(["csv", "json"]) }));

export const fileName = (dataset: DatasetId, format: FormatId) => `${dataset}.${format}`;

export type NetworkRow = {
  slug: string;
  name: string;
  kind: string;
  summary: string;
  province: string | null;
  country: string;
  cooperationType: string | null;
  educationSectors: string[];
  economicSector: string | null;
  tags: string[];
  focusAreas: string[];
  startYear: number | null;
  website: string | null;
  updatedAt: Date;
};

export type PartnershipRow = {
  networkSlug: string;
  networkName: string;
  organisationSlug: string;
  organisationName: string;
  organisationKind: string;
  role: "penvoerder" | "partner" | "member";
};

export type OrganisationRow = {
  slug: string;
  name: string;
  kind: string;
  place: string | null;
  province: string | null;
  website: string | null;
  kvkNumber: string | null;
  sector: string | null;
  educationLevels: string[];
  verified: boolean;
  updatedAt: Date;
};

/** A column: its key, and its value in JSON (lists stay lists) and in CSV (lists joined by "; "). */
type Column<R> = { key: string; json: (row: R, origin: string) => unknown };
const col = <R>(key: string, json: (row: R, origin: string) => unknown): Column<R> => ({ key, json });

export const COLUMNS: { netwerken: Column<NetworkRow>[]; samenwerkingen: Column<PartnershipRow>[]; organisaties: Column<OrganisationRow>[] } = {
  netwerken: [
    col("slug", (r) => r.slug),
    col("name", (r) => r.name),
    col("kind", (r) => r.kind),
    col("summary", (r) => r.summary),
    col("province", (r) => r.province),
    col("country", (r) => r.country),
    col("cooperationType", (r) => r.cooperationType),
    col("educationSectors", (r) => r.educationSectors),
    col("economicSector", (r) => r.economicSector),
    col("tags", (r) => r.tags),
    col("focusAreas", (r) => r.focusAreas),
    col("startYear", (r) => r.startYear),
    col("website", (r) => r.website),
    col("url", (r, origin) => `${origin}/netwerken/${r.slug}`),
    col("modified", (r) => r.updatedAt.toISOString()),
  ],
  samenwerkingen: [
    col("networkSlug", (r) => r.networkSlug),
    col("networkName", (r) => r.networkName),
    col("organisationSlug", (r) => r.organisationSlug),
    col("organisationName", (r) => r.organisationName),
    col("organisationKind", (r) => r.organisationKind),
    col("role", (r) => r.role),
  ],
  organisaties: [
    col("slug", (r) => r.slug),
    col("name", (r) => r.name),
    col("kind", (r) => r.kind),
    col("place", (r) => r.place),
    col("province", (r) => r.province),
    col("website", (r) => r.website),
    col("kvkNumber", (r) => r.kvkNumber),
    col("sector", (r) => r.sector),
    col("educationLevels", (r) => r.educationLevels),
    col("verified", (r) => r.verified),
    col("url", (r, origin) => `${origin}/organisaties/${r.slug}`),
    col("modified", (r) => r.updatedAt.toISOString()),
  ],
};

export type RowOf<D extends DatasetId> = { netwerken: NetworkRow; samenwerkingen: PartnershipRow; organisaties: OrganisationRow }[D];

export const headerOf = (dataset: DatasetId): string[] => COLUMNS[dataset].map((c) => c.key);

/** A row as a JSON object with the data set's keys, in column order. */
export function jsonRecord<D extends DatasetId>(dataset: D, row: RowOf<D>, origin: string): Record<string, unknown> {
  const columns = COLUMNS[dataset] as Column<RowOf<D>>[];
  return Object.fromEntries(columns.map((c) => [c.key, c.json(row, origin) ?? null]));
}

/** A row as CSV values: a list becomes one cell, its items joined by "; ". */
export function csvRecord<D extends DatasetId>(dataset: D, row: RowOf<D>, origin: string): CsvValue[] {
  const columns = COLUMNS[dataset] as Column<RowOf<D>>[];
  return columns.map((c) => {
    const value = c.json(row, origin);
    return Array.isArray(value) ? value.join("; ") : (value as CsvValue);
  });
}
