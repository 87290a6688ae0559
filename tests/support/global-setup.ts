import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../app/db/client.server.ts";

/**
 * Migrating a fresh PGlite costs seconds (initdb). Do it once, keep a dump,
 * and let every test file start from a copy of it.
 */
export default async function setup(project: TestProject) {
  if (project.config.env?.TEST_DB !== "pglite") return;
  const file = path.join(os.tmpdir(), `technohub-test-template-${process.pid}.tar`);
  const database = await openDatabase({ dataDir: null });
  const dump = await database.pglite!.dumpDataDir("none");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(file, { force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
