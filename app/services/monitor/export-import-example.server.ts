import { asc } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { indicator } from "~/db/schema/index.ts";
import { EXAMPLE_FILENAME, importExampleCsv } from "~/domain/monitor/example.ts";
import { networkForImport } from "./helpers/import-network.server.ts";

/** The example CSV for the import page, with a real indicator code and the network's name as region. */
export async function exportImportExample(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  const network = await networkForImport(services, actor, input.slug);
  const known = await services.db.select({ code: indicator.code, name: indicator.name, unit: indicator.unit }).from(indicator).orderBy(asc(indicator.code));
  return { filename: EXAMPLE_FILENAME, content: importExampleCsv(known, network.name) };
}
