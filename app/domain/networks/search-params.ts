/**
 * Reads the directory search from a URL (the loader's side of search-query.ts). Kept apart so the
 * Zod schemas stay on the server: the pages that only build search links do not ship them (ADR 020).
 */
import { z } from "zod";
import { EDUCATION_SECTORS, NETWORK_KINDS, PROVINCES } from "./vocabulary.ts";
import {
  emptyFilters,
  FACET_PARAMS,
  FACETS,
  MAX_IGNORED,
  MAX_PAGE,
  MAX_PARAMS,
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_FACET,
  type FacetKey,
  type IgnoredParam,
  type NetworkFilters,
} from "./search-query.ts";

/** Free-text facets hold labels as networks publish them; only their length is checked. */
const freeText = z.string().trim().min(1).max(100);

/** Case-insensitive match on a closed vocabulary, normalised to the stored spelling. */
const oneOf = (values: readonly string[]) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const found = values.find((known) => known.toLowerCase() === v.toLowerCase());
      if (!found) ctx.addIssue({ code: "custom", message: "networks.ignoredValue" });
      return found ?? v;
    });

const FACET_VALUE: Record<FacetKey, z.ZodType<string, string>> = {
  province: oneOf(PROVINCES),
  kind: oneOf(NETWORK_KINDS),
  cooperationType: freeText,
  educationSector: oneOf(EDUCATION_SECTORS),
  economicSector: freeText,
  tag: freeText,
  focusArea: freeText,
  startYear: z
    .string()
    .trim()
    .regex(/^\d{4}$/)
    .refine((v) => Number(v) >= 1900 && Number(v) <= 2100),
};

const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE);

/** Reads the search from a URL's query string. Never throws: what cannot be used is listed in `ignored`. */
export function parseNetworkSearchParams(params: URLSearchParams): { filters: NetworkFilters; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const filters = emptyFilters();
  let budget = MAX_PARAMS;

  const q = (params.get("q") ?? "").trim().replace(/\s+/g, " ");
  if (q.length > MAX_QUERY_LENGTH) {
    ignored.push({ param: "q", value: `${q.slice(0, 40)}…` });
    filters.q = q.slice(0, MAX_QUERY_LENGTH).trim();
  } else {
    filters.q = q;
  }

  for (const facet of FACETS) {
    const param = FACET_PARAMS[facet];
    const values: string[] = [];
    for (const raw of params.getAll(param)) {
      if (raw.trim() === "") continue; // an untouched form field, not a mistake
      if (budget-- <= 0) break;
      const parsed = FACET_VALUE[facet].safeParse(raw);
      if (!parsed.success) {
        ignored.push({ param, value: raw.slice(0, 60) });
        continue;
      }
      if (!values.includes(parsed.data) && values.length < MAX_VALUES_PER_FACET) values.push(parsed.data);
    }
    filters.facets[facet] = values;
  }

  const rawPage = params.get("pagina");
  if (rawPage !== null && rawPage.trim() !== "") {
    const page = pageSchema.safeParse(rawPage.trim());
    if (page.success) filters.page = page.data;
    else ignored.push({ param: "pagina", value: rawPage.slice(0, 20) });
  }
  return { filters, ignored: ignored.slice(0, MAX_IGNORED) };
}
