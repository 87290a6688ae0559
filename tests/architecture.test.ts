/**
 * The shape of the code, checked (ADR 014): the same area names in every layer, imports that point
 * one way (routes → services → domain), nothing importing another area's helpers, and no import
 * cycle between files or between areas. A failure names the file and the import to change.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const APP = path.join(ROOT, "app");

/** Places in a layer that are not an area (ADR 014 names each one). */
const NOT_AN_AREA = { routes: ["dev"], services: ["common"], domain: ["common"], messages: ["common"] };

const folders = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("+") && !d.name.startsWith("."))
    .map((d) => d.name)
    .sort();

function areasOf(layer: keyof typeof NOT_AN_AREA): string[] {
  const names =
    layer === "messages"
      ? fs
          .readdirSync(path.join(APP, "i18n/messages"))
          .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
          .map((f) => f.replace(/\.ts$/, ""))
      : folders(path.join(APP, layer));
  return names.filter((n) => !NOT_AN_AREA[layer].includes(n)).sort();
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name.startsWith("+")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

type Import = { from: string; spec: string; target: string | null; typeOnly: boolean };

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/")) base = path.join(APP, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts"]) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return base;
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, "utf8");
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4]!;
    const line = m[0];
    const typeOnly = Boolean(m[2]) || /^\s*import\s+\{\s*type\s[^}]*\}/.test(line) && !/,\s*(?!type\s)\w/.test(line.replace(/^[^{]*\{/, ""));
    found.push({ from: file, spec, target: resolve(file, spec), typeOnly });
  }
  return found;
}

const files = sourceFiles(APP);
const imports = files.flatMap(importsOf);
const rel = (file: string) => path.relative(ROOT, file);
const layerOf = (file: string) => path.relative(APP, file).split(path.sep)[0]!;
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.includes(`${path.sep}testing${path.sep}`);

/** The area a file belongs to (services/<area>/…, domain/<area>/…, routes/<area>/…), or null. */
function areaOf(file: string): string | null {
  const parts = path.relative(APP, file).split(path.sep);
  if (["routes", "services", "domain"].includes(parts[0]!) && parts.length > 2) {
    const area = parts[1]!;
    return NOT_AN_AREA[parts[0] as "routes" | "services" | "domain"].includes(area) ? null : area;
  }
  return null;
}

function violations(rule: (i: Import) => boolean) {
  return imports.filter(rule).map((i) => `${rel(i.from)} imports ${i.spec}`);
}

describe("areas", () => {
  it("are the same in routes, services, domain and messages", () => {
    const routes = areasOf("routes");
    expect(areasOf("services")).toEqual(routes);
    expect(areasOf("domain")).toEqual(routes);
    expect(areasOf("messages")).toEqual(routes);
  });
});

describe("imports point one way", () => {
  it("domain imports nothing but domain code, messages and pure libraries", () => {
    const pure = /^(zod|zod-openapi|ics|fast-check|vitest|marked|dompurify|sanitize-html|@zxcvbn-ts\/.*)$/;
    expect(
      violations((i) => {
        if (layerOf(i.from) !== "domain") return false;
        // app/i18n is pure too (message tables and Intl formatting): rules may name their messages.
        if (i.target) return !["domain", "i18n"].includes(layerOf(i.target));
        if (isTest(i.from) && i.spec.startsWith("node:")) return false;
        return !pure.test(i.spec);
      }),
    ).toEqual([]);
  });

  it("services never import routes, and the database layer never imports services (the seed only use-cases)", () => {
    expect(violations((i) => layerOf(i.from) === "services" && i.target !== null && layerOf(i.target) === "routes")).toEqual([]);
    expect(
      violations((i) => {
        if (layerOf(i.from) !== "db" || !i.target || layerOf(i.target) !== "services") return false;
        const seedCallsUseCase = rel(i.from).startsWith("app/db/seed/") && !rel(i.target).includes("/helpers/");
        return !seedCallsUseCase;
      }),
    ).toEqual([]);
  });

  it("routes do not reach the database, and app/lib does not reach routes or services", () => {
    expect(violations((i) => layerOf(i.from) === "routes" && i.target !== null && layerOf(i.target) === "db" && !i.typeOnly)).toEqual([]);
    expect(violations((i) => layerOf(i.from) === "lib" && i.target !== null && ["routes", "services"].includes(layerOf(i.target)))).toEqual([]);
  });

  it("an area's helpers are used inside that area only", () => {
    expect(
      violations((i) => {
        if (!i.target || !i.target.includes(`${path.sep}helpers${path.sep}`) || layerOf(i.target) !== "services") return false;
        // app/auth is better-auth's configuration, part of the account area.
        const fromArea = layerOf(i.from) === "auth" ? "account" : areaOf(i.from);
        return areaOf(i.target) !== fromArea || !["services", "auth"].includes(layerOf(i.from));
      }),
    ).toEqual([]);
  });
});

