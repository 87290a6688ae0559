import { notFound } from "~/domain/errors.ts";

/**
 * The URL part of an organisation: "Kiremko B.V." → "kiremko-b-v". Which
 * slug is free is decided by the unique constraint at insert time; this only
 * proposes candidates in order.
 */
const MAX_LENGTH = 80;

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_LENGTH)
    .replace(/-+$/g, "");
  return base || "organisatie";
}

/** The n-th candidate: "naam", "naam-2", "naam-3", … */
export function slugCandidate(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`;
}

/**
 * Whether a path segment can be a slug at all (organisations and networks share the form). Anything
 * else is answered 404 before a query runs, so a megabyte of path or odd characters never reach the
 * database or a log line.
 */
export function isSlug(value: string | undefined): value is string {
  return typeof value === "string" && /^[a-z0-9][a-z0-9-]{0,119}$/.test(value);
}

/** A route's `:slug`, or 404 when it cannot be one. */
export function slugParam(value: string | undefined): string {
  if (!isSlug(value)) throw notFound();
  return value;
}
