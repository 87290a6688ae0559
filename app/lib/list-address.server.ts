import { redirect } from "react-router";

/**
 * A list's GET form sends every field, the untouched ones empty (`/aanbod?q=&soort=&onderwerp=…`).
 * The page answers such an address with a redirect to the same search without the empty fields,
 * so there is one address per search: the one a person shares or bookmarks, the one its paging
 * links and the page cache's key use (ADR 018; a redirect is never stored). It works without
 * JavaScript, and after a client-side search React Router follows it the same way.
 *
 * Only the form's own `fields` are dropped when empty: a notice flag of the page (`?geblokkeerd`)
 * is empty by nature. What is filled stays as it came, also a value the page cannot use, so the
 * page can still say it ignored it. React Router's own parameters of a client-side request
 * (`_routes`, `index`, the `.data` path) are not part of the page's address.
 */
export function withoutEmptyFields(request: Request, fields: readonly string[]): string | null {
  const url = new URL(request.url);
  const kept = new URLSearchParams();
  let dropped = false;
  for (const [name, value] of url.searchParams) {
    if (fields.includes(name) && value.trim() === "") dropped = true;
    else if (name !== "_routes" && !(name === "index" && value === "")) kept.append(name, value);
  }
  if (!dropped) return null;
  const path = url.pathname.endsWith("/_.data") ? url.pathname.slice(0, -"_.data".length) : url.pathname.replace(/\.data$/, "");
  const search = kept.toString();
  return search ? `${path}?${search}` : path;
}

/** Redirects an address with empty form fields to the one without them (withoutEmptyFields); otherwise returns. */
export function redirectWithoutEmptyFields(request: Request, fields: readonly string[]): void {
  const address = withoutEmptyFields(request, fields);
  if (address !== null) throw redirect(address);
}
