import { defineConfig } from "@playwright/test";
import { generate } from "selfsigned";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATA_DIR = process.env.E2E_DATA_DIR ?? "/tmp/technohub-e2e";
/** The OpenID provider tests/e2e/sso.spec.ts starts on this machine (tests/support/oidc-provider.ts). */
export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 1000);

/** The key pair our SAML SP signs its LogoutRequests with, made for this run (tests/e2e/sso-saml.spec.ts). */
const samlSp = await generate([{ name: "commonName", value: "Technohub e2e SP" }], { keySize: 2048, algorithm: "sha256" });

/** Debian's Chromium; browsers are never downloaded by a test tool here. */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "nl-NL",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // npm run gives Node 24; a fresh data directory gives fresh demo data every run.
    command: `rm -rf ${DATA_DIR} && npm run serve`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      DEMO: "1",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR,
      BASE_URL: `http://127.0.0.1:${PORT}`,
      LOG_LEVEL: "warn",
      // The e2e suite signs in many times from one address.
      AUTH_RATE_LIMIT: "0",
      // The test identity provider is on 127.0.0.1, a private address single sign-on refuses unless named (ADR 033).
      SSO_PRIVATE_ISSUERS: `http://127.0.0.1:${E2E_OIDC_PORT}`,
      SAML_SP_SIGNING_KEY: samlSp.private,
      SAML_SP_SIGNING_CERTIFICATE: samlSp.cert,
    },
  },
});
