import type { Actor, AppServices } from "~/context.ts";
import { DATASETS } from "~/domain/open-data/datasets.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { datasetFacts } from "./helpers/datasets.server.ts";

/**
 * What the open data page shows (ADR 032): per data set how many records it holds, when its
 * oldest record appeared and when it last changed; the address of this installation and whom to
 * ask about the data. Public: the actor changes nothing.
 */
export async function getOpenData(services: AppServices, _actor: Actor) {
  const facts = await Promise.all(DATASETS.map(async (id) => ({ id, ...(await datasetFacts(services.db, id)) })));
  return { origin: baseUrl(services.env), contactEmail: services.env.OPEN_DATA_CONTACT ?? null, datasets: facts };
}
