import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkResult } from "../app/domain/events/assignment/checker.ts";
import { parseInstance } from "../app/domain/events/assignment/validate.ts";

const root = path.resolve(import.meta.dirname, "..");
const run = (script: string, args: string[]) => spawnSync(process.execPath, [path.join(root, "scripts", script), ...args], { encoding: "utf8", cwd: root });

describe("assign CLI", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assign-cli-"));

  it("generates an instance, solves it, writes a valid result and reports progress on stderr", () => {
    const instanceFile = path.join(dir, "instance.json");
    const resultFile = path.join(dir, "result.json");
    const generated = run("assign-generate.ts", ["--groups", "60", "--slots", "80", "--seed", "4", "--capacity", "pupils", "--out", instanceFile]);
    expect(generated.status).toBe(0);
    const solved = run("assign.ts", [instanceFile, "--out", resultFile, "--time-limit", "5"]);
    expect(solved.status).toBe(0);
    expect(solved.stderr).toMatch(/done\s+100%/);
    const instance = parseInstance(fs.readFileSync(instanceFile, "utf8"));
    expect(checkResult(instance, JSON.parse(fs.readFileSync(resultFile, "utf8")))).toEqual([]);
  });

  it("gives the same answer twice with --seed and --rounds, and refuses a bad --rounds", () => {
    const instanceFile = path.join(dir, "instance.json");
    const answers = [1, 2].map((i) => {
      const out = path.join(dir, `same-${i}.json`);
      const solved = run("assign.ts", [instanceFile, "--out", out, "--time-limit", "600", "--seed", "3", "--rounds", "50"]);
      expect(solved.status).toBe(0);
      return JSON.parse(fs.readFileSync(out, "utf8")).assignments;
    });
    expect(answers[1]).toEqual(answers[0]);
    const bad = run("assign.ts", [instanceFile, "--rounds", "veel"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--rounds moet een geheel getal van 0 of meer zijn, niet "veel"');
  });

  it("rejects bad input with a message naming the item, exit code 1 and no output file", () => {
    const instanceFile = path.join(dir, "bad.json");
    const resultFile = path.join(dir, "bad-result.json");
    const instance = JSON.parse(fs.readFileSync(path.join(root, "tests/fixtures/assignment/small-groups.json"), "utf8"));
    instance.slots[1].levels = ["vmbo-kader", "vmbo-x"];
    fs.writeFileSync(instanceFile, JSON.stringify(instance));
    const solved = run("assign.ts", [instanceFile, "--out", resultFile]);
    expect(solved.status).toBe(1);
    expect(solved.stderr).toContain('slots[1] (id "s2"): unknown level "vmbo-x"');
    expect(fs.existsSync(resultFile)).toBe(false);

    fs.writeFileSync(instanceFile, "{ not json");
    const malformed = run("assign.ts", [instanceFile, "--out", resultFile]);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/malformed JSON/);
    expect(fs.existsSync(resultFile)).toBe(false);
  });
});
