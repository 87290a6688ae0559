/**
 * The files docs/deploy.md tells an operator to install are the ones checked here: the example
 * environment passes the server's own validation, and the systemd units pass systemd's. The nginx
 * site config is run for real by tests/instances/two-instances.test.ts.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseEnv } from "~/lib/env.server.ts";
import { SERVER_MALLOC_ENV, serverNodeArgs } from "../server/node-flags.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const deploy = (file: string) => fs.readFileSync(path.join(ROOT, "deploy", file), "utf8");
const systemdAnalyze = spawnSync("systemd-analyze", ["--version"]).status === 0;

describe("deploy files", () => {
  test("the example environment file is a valid production configuration for several instances", () => {
    const vars = Object.fromEntries(
      deploy("technohub.env.example")
        .split("\n")
        .filter((line) => line.trim() && !line.startsWith("#"))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    const env = parseEnv({ ...vars, NODE_ENV: "production", PORT: "3001", HOST: "127.0.0.1" });
    expect(env.DATABASE_URL).toMatch(/^postgres:/);
    expect(env.AUTH_SECRET!.length).toBeGreaterThanOrEqual(32);
    expect(env.TRUST_PROXY).toBe(true);
    expect(env.SEED).toBe(false);
  });

  test("the systemd unit starts this checkout's Node 24 on server.ts with production's V8 flags and glibc settings, and stops after the drain", () => {
    const unit = deploy("systemd/technohub@.service");
    const exec = /^ExecStart=\/srv\/technohub\/(\S+) (.+)$/m.exec(unit);
    expect(exec, "ExecStart=/srv/technohub/<node> <flags> server.ts").not.toBeNull();
    expect(fs.existsSync(path.join(ROOT, exec![1]!))).toBe(true);
    expect(exec![2]!.split(" ")).toEqual(serverNodeArgs());
    for (const [name, value] of Object.entries(SERVER_MALLOC_ENV)) expect(unit).toMatch(new RegExp(`^Environment=${name}=${value.replace(/[.]/g, "\\.")}$`, "m"));
    const stopSeconds = Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)?.[1]);
    // server.ts exits at most DRAIN_TIMEOUT_MS + 3 s after SIGTERM; systemd must not kill it sooner.
    const drainMs = Number(/^DRAIN_TIMEOUT_MS=(\d+)$/m.exec(deploy("technohub.env.example"))?.[1]);
    expect(stopSeconds * 1000).toBeGreaterThanOrEqual(drainMs + 3000);
  });

  test.skipIf(!systemdAnalyze)("systemd-analyze verify accepts the units", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-units-"));
    try {
      for (const name of ["technohub@.service", "technohub.target"]) {
        fs.writeFileSync(path.join(dir, name), deploy(`systemd/${name}`).replaceAll("/srv/technohub", ROOT));
      }
      const result = spawnSync("systemd-analyze", ["verify", path.join(dir, "technohub@3001.service"), path.join(dir, "technohub.target")], {
        encoding: "utf8",
        env: { ...process.env, SYSTEMD_UNIT_PATH: `${dir}:` },
      });
      // Units this machine does not have (postgresql.service) are not the units' fault.
      const problems = `${result.stdout}${result.stderr}`.split("\n").filter((l) => l.trim() && !/postgresql\.service|network-online/.test(l));
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
