/**
 * What every text from outside goes through before a use-case sees it: forms (`readForm` in
 * app/lib/forms.ts), query strings and the API's JSON bodies (app/lib/api.server.ts), and
 * better-auth's own endpoints (app/auth/profile-rules.server.ts). Pure, so the domain's rules
 * can use it too.
 */

/**
 * Characters no person types: NUL (which PostgreSQL refuses in text, 22021), the other C0
 * controls and DEL, and the direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) that
 * make a name read differently than it is written ("Kiremko\u202Efdp.exe") and reverse the rest
 * of the sentence it is shown in. Tab, line feed and carriage return are kept for text areas;
 * the marks LRM and RLM, which right-to-left writing does use, are kept too.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text as it may reach a use-case: control characters removed, and a lone surrogate (JSON's
 * "\ud800", which no encoder can write as UTF-8) made the replacement character here rather
 * than somewhere on the way to the database.
 */
export function cleanText(value: string): string {
  return value.replace(CONTROL, "").toWellFormed();
}

/** Deeper than any body the API documents; a deeper one is refused rather than walked. */
const MAX_JSON_DEPTH = 32;

/**
 * A parsed JSON body as it may reach a use-case: every string (and every key) through
 * `cleanText`, as `readForm` does for a form. Returns null when the body is nested deeper than
 * MAX_JSON_DEPTH. A key such as `__proto__` stays an own key, for a strict schema to name it.
 */
export function cleanJson(value: unknown, depth = 0): { value: unknown } | null {
  if (typeof value === "string") return { value: cleanText(value) };
  if (value === null || typeof value !== "object") return { value };
  if (depth >= MAX_JSON_DEPTH) return null;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const clean = cleanJson(item, depth + 1);
      if (!clean) return null;
      items.push(clean.value);
    }
    return { value: items };
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const clean = cleanJson(item, depth + 1);
    if (!clean) return null;
    Object.defineProperty(out, cleanText(key), { value: clean.value, enumerable: true, writable: true, configurable: true });
  }
  return { value: out };
}
