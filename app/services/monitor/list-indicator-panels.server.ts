import type { Actor, AppServices } from "~/context.ts";
import { indicatorPanels, type IndicatorPanel } from "./helpers/indicator-panels.server.ts";

export type { IndicatorPanel };

/**
 * The monitor's figures a network shows, a panel per indicator (public, like the monitor page).
 * The networks area uses it for the chart on a network's page.
 */
export async function listIndicatorPanels(services: Pick<AppServices, "db">, _actor: Actor, input: { networkId: string }): Promise<IndicatorPanel[]> {
  return indicatorPanels(services.db, input.networkId);
}