/** Strongly connected components of more than one node (or a self-loop), by Tarjan's algorithm. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return found;
}

describe("no import cycles", () => {
  // Type-only imports are erased when the code runs, so they cannot make a cycle at run time.
  const runtime = imports.filter((i) => !i.typeOnly && i.target && fs.existsSync(i.target));

  it("between files", () => {
    const edges = new Map<string, Set<string>>();
    for (const i of runtime) {
      if (!edges.has(rel(i.from))) edges.set(rel(i.from), new Set());
      edges.get(rel(i.from))!.add(rel(i.target!));
    }
    expect(cycles(edges)).toEqual([]);
  });

  it("between areas", () => {
    const edges = new Map<string, Set<string>>();
    for (const i of runtime) {
      const a = areaOf(i.from);
      const b = areaOf(i.target!);
      if (!a || !b || a === b) continue;
      if (!edges.has(a)) edges.set(a, new Set());
      edges.get(a)!.add(b);
    }
    expect(cycles(edges)).toEqual([]);
  });
});

describe("docs a newcomer can trust", () => {
  const architecture = fs.readFileSync(path.join(ROOT, "ARCHITECTURE.md"), "utf8");
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("ARCHITECTURE.md names every table", () => {
    const schemaDir = path.join(APP, "db/schema");
    const tables = fs
      .readdirSync(schemaDir)
      .flatMap((f) => [...fs.readFileSync(path.join(schemaDir, f), "utf8").matchAll(/pgTable\(\s*"([a-z_]+)"/g)].map((m) => m[1]!));
    expect(tables.length).toBeGreaterThan(50);
    expect(tables.filter((t) => !architecture.includes(`\`${t}\``))).toEqual([]);
  });

  it("every path ARCHITECTURE.md and README.md name exists", () => {
    const named = [...`${architecture}\n${readme}`.matchAll(/`((?:app|server|tests|docs|scripts)\/[A-Za-z0-9_./<>*-]+)`/g)].map((m) => m[1]!);
    const missing = named.filter((p) => !p.includes("<") && !p.includes("*") && !fs.existsSync(path.join(ROOT, p.replace(/\/$/, ""))));
    expect(missing).toEqual([]);
  });

  it("every doc is linked from README.md or ARCHITECTURE.md", () => {
    const docs = [...sourceFilesOfKind(path.join(ROOT, "docs"), ".md"), ...sourceFilesOfKind(APP, ".md")].map(rel);
    expect(docs.filter((d) => !readme.includes(`(${d})`) && !architecture.includes(`(${d})`))).toEqual([]);
  });
});

function sourceFilesOfKind(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFilesOfKind(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out;
}

describe("use-cases look alike (ADR 014)", () => {
  const VERBS = ["get", "list", "search", "export", "create", "update", "remove", "register", "cancel", "withdraw", "confirm", "decline", "accept", "answer", "publish", "propose", "decide", "request", "assign", "record", "evaluate", "report", "post", "import", "verify", "reset", "delete", "sweep", "expire", "close", "revoke", "sync", "send"];
  const WHOLE_NAMES = ["sign-in", "sign-up", "sign-out"];

  /** The parameter names of a function whose parameter list starts at `from` (top-level commas only). */
  function parameterNames(text: string, from: number): string[] {
    const names: string[] = [];
    let depth = 0;
    let current = "";
    for (let i = from; i < text.length; i++) {
      const c = text[i]!;
      if (depth === 0 && (c === ")" || c === ",")) {
        if (current.trim()) names.push(current.split(":")[0]!.trim().replace(/^_/, ""));
        current = "";
        if (c === ")") break;
        continue;
      }
      if ("(<{[".includes(c)) depth++;
      if (")>}]".includes(c)) depth--;
      current += c;
    }
    return names;
  }

  it("each file in app/services/<area>/ exports one use-case verbNoun(services, actor, input?) named after the file", () => {
    const problems: string[] = [];
    for (const area of areasOf("services")) {
      const dir = path.join(APP, "services", area);
      for (const file of fs.readdirSync(dir)) {
        // The area's job list is configuration, not a use-case; helpers/ is the area's shared code.
        if (!file.endsWith(".server.ts") || file === "jobs.server.ts") continue;
        const name = file.replace(/\.server\.ts$/, "");
        const text = fs.readFileSync(path.join(dir, file), "utf8");
        const fn = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
        const where = `app/services/${area}/${file}`;
        if (!WHOLE_NAMES.includes(name) && !VERBS.some((v) => name.startsWith(`${v}-`))) problems.push(`${where}: the name starts with no verb of ADR 014`);
        // Exported constants (page sizes, thresholds) may sit beside it; functions may not.
        const functions = [...text.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)].map((m) => m[1]);
        const others = [...text.matchAll(/^export\s+(?:let|var|class)\s+(\w+)|^export\s+const\s+([a-z]\w*)/gm)].map((m) => m[1] ?? m[2]);
        if (functions.length !== 1 || functions[0] !== fn || others.length) problems.push(`${where}: exports ${[...functions, ...others].join(", ")} instead of ${fn} alone`);
        const start = new RegExp(`export\\s+(?:async\\s+)?function\\s+${fn}\\s*(?:<[^(]*>)?\\(`).exec(text);
        if (start) {
          const names = parameterNames(text, start.index + start[0].length);
          if (names[0] !== "services" || names[1] !== "actor" || names.length > 3) problems.push(`${where}: parameters (${names.join(", ")}) instead of (services, actor, input)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the one error path (ADR 011)", () => {
  it("a route module without a page wraps its loader and action in routeDownload, so a refusal is a sentence in the reader's language, not React Router's JSON stub", () => {
    const problems: string[] = [];
    for (const file of sourceFiles(path.join(APP, "routes"))) {
      const where = path.relative(ROOT, file);
      // The API answers problem details through its own wrapper (app/lib/api.server.ts, ADR 028).
      if (where.startsWith("app/routes/api/") || /\.test\.tsx?$/.test(file)) continue;
      const text = fs.readFileSync(file, "utf8");
      if (/^export default/m.test(text)) continue;
      if (/routeLoader\(/.test(text)) problems.push(`${where}: routeLoader in a module without a page (use routeDownload)`);
    }
    expect(problems).toEqual([]);
  });
});

describe("forms speak through the server (ADR 016)", () => {
  it("a page with a required field posts every form noValidate, so the Dutch message beside the field comes, not the browser's bubble", () => {
    const problems: string[] = [];
    for (const file of [...sourceFiles(path.join(APP, "routes")), ...sourceFiles(path.join(APP, "ui"))]) {
      if (!file.endsWith(".tsx")) continue;
      const text = fs.readFileSync(file, "utf8");
      // A `required` prop or attribute (TextField's and plain inputs'), not the word in a comment or a message key.
      if (!/\srequired(\s|\/?>|=\{?true)/.test(text)) continue;
      for (const tag of text.match(/<[Ff]orm\b[^>]*method="post"[^>]*>/g) ?? []) {
        if (!/\bnoValidate\b/.test(tag)) problems.push(`${path.relative(ROOT, file)}: ${tag}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
