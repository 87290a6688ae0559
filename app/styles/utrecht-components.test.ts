/**
 * Only the CSS of the Utrecht components the app renders is shipped (ADR 020): app/styles/utrecht.css
 * imports one package per component. This keeps that list honest both ways: a utrecht-* class used
 * in app/ whose component is not imported would render unstyled, and an imported component no code
 * uses is dead weight in every page's stylesheet.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

const imported = [...fs.readFileSync(path.join(APP, "styles/utrecht.ts"), "utf8").matchAll(/import "(@utrecht\/[a-z0-9-]+-css)\/dist\/index\.css";/g)].map(
  (m) => m[1]!,
);

/** Every component package installed (the bundle depends on all of them), with the classes its CSS defines. */
const packages = new Map<string, Set<string>>();
const utrechtDir = path.dirname(path.dirname(require.resolve("@utrecht/button-css/package.json")));
for (const name of fs.readdirSync(utrechtDir)) {
  const css = path.join(utrechtDir, name, "dist/index.css");
  if (!name.endsWith("-css") || name === "component-library-css" || !fs.existsSync(css)) continue;
  packages.set(`@utrecht/${name}`, new Set([...fs.readFileSync(css, "utf8").matchAll(/\.(utrecht-[a-z0-9_-]+)/g)].map((m) => m[1]!)));
}

/**
 * The utrecht-* class names in the app's source: whole names, and prefixes where a name is built
 * from a template (`utrecht-heading-${level}`). Design tokens (`--utrecht-…`) are not classes.
 */
function usedNames(): { classes: Set<string>; prefixes: Set<string> } {
  const classes = new Set<string>();
  const prefixes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(tsx?|css)$/.test(entry.name) && !entry.name.endsWith(".test.ts") && entry.name !== "utrecht.ts") {
        for (const m of fs.readFileSync(file, "utf8").matchAll(/(?<![\w-])(utrecht-[a-z0-9_-]+)(\$\{)?/g)) {
          if (m[2]) prefixes.add(m[1]!);
          else classes.add(m[1]!);
        }
      }
    }
  };
  walk(APP);
  return { classes, prefixes };
}

describe("Utrecht component CSS", () => {
  const { classes, prefixes } = usedNames();
  const usedBy = (pkg: string) => [...packages.get(pkg)!].filter((c) => classes.has(c) || [...prefixes].some((p) => c.startsWith(p)));

  it("imports a real package for each line", () => {
    expect(imported.length).toBeGreaterThan(10);
    for (const pkg of imported) expect(packages.has(pkg), pkg).toBe(true);
  });

  it("imports the component of every utrecht-* class the app uses", () => {
    const missing: string[] = [];
    for (const name of classes) {
      const owners = [...packages].filter(([, defined]) => defined.has(name)).map(([pkg]) => pkg);
      if (owners.length > 0 && !owners.some((o) => imported.includes(o))) missing.push(`${name} (${owners.join(" or ")})`);
    }
    expect(missing).toEqual([]);
  });

  it("imports no component the app does not use", () => {
    expect(imported.filter((pkg) => usedBy(pkg).length === 0)).toEqual([]);
  });
});
