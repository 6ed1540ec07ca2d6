// What the charts compute from their data, kept apart from uPlot and Preact so it is tested in node.

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
}

/** The y range: always from zero (bars and energy start at zero; a 0.1 W autoscale hides more than it shows). */
export function yRange(values: (number | null)[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const v of values) if (v != null && Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  if (lo === hi) return [0, 1];
  const pad = (hi - lo) * 0.05;
  return [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0];
}

/** The chart's data as CSV: a local-time column, then one column per series. */
export function toCsv(x: number[], series: Series[], unit: string): string {
  const head = ['local time', ...series.map((s) => `${s.label} (${unit})`)].map((h) => `"${h.replace(/"/g, '""')}"`).join(',');
  const rows = x.map((t, i) => [new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' '), ...series.map((s) => s.values[i] ?? '')].join(','));
  return [head, ...rows].join('\n') + '\n';
}

/** Each reading minus the one before (none for the first): a recorder's consumption per period from its counter readings. */
export function differences(values: { value: number }[]): (number | null)[] {
  return values.map((v, i) => (i === 0 ? null : v.value - values[i - 1].value));
}

/** The tariff in force behind a chart: one band per run of intervals with the same tariff (none where it is unknown). */
export function tariffBands(intervals: { end: number; tariff: number | null }[], length: number): { from: number; to: number; tariff: number }[] {
  const bands: { from: number; to: number; tariff: number }[] = [];
  for (const p of [...intervals].sort((a, b) => a.end - b.end)) {
    if (!p.tariff) continue;
    const last = bands[bands.length - 1];
    if (last && last.tariff === p.tariff && last.to === p.end - length) last.to = p.end;
    else bands.push({ from: p.end - length, to: p.end, tariff: p.tariff });
  }
  return bands;
}
