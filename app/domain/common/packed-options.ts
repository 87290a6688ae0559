/**
 * A long list of choices (value and label) as one string, for a loader to send to the page.
 *
 * React Router writes every value a loader returns into the page for hydration, one entry per
 * string and per object. The news filter's ~600 networks made 1,800 entries, four fifths of the
 * page's data and 6% of its CPU to encode; as one string they are one entry, a quarter smaller.
 * A tab separates value and label, a newline ends a choice; a tab or newline inside either becomes
 * a space (a select shows its labels with white space collapsed, so nothing visible changes).
 */
export type PackedOption = { value: string; label: string };

const flatten = (text: string) => text.replace(/[\t\n]/g, " ");

export function packOptions(options: readonly PackedOption[]): string {
  return options.map((o) => `${flatten(o.value)}\t${flatten(o.label)}`).join("\n");
}

export function unpackOptions(packed: string): PackedOption[] {
  if (packed === "") return [];
  return packed.split("\n").map((line) => {
    const tab = line.indexOf("\t");
    return { value: line.slice(0, tab), label: line.slice(tab + 1) };
  });
}

/** What React escapes in text and attribute values, the same way, so the markup is the same as React's own options. */
const ESCAPES: Record<string, string> = { '"': "&quot;", "&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;" };
const escapeHtml = (text: string) => text.replace(/["&'<>]/g, (c) => ESCAPES[c]!);

const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;

/** The last list turned into markup: a page's list is the same on every request until its rows change. */
let lastPacked: string | null = null;
let lastHtml = "";

/**
 * A packed list's `<option>`s as markup, the chosen value (or the placeholder, value "") marked
 * `selected` as React marks it, for a select that takes them as its inner HTML. React renders
 * each `<option>` as an element of its own, ~1 ms of a page's CPU for the news filter's ~600
 * networks on every request; this is one string, built once per list.
 */
export function packedOptionsHtml(packed: string, selected: string, placeholder?: string): string {
  if (packed !== lastPacked) {
    lastHtml = unpackOptions(packed)
      .map((o) => option(o.value, o.label))
      .join("");
    lastPacked = packed;
  }
  const html = (placeholder !== undefined ? option("", placeholder) : "") + lastHtml;
  const chosen = `<option value="${escapeHtml(selected)}">`;
  const at = html.indexOf(chosen);
  if (at < 0) return html;
  const end = at + chosen.length - 1;
  return `${html.slice(0, end)} selected=""${html.slice(end)}`;
}
