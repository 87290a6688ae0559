import { z } from "zod";
import { parsePage } from "../common/paging.ts";
import { PROVINCES, type Province } from "../common/provinces.ts";

export type NewsListQuery = {
  /** One network's news: the address its page links to (`?netwerk=`). */
  networkSlug: string | undefined;
  /** The news of the networks in one province: the page's own filter (`?provincie=`). */
  province: Province | null;
  page: number;
  /** The address asked for a page number that is not one. */
  ignored: boolean;
  /** The address named a province that is not one of the twelve: the page says so and shows all news. */
  provinceIgnored: boolean;
};

/** The parameters of the news list's address: the province form's field and a network's link. */
export const NEWS_LIST_FIELDS = ["provincie", "netwerk"] as const;

/**
 * The province filter in its own spelling: the API's `province` (a bad one is a 400 naming it),
 * the same twelve the page reads (parseNewsListQuery, which also takes them in other capitals).
 * Marked pure: the page's component imports this module only for newsListHref, so the bundler
 * leaves the schema, and Zod, out of the browser's code (ADR 020).
 */
export const newsProvince = /* @__PURE__ */ z.enum(PROVINCES);

/** A province as an address may spell it (`utrecht`, `Noord-Brabant`), in its own spelling. */
const provinceOf = (value: string): Province | undefined => PROVINCES.find((p) => p.toLowerCase() === value.toLowerCase());

/**
 * The news list's address as a person typed, shared or submitted it. Never throws: what is not
 * one of the twelve provinces (in capitals or not) or a page number is left out, and the page says so. A network's news is
 * one network, whatever province the address also names. A network without a province (a
 * national one) is in the news of the whole country only.
 */
export function parseNewsListQuery(params: URLSearchParams): NewsListQuery {
  const networkSlug = params.get("netwerk")?.slice(0, 200).trim() || undefined;
  const rawProvince = params.get("provincie")?.trim() ?? "";
  const province = networkSlug === undefined ? (provinceOf(rawProvince) ?? null) : null;
  const { page, ignored } = parsePage(params.get("pagina"));
  return { networkSlug, province, page, ignored, provinceIgnored: networkSlug === undefined && rawProvince !== "" && province === null };
}

/** The address of a page of the list, keeping its filter. */
export function newsListHref(query: { networkSlug?: string | undefined; province?: Province | null }, page: number): string {
  const params = new URLSearchParams();
  if (query.networkSlug) params.set("netwerk", query.networkSlug);
  else if (query.province) params.set("provincie", query.province);
  if (page > 1) params.set("pagina", String(page));
  const search = params.toString();
  return search ? `/nieuws?${search}` : "/nieuws";
}
