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

function start(dataDir: string, port = PORT): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const child = spawn(process.execPath, ["server.ts"], {
    env: { ...process.env, NODE_ENV: "production", DEMO: "1", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, BASE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn", AUTH_RATE_LIMIT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Polls /healthz until it answers 200 (a condition, not a fixed wait). */
async function waitHealthy(url: string) {
  const healthy = async () => {
    try {
      return (await fetch(`${url}/healthz`)).ok;
    } catch {
      return false; // not listening yet
    }
  };
  await expect.poll(healthy, { message: "server did not become healthy", timeout: 60_000, intervals: [50, 100, 250] }).toBe(true);
}

test("a second process on the same data directory refuses; SIGTERM stops within 2 s; a restart keeps the data", async () => {
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-proc-"));
  const first = start(dataDir);
  try {
    await waitHealthy(base);

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
      await waitHealthy(base);
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
