import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { installationSecret, SECRET_FILE } from "./installation-secret.server.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "technohub-secret-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("installationSecret", () => {
  it("makes a random secret once, readable by the owner only, and keeps it", () => {
    const dir = path.join(tempDir(), "nested", "data");
    const first = installationSecret(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(path.join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(installationSecret(dir)).toBe(first);
  });

  it("differs per installation", () => {
    expect(installationSecret(tempDir())).not.toBe(installationSecret(tempDir()));
  });

  it("closes a file others can read", () => {
    const dir = tempDir();
    installationSecret(dir);
    fs.chmodSync(path.join(dir, SECRET_FILE), 0o644);
    installationSecret(dir);
    expect(fs.statSync(path.join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
  });

  it("refuses a file too short to be a secret", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, SECRET_FILE), "kort\n", { mode: 0o600 });
    expect(() => installationSecret(dir)).toThrow(/geen bruikbaar geheim/);
  });
});
