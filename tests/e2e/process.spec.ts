import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "@playwright/test";

/**
 * The server as an operator runs it: one process per data directory, a clean
 * stop on SIGTERM within 2 s, and data that survives a restart.
 */
// Beside the suite's own server (E2E_PORT, 3100 by default), so that two checkouts can run side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 90;
const base = `http://127.0.0.1:${PORT}`;

type Server = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function start(dataDir: string, port = PORT): Server {
  let output = "";
  const child = spawn(process.execPath, ["server.ts"], {
    // DEMO=1 for the outbox at /dev/mail; SEED=0: the demo data is not needed here, and loading it
    // made the first start the slowest part of the test.
    env: { ...process.env, NODE_ENV: "production", DEMO: "1", SEED: "0", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, BASE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn", AUTH_RATE_LIMIT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Polls /healthz until it answers 200 (a condition, not a fixed wait); fails at once if the server exits. */
async function waitHealthy(server: Server) {
  let exited = false;
  void server.exited.then(() => (exited = true));
  const healthyOrGone = async () => {
    if (exited) return true;
    try {
      return (await fetch(`${base}/healthz`)).ok;
    } catch {
      return false; // not listening yet
    }
  };
  await expect.poll(healthyOrGone, { message: "server did not become healthy", timeout: 90_000, intervals: [50, 100, 250] }).toBe(true);
  expect(exited, `the server exited before it was healthy:\n${server.output()}`).toBe(false);
}

test("a second process on the same data directory refuses; SIGTERM stops within 2 s; a restart keeps the data", async () => {
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-proc-"));
  const first = start(dataDir);
  try {
    await waitHealthy(first);

    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "blijft@voorbeeld.nl", password: "een-lang-wachtwoord", name: "Blijft Bewaard" }),
    });
    expect(signUp.status).toBe(200);

    const second = start(dataDir, PORT + 1);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain("is al in gebruik");

    const stopAsked = Date.now();
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(Date.now() - stopAsked).toBeLessThan(2000);

    const again = start(dataDir);
    try {
      await waitHealthy(again);
      // The verification mail written before the restart is still in the outbox.
      const outbox = await (await fetch(`${base}/dev/mail`)).text();
      expect(outbox).toContain("blijft@voorbeeld.nl");
    } finally {
      again.child.kill("SIGTERM");
      await again.exited;
    }
  } finally {
    first.child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
