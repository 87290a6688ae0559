/**
 * The API's OpenAPI document, generated as the server generates it, linted by Spectral against
 * the NL API Design Rules' own ruleset: 0 errors, and no warnings either, so a new operation that
 * breaks a rule fails CI (ADR 028).
 *
 * The ruleset is Logius' file (Logius-standaarden/API-Design-Rules, media/linter.yaml), not ours,
 * so it is not in this repository: `.ci/run` fetches it to `.cache/adr-ruleset.yaml` from where
 * Logius publishes it for CI, or takes the copy the machine holds; `ADR_RULESET` names another
 * file. Without it the two lint tests are skipped, and say so.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "~/domain/api/openapi.ts";
import { API_OPERATIONS } from "~/domain/api/operations.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SPECTRAL = path.join(ROOT, "node_modules/@stoplight/spectral-cli/dist/index.js");
const RULESET = process.env.ADR_RULESET || path.join(ROOT, ".cache/adr-ruleset.yaml");
const HAVE_RULESET = fs.existsSync(RULESET);
if (!HAVE_RULESET) console.warn(`The NL API Design Rules ruleset is not at ${RULESET}: the API lint is skipped (.ci/run fetches it).`);

type Finding = { code: string; message: string; severity: number; path: string[] };

function lint(document: unknown): Finding[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openapi-lint-"));
  const file = path.join(dir, "openapi.json");
  fs.writeFileSync(file, JSON.stringify(document, null, 2));
  try {
    // Node's own binary (npm gives tests Node 24); Spectral's answer is JSON on stdout.
    const run = spawnSync(process.execPath, [SPECTRAL, "lint", "--ruleset", RULESET, "--format", "json", "--quiet", "--fail-severity", "error", file], {
      encoding: "utf8",
      timeout: 120_000,
    });
    if (run.error) throw run.error;
    const out = run.stdout.trim();
    if (!out.startsWith("[")) throw new Error(`spectral said: ${run.stdout}\n${run.stderr}`);
    return JSON.parse(out) as Finding[];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const summary = (findings: Finding[]) => findings.map((f) => `${["error", "warn", "info", "hint"][f.severity]} ${f.code} at ${f.path.join(".")}: ${f.message}`);

describe("the OpenAPI document", () => {
  it.skipIf(!HAVE_RULESET)("lints clean against the NL API Design Rules (Spectral, official ruleset)", () => {
    const findings = lint(openApiDocument("https://technohub.example", "api@technohub.example"));
    expect(summary(findings.filter((f) => f.severity <= 1))).toEqual([]);
  }, 120_000);

  it.skipIf(!HAVE_RULESET)("the lint can fail: a document without the version header and with a trailing slash does not pass", () => {
    const broken = openApiDocument("https://technohub.example", "api@technohub.example") as unknown as { paths: Record<string, Record<string, { responses: Record<string, { headers?: unknown }> }>> };
    const [first] = Object.keys(broken.paths);
    broken.paths[`${first}/`] = broken.paths[first!]!;
    for (const op of Object.values(broken.paths[first!]!)) delete op.responses["200"]!.headers;
    const codes = lint(broken).filter((f) => f.severity === 0).map((f) => f.code);
    expect(codes).toContain("nlgov:missing-header");
    expect(codes).toContain("path-keys-no-trailing-slash");
  }, 120_000);

  it("names every operation of the registry once, with the version header on its answer", () => {
    const document = openApiDocument("https://technohub.example", "api@technohub.example") as unknown as { paths: Record<string, Record<string, { operationId: string }>> };
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    expect(ids.sort()).toEqual(API_OPERATIONS.map((op) => op.operationId).sort());
  });

  it("names the operator's contact and this instance's developer page, not a placeholder", () => {
    const document = openApiDocument("https://technohub.example", "api@regio.example");
    expect(document.info.contact).toEqual({ name: "Technohub", email: "api@regio.example", url: "https://technohub.example/ontwikkelaars" });
  });
});
