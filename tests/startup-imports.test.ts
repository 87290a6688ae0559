/**
 * What the server does not load when it starts (ADR 027, amendment "what the server loads at
 * start", and "the SAML stack on first use"). Every module a running instance has loaded stays in
 * its heap with its source text and compiled code, and memory per instance is a target (at most
 * 300 MB RSS, issue 13). These libraries serve a download, an upload, an outgoing mail, a new
 * password, an article or a SAML sign-in, never the lists and homes, and together held ~20 MB of
 * an instance's RSS at start: they are imported with `import()` where they are used (SAML's with
 * a require), and otherwise only as types.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

/** A package loaded on first use, and the files that may import it statically because they are themselves loaded on first use. */
const LOADED_ON_FIRST_USE: Record<string, string[]> = {
  exceljs: [],
  pdfkit: [],
  nodemailer: [],
  "@zxcvbn-ts/core": [],
  "@zxcvbn-ts/language-common": [],
  "zod-openapi": ["app/domain/api/openapi.ts"],
  // Articles and tips only: services/common/markdown.server.ts imports the renderer on first use.
  marked: ["app/domain/news/markdown.ts"],
  "sanitize-html": ["app/domain/news/markdown.ts"],
  // SAML only: app/lib/saml loads them with a CommonJS require on first use, and the build gives
  // better-auth's SSO plugin those modules instead of the packages (vite/server-bundle.ts).
  samlify: [],
  "@xmldom/xmldom": [],
  tldts: [],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") || entry.name.startsWith("+") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const FILES = [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "server")), path.join(ROOT, "server.ts")];

/** `import x from "…"`, `import { x } from "…"`, `import "…"` and `export … from "…"`, but not `import type` nor `import()`. */
const STATIC_VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm;

function resolved(from: string, spec: string): string {
  if (spec.startsWith("~/")) return path.join("app", spec.slice(2));
  if (spec.startsWith(".")) return path.relative(ROOT, path.resolve(path.dirname(from), spec));
  return spec;
}

/** Every static value import in the app and the server: [importing file, what it names]. */
const imports = FILES.flatMap((file) =>
  [...fs.readFileSync(file, "utf8").matchAll(STATIC_VALUE_IMPORT)].map((m) => [path.relative(ROOT, file), resolved(file, m[1]!)] as const),
);

test("the libraries of downloads, uploads, mail and password checks are not imported statically", () => {
  const offending = imports.filter(([file, target]) => {
    const allowed = LOADED_ON_FIRST_USE[target] ?? LOADED_ON_FIRST_USE[target.split("/")[0]!];
    return allowed !== undefined && !allowed.includes(file);
  });
  expect(offending.map(([file, target]) => `${file} imports ${target}`)).toEqual([]);
});

test("the files allowed to import them are themselves only loaded with import()", () => {
  const lazyFiles = Object.values(LOADED_ON_FIRST_USE).flat();
  const offending = imports.filter(([, target]) => lazyFiles.some((lazy) => target === lazy || target === lazy.replace(/\.tsx?$/, "")));
  expect(offending.map(([file, target]) => `${file} imports ${target}`)).toEqual([]);
});

test("the demo seed is loaded only where it runs, not by the server's start", () => {
  const offending = imports.filter(([file, target]) => target.startsWith("app/db/seed/") && !file.startsWith("app/db/seed/"));
  expect(offending.map(([file, target]) => `${file} imports ${target}`)).toEqual([]);
});

test("the check finds a static import where there is one", () => {
  // The expression above must see the forms the code uses; a check that matches nothing passes always.
  const sample = `import ExcelJS from "exceljs";\nimport type { Transporter } from "nodemailer";\nimport { x } from "~/domain/api/openapi.ts";\nconst p = import("pdfkit");\n`;
  expect([...sample.matchAll(STATIC_VALUE_IMPORT)].map((m) => m[1])).toEqual(["exceljs", "~/domain/api/openapi.ts"]);
  expect(imports.length).toBeGreaterThan(500);
});
