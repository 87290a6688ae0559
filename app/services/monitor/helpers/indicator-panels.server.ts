import { asc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { indicator, indicatorValue } from "~/db/schema/index.ts";
import { sortPeriods, type Series } from "~/domain/monitor/chart.ts";

export type IndicatorPanel = {
  code: string;
  name: string;
  unit: string;
  description: string;
  periods: string[];
  series: Series[];
  rows: { region: string; period: string; value: number; source: string }[];
  /** The network has figures of its own here (not only the national ones every network shows). */
  own: boolean;
};

/** The indicator panels a network shows: its own figures and the national ones, a series per region. */
export async function indicatorPanels(db: Db, networkId: string): Promise<IndicatorPanel[]> {
  const values = await db
    .select({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      description: indicator.description,
      region: indicatorValue.region,
      period: indicatorValue.period,
      value: indicatorValue.value,
      source: indicatorValue.source,
      networkId: indicatorValue.networkId,
    })
    .from(indicatorValue)
    .innerJoin(indicator, eq(indicator.id, indicatorValue.indicatorId))
    .where(or(eq(indicatorValue.networkId, networkId), isNull(indicatorValue.networkId)))
    .orderBy(asc(indicator.name), asc(indicatorValue.region), asc(indicatorValue.period));
  const panels = new Map<string, IndicatorPanel>();
  for (const v of values) {
    let panel = panels.get(v.code);
    if (!panel) {
      panel = { code: v.code, name: v.name, unit: v.unit, description: v.description, periods: [], series: [], rows: [], own: false };
      panels.set(v.code, panel);
    }
    panel.own ||= v.networkId === networkId;
    const value = Number(v.value);
    let series = panel.series.find((s) => s.name === v.region);
    if (!series) panel.series.push((series = { name: v.region, points: [] }));
    series.points.push({ period: v.period, value });
    panel.rows.push({ region: v.region, period: v.period, value, source: v.source });
  }
  for (const panel of panels.values()) {
    panel.periods = sortPeriods(panel.rows.map((r) => r.period));
    panel.rows.sort((a, b) => a.region.localeCompare(b.region) || panel.periods.indexOf(a.period) - panel.periods.indexOf(b.period));
  }
  return [...panels.values()];
}
