import { useId } from "react";
import { chartGeometry, type Series } from "~/domain/monitor/chart.ts";
import { useLocale, useT } from "~/ui/use-t.ts";
import { Table } from "~/ui/components.tsx";

// Distinct on white and for common colour blindness; series also differ in marker shape.
const COLOURS = ["#24578f", "#b00020", "#1e6b34", "#8a4b00", "#5b2c83"];

const formatNumber = (value: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 2 }).format(value);

/** A chart drawn on the server as SVG, described for screen readers; the table beside it holds the same data. */
export function MonitorChart({ name, unit, series }: { name: string; unit: string; series: Series[] }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const g = chartGeometry(series);
  const summary = series
    .map((s) => `${s.name}: ${[...s.points].map((p) => `${p.period} ${formatNumber(p.value, locale)}`).join(", ")}`)
    .join("; ");
  return (
    <svg
      className="th-chart"
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>{`${name} (${unit})`}</title>
      <desc id={`${id}-desc`}>
        {t("monitor.chartDesc", { kind: t(`monitor.chart.${g.kind}`), name, periods: t("monitor.col.period").toLowerCase(), summary })}
      </desc>
      {g.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke="#d0d0d0" />
          <text x={g.plot.left - 8} y={tick.y + 4} textAnchor="end" fontSize="12" fill="#333">
            {formatNumber(tick.value, locale)}
          </text>
        </g>
      ))}
      <line x1={g.plot.left} x2={g.plot.left} y1={g.plot.top} y2={g.plot.bottom} stroke="#333" />
      {g.periods.map((p) => (
        <text key={p.period} x={p.x} y={g.plot.bottom + 20} textAnchor="middle" fontSize="12" fill="#333">
          {p.period}
        </text>
      ))}
      {g.series.map((s, i) => {
        const colour = COLOURS[i % COLOURS.length]!;
        if (g.kind === "bar")
          return s.bars.map((b) => <rect key={`${s.name}-${b.period}`} x={b.x} y={b.y} width={b.width} height={Math.max(1, b.height)} fill={colour} />);
        return (
          <g key={s.name}>
            <polyline points={s.points.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" stroke={colour} strokeWidth="3" />
            {s.points.map((p) =>
              i % 2 === 0 ? (
                <circle key={p.period} cx={p.x} cy={p.y} r="5" fill={colour} />
              ) : (
                <rect key={p.period} x={p.x - 5} y={p.y - 5} width="10" height="10" fill={colour} />
              ),
            )}
            {s.points.map((p) => (
              <text key={`l-${p.period}`} x={p.x} y={p.y - 10} textAnchor="middle" fontSize="12" fill="#111">
                {formatNumber(p.value, locale)}
              </text>
            ))}
          </g>
        );
      })}
      {series.length > 1
        ? g.series.map((s, i) => (
            <g key={`legend-${s.name}`}>
              <rect x={g.plot.left + i * 150} y={g.height - 14} width="10" height="10" fill={COLOURS[i % COLOURS.length]} />
              <text x={g.plot.left + i * 150 + 14} y={g.height - 5} fontSize="12" fill="#333">
                {s.name}
              </text>
            </g>
          ))
        : null}
    </svg>
  );
}

export { formatNumber };

type Panel = { name: string; unit: string; series: Series[]; rows: { region: string; period: string; value: number; source: string }[] };

/** One indicator: the chart and, beside it, the table with the same figures and their sources. */
export function MonitorPanel({ panel }: { panel: Panel }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="th-monitor">
      <MonitorChart name={panel.name} unit={panel.unit} series={panel.series} />
      <Table
        caption={t("monitor.tableCaption", { name: panel.name, unit: panel.unit })}
        stack
        rows={panel.rows}
        rowKey={(r) => `${r.region}-${r.period}`}
        columns={[
          { header: t("monitor.col.region"), rowHeader: true, cell: (r) => r.region },
          { header: t("monitor.col.period"), cell: (r) => r.period },
          { header: t("monitor.col.value"), numeric: true, cell: (r) => formatNumber(r.value, locale) },
          { header: t("monitor.col.source"), cell: (r) => r.source },
        ]}
      />
    </div>
  );
}
