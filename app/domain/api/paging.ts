/**
 * Pages of an API list (ADR 028): `page` and `pageSize` in the query, the page's place in the
 * body (`page`) and links to self, first, last, prev and next both in the body (`links`) and in
 * an RFC 8288 `Link` header, so a client can follow pages without building addresses itself.
 */
import { z } from "zod";
import { MAX_PAGE, paging } from "../common/paging.ts";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The page parameter every list takes; spread into a list's query schema. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).meta({ description: "The page, from 1.", example: 1 }),
};

/** A list whose use-case lets the client choose the page's size takes both. */
export const pagingQuery = {
  ...pageQuery,
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: `Items per page (at most ${MAX_PAGE_SIZE}).`, example: DEFAULT_PAGE_SIZE }),
};

const Href = z.object({ href: z.url().meta({ example: "https://technohub.nl/api/v1/networks?page=2" }) }).meta({ id: "Link" });

export const PageLinks = z
  .object({ self: Href, first: Href, last: Href, prev: Href.optional(), next: Href.optional() })
  .meta({ id: "PageLinks", description: "Links to this page and its neighbours." });
export type PageLinks = z.infer<typeof PageLinks>;

export const PageInfo = z
  .object({
    number: z.int().min(1).meta({ example: 1 }),
    size: z.int().min(1).meta({ example: 20 }),
    totalElements: z.int().min(0).meta({ example: 128 }),
    totalPages: z.int().min(1).meta({ example: 7 }),
  })
  .meta({ id: "PageInfo", description: "Where this page lies in the whole list." });
export type PageInfo = z.infer<typeof PageInfo>;

/**
 * The links of one page. `url` is the request's address: its other parameters are kept, only
 * `page` changes, and page 1 is written out so every link names its page.
 */
export function pageLinks(url: URL, page: number, pageCount: number): PageLinks {
  const at = (n: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(n));
    return { href: next.toString() };
  };
  return {
    self: at(page),
    first: at(1),
    last: at(pageCount),
    ...(page > 1 ? { prev: at(page - 1) } : {}),
    ...(page < pageCount ? { next: at(page + 1) } : {}),
  };
}

/** The same links as an RFC 8288 `Link` header. */
export function linkHeader(links: PageLinks): string {
  return (["self", "first", "prev", "next", "last"] as const)
    .flatMap((rel) => (links[rel] ? [`<${links[rel]!.href}>; rel="${rel}"`] : []))
    .join(", ");
}

/** The body's `page` and `links` of a list, from a use-case's paging. */
export function listPage(url: URL, paging: { page: number; pageCount: number; total: number; pageSize: number }): { page: PageInfo; links: PageLinks } {
  return {
    page: { number: paging.page, size: paging.pageSize, totalElements: paging.total, totalPages: paging.pageCount },
    links: pageLinks(url, paging.page, paging.pageCount),
  };
}

/** The address of a thing's page on the site (`/netwerken/<slug>`), for a resource's `url`. */
export function sitePage(siteUrl: string, section: string, slug: string): string {
  return new URL(`/${section}/${encodeURIComponent(slug)}`, siteUrl).toString();
}

/**
 * One page of a list a use-case answers whole because it is short by nature (a course's upcoming
 * sessions, a network's agenda from today): the same `page`/`pageSize` as every other list, so a
 * client pages every list alike. A page past the end is the last page, as in the other lists.
 */
export function pageOfItems<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; page: number; pageCount: number; total: number; pageSize: number } {
  const at = paging(page, items.length, pageSize);
  return { items: items.slice(at.offset, at.offset + pageSize), page: at.page, pageCount: at.pageCount, total: at.total, pageSize };
}
