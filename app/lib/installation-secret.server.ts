import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const SECRET_FILE = "auth-secret";

/**
 * The secret that signs session cookies when AUTH_SECRET is not set: made once per installation
 * and kept with its data (DATA_DIR/auth-secret), so sessions survive a restart, two
 * installations never share one, and a copied data directory carries its own.
 */
export function installationSecret(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SECRET_FILE);
  const fresh = crypto.randomBytes(32).toString("hex");
  try {
    // "wx": only the first start writes it; a second process never overwrites a secret in use.
    fs.writeFileSync(file, fresh + "\n", { flag: "wx", mode: 0o600 });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // Whoever can read the file can forge a session: nobody but the owner should.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} houdt geen bruikbaar geheim (minstens 32 tekens); verwijder het bestand of zet AUTH_SECRET`);
  return secret;
}
