import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = { "~": path.resolve(import.meta.dirname, "app") };
const integrationOn = (db: "pglite" | "postgres") => ({
  resolve: { alias },
  test: {
    name: `integration-${db}`,
    include: ["tests/integration/**/*.test.ts"],
    env: { TEST_DB: db },
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

/**
 * Unit tests live beside the code (app/**\/*.test.ts). Integration tests run
 * once on PGlite and, when TEST_DATABASE_URL is set, again on PostgreSQL.
 */
export default defineConfig({
  test: {
    projects: [
      // A generous timeout: CI machines have 2 cores, and property tests do real work.
      { resolve: { alias }, test: { name: "unit", include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "tests/*.test.ts"], testTimeout: 30_000 } },
      integrationOn("pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integrationOn("postgres")] : []),
      // Needs the build, nginx and PostgreSQL (skipped, saying so, without TEST_DATABASE_URL).
      { resolve: { alias }, test: { name: "instances", include: ["tests/instances/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 150_000 } },
    ],
  },
});
