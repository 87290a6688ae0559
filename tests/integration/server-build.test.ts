/**
 * The production server build as vite/server-bundle.ts describes it (ADR 027, amendment "the server
 * build bundles its dependencies"): every module a running instance loads keeps its source text in
 * the heap, so the build bundles the dependencies it can, in ASCII (one byte a character in V8).
 */
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { expect, test } from "vitest";
import { SERVER_EXTERNAL, SSO_PLUGIN_IMPORTS_ON_FIRST_USE } from "../../vite/server-bundle.ts";
import { BUILD_ENTRY } from "../support/app-harness.ts";

const SERVER_DIR = path.dirname(BUILD_ENTRY);
const files = fs.readdirSync(SERVER_DIR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
const sources = files.map((f) => [f, fs.readFileSync(path.join(SERVER_DIR, f), "utf8")] as const);

test("the server build is ASCII, so V8 holds its source at one byte a character", () => {
  expect(files.length).toBeGreaterThan(0);
  // One character above U+00FF makes V8 keep the whole file at two bytes a character.
  expect(sources.filter(([, text]) => /[^\x00-\x7f]/.test(text)).map(([f]) => f)).toEqual([]);
});

test("the server build loads from node_modules only the packages left out of the bundle", () => {
  const builtins = new Set(builtinModules);
  const packages = new Set<string>();
  for (const [, text] of sources) {
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([a-z@][\w@/.-]*)["']/g)) {
      const spec = m[1]!;
      if (spec.startsWith("node:") || builtins.has(spec) || builtins.has(spec.split("/")[0]!)) continue;
      packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  }
  expect(packages.size).toBeGreaterThan(0);
  expect([...packages].filter((p) => !SERVER_EXTERNAL.includes(p)).sort()).toEqual([]);
});

/** The packages whose modules the build holds, by the `// …node_modules/<package>/…` line the bundler writes before each. */
const bundledPackages = new Set(
  sources.flatMap(([, text]) => [...text.matchAll(/^\/\/ [\w./-]*?node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//gm)].map((m) => m[1]!)),
);

test("the SAML stack is not in the build: better-auth's SSO plugin gets app/lib/saml, which loads it on first use", () => {
  // The bundler names the modules it bundled; without those names this test could not fail.
  expect(bundledPackages.has("@better-auth/sso")).toBe(true);
  for (const name of [...Object.keys(SSO_PLUGIN_IMPORTS_ON_FIRST_USE), "xml-crypto", "xpath", "node-rsa", "@authenio/xml-encryption"]) {
    expect(bundledPackages.has(name), name).toBe(false);
  }
});

test("the build holds the production builds of React and react-dom only (process.env.NODE_ENV fixed at build time)", () => {
  const development = sources.flatMap(([, text]) => [...text.matchAll(/^\/\/ [\w./-]*?node_modules\/(react(?:-dom)?\/cjs\/[\w.-]+development[\w.-]*)/gm)].map((m) => m[1]!));
  expect(development).toEqual([]);
  expect(sources.some(([, text]) => /^\/\/ [\w./-]*?node_modules\/react-dom\/cjs\/[\w.-]+production/m.test(text))).toBe(true);
});
