/**
 * A website as people type it ("www.kiremko.nl", "kiremko.nl/techniek") becomes
 * an absolute http(s) URL; anything that is not a web address gives null.
 */
export function normaliseWebsite(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // A host needs a dot and a top-level part of letters: "kiremko" alone is a typo, not a site.
  if (!/\.[a-z]{2,}$/i.test(url.hostname)) return null;
  // "https://kiremko.nl/" reads better without the bare slash people never typed.
  const text = url.toString();
  return url.pathname === "/" && !url.search && !url.hash ? text.slice(0, -1) : text;
}
