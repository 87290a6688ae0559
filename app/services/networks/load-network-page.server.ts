import type { AppServices } from "~/context.ts";
import { indicatorPanels } from "~/services/monitor/load-monitor.server.ts";
import { getNetworkProfile } from "./get-network-profile.server.ts";

/**
 * What a network's public page shows: its profile and, where the network has figures of its own
 * in the regional monitor, the first of them as a chart (the monitor page has them all).
 */
export async function loadNetworkPage(services: Pick<AppServices, "db">, slug: string) {
  const profile = await getNetworkProfile(services, slug);
  const panels = await indicatorPanels(services.db, profile.id);
  return { profile, monitorHighlight: panels.find((p) => p.own) ?? null };
}
