/**
 * Pages of a list that can grow without bound (ADR 019). Offset pages: a list of 100,000 offers
 * or 10,000 articles is read a page at a time, and the page number lives in the address
 * (`?pagina=3`) so the pages work without JavaScript and can be shared.
 */

/** Page numbers past this are not a person paging; they would only make the database skip rows. */
export const MAX_PAGE = 10_000;

/**
 * Reads `?pagina=` as a person typed or shared it. Never throws: what is not a whole page number
 * from 1 to MAX_PAGE falls back to page 1, and `ignored` says so, for the page to mention.
 */
export function parsePage(raw: string | null | undefined): { page: number; ignored: boolean } {
  const text = raw?.trim() ?? "";
  if (text === "") return { page: 1, ignored: false };
  if (!/^\d{1,6}$/.test(text)) return { page: 1, ignored: true };
  const page = Number(text);
  if (page < 1 || page > MAX_PAGE) return { page: 1, ignored: true };
  return { page, ignored: false };
}

export type Paging = {
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  offset: number;
  /** The page asked for, when it lay past the last page (the page says so). */
  beyond: number | null;
};

/** Which rows a page holds, once the total is known; a page past the end shows the last page. */
export function paging(requested: number, total: number, pageSize: number): Paging {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const asked = Math.max(1, Math.floor(requested));
  const page = Math.min(asked, pageCount);
  return { page, pageCount, pageSize, total, offset: (page - 1) * pageSize, beyond: asked > pageCount ? asked : null };
}

/**
 * The page links to show: always the first and last, the current one and its
 * neighbours; `null` marks a gap ("…"). Bounded whatever the page count.
 */
export function pageWindow(current: number, pageCount: number): (number | null)[] {
  if (pageCount <= 1) return [];
  const pages = new Set([1, pageCount, current - 1, current, current + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (typeof last === "number" && p - last > 1) out.push(p - last === 2 ? last + 1 : null);
    out.push(p);
  }
  return out;
}
