/**
 * Drops the CSS custom properties nothing reads (ADR 020). The Utrecht design tokens define some
 * 3,800 properties for every component of the library and for other themes' names; the app renders
 * a few dozen components, so most of the 188 KB of tokens is never looked up. A property counts as
 * read when any `var(--name…)` in the shipped CSS or JavaScript names it, also through a property
 * that is itself read; everything else that is not a custom property is left as it is.
 */
import postcss, { type Root } from "postcss";
import type { Plugin } from "vite";

const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;

/** The custom properties named in var() anywhere in `text`. */
function references(text: string, into: Set<string>) {
  for (const m of text.matchAll(VAR_REFERENCE)) into.add(m[1]!);
}

/** Removes from `roots` every custom property declaration no var() reaches from `seed` or the rest of the CSS. */
export function pruneCustomProperties(roots: Root[], seed: Set<string> = new Set()): number {
  const read = new Set(seed);
  const definitions = new Map<string, string[]>();
  for (const root of roots) {
    root.walkDecls((decl) => {
      if (decl.prop.startsWith("--")) {
        const values = definitions.get(decl.prop) ?? [];
        values.push(decl.value);
        definitions.set(decl.prop, values);
      } else references(decl.value, read);
    });
    root.walkAtRules((rule) => references(rule.params, read));
  }
  // Properties read by properties that are read, until nothing new turns up.
  const queue = [...read];
  while (queue.length > 0) {
    for (const value of definitions.get(queue.pop()!) ?? []) {
      const found = new Set<string>();
      references(value, found);
      for (const name of found) if (!read.has(name)) (read.add(name), queue.push(name));
    }
  }
  let removed = 0;
  for (const root of roots) {
    root.walkDecls((decl) => {
      if (decl.prop.startsWith("--") && !read.has(decl.prop)) (decl.remove(), removed++);
    });
    // Rules and media queries left empty go too.
    let emptied = true;
    while (emptied) {
      emptied = false;
      root.walk((node) => {
        if ((node.type === "rule" || node.type === "atrule") && node.nodes !== undefined && node.nodes.length === 0) (node.remove(), (emptied = true));
      });
    }
  }
  return removed;
}

/** The build step: prunes the client build's stylesheets together, as a page may load several. */
export function unusedCustomProperties(): Plugin {
  return {
    name: "technohub:unused-custom-properties",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter((file) => file.type === "asset" && file.fileName.endsWith(".css"));
      if (sheets.length === 0) return;
      const seed = new Set<string>();
      for (const file of Object.values(bundle)) if (file.type === "chunk") references(file.code, seed);
      const roots = sheets.map((sheet) => postcss.parse(String(sheet.type === "asset" ? sheet.source : "")));
      pruneCustomProperties(roots, seed);
      sheets.forEach((sheet, i) => {
        if (sheet.type === "asset") sheet.source = roots[i]!.toString();
      });
    },
  };
}
