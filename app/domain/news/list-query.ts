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

const isProvince = (value: string): value is Province => (PROVINCES as readonly string[]).includes(value);

/**
 * The news list's address as a person typed, shared or submitted it. Never throws: what is not a
 * province or a page number is left out, and the page says so. A network's news is one network,
 * whatever province the address also names.
 */
export function parseNewsListQuery(params: URLSearchParams): NewsListQuery {
  const networkSlug = params.get("netwerk")?.trim().slice(0, 200) || undefined;
  const rawProvince = params.get("provincie")?.trim() ?? "";
  const province = networkSlug === undefined && isProvince(rawProvince) ? rawProvince : null;
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
