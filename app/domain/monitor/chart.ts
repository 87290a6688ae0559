/**
 * Geometry for the monitor's charts, rendered as SVG on the server. Pure
 * numbers, so the scale can be tested; the component only draws them.
 */
export type Series = { name: string; points: { period: string; value: number }[] };

/** Round tick values (1, 2, 2.5, 5 × 10^n) that cover [min, max], starting at zero when all values are positive. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const lo = Math.min(0, min);
  const hi = max <= lo ? lo + 1 : max;
  const rough = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < hi) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

export function linearScale(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
}

/** Periods sort by their first year: "2011-2012" before "2016". */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4)) || a.localeCompare(b));
}

export type ChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; y: number }[];
  periods: { period: string; x: number }[];
  kind: "line" | "bar";
  series: { name: string; points: { period: string; value: number; x: number; y: number }[]; bars: { period: string; value: number; x: number; y: number; width: number; height: number }[] }[];
};

/** A line chart when there is more than one period, otherwise bars (one per series). */
export function chartGeometry(series: Series[], size = { width: 560, height: 280 }): ChartGeometry {
  const plot = { left: 56, right: size.width - 16, top: 16, bottom: size.height - 40 };
  const periods = sortPeriods(series.flatMap((s) => s.points.map((p) => p.period)));
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const ticks = niceTicks(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1);
  const y = linearScale([ticks[0]!, ticks[ticks.length - 1]!], [plot.bottom, plot.top]);
  const kind = periods.length > 1 ? "line" : "bar";
  const band = (plot.right - plot.left) / Math.max(1, periods.length);
  const xOf = (period: string) => plot.left + band * (periods.indexOf(period) + 0.5);
  const barWidth = (band * 0.7) / Math.max(1, series.length);
  return {
    ...size,
    plot,
    kind,
    ticks: ticks.map((value) => ({ value, y: y(value) })),
    periods: periods.map((period) => ({ period, x: xOf(period) })),
    series: series.map((s, si) => {
      const points = [...s.points].sort((a, b) => periods.indexOf(a.period) - periods.indexOf(b.period)).map((p) => ({ ...p, x: xOf(p.period), y: y(p.value) }));
      return {
        name: s.name,
        points,
        bars: points.map((p) => {
          const zero = y(Math.max(0, ticks[0]!));
          return {
            period: p.period,
            value: p.value,
            x: xOf(p.period) - (band * 0.7) / 2 + si * barWidth,
            y: Math.min(p.y, zero),
            width: barWidth,
            height: Math.abs(zero - p.y),
          };
        }),
      };
    }),
  };
}
