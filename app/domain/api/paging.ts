/**
 * Pages of an API list (ADR 028): `page` and `pageSize` in the query, the page's place in the
 * body (`page`) and links to self, first, last, prev and next both in the body (`links`) and in
 * an RFC 8288 `Link` header, so a client can follow pages without building addresses itself.
 */
import { z } from "zod";
import { MAX_PAGE } from "../common/paging.ts";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The paging parameters every list takes; spread into a list's query schema. */
export const pagingQuery = {
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).meta({ description: "The page, from 1.", example: 1 }),
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
