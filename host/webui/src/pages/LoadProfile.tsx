// §4.1.5 Load profile: 15-minute average power of one or more devices, today or yesterday, bars or
// lines, with the day's import/export energy; an equation ("0 + 1 - 2", metering indices) adds a
// calculated series across devices, e.g. house load = grid import + PV production.
import { useMemo, useState } from 'preact/hooks';
import { deviceLabel, get } from '../api';
import { Chart } from '../chart';
import type { Band, Series } from '../chart';
import { tariffBands } from '../chartData';
import { scaled, wallSeconds } from '../format';
import { tariffColors } from './tariffModel';
import { usePoll } from '../hooks';
import { useMeters } from './Measurements';


const colors = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b'];

/** "0 + 1 - 2" → [[+1, 0], [+1, 1], [-1, 2]]; null when it does not parse. */
export function parseEquation(text: string): [number, number][] | null {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return [];
  if (!/^[+-]?#?\d+([+-]#?\d+)*$/.test(compact)) return null;
  return [...compact.matchAll(/([+-]?)#?(\d+)/g)].map((m) => [m[1] === '-' ? -1 : 1, Number(m[2])]);
}

/** Midnight of the gateway's day, <code>daysAgo</code> before its "now", in wall seconds. */
function dayStart(localNow: string, daysAgo: number): number {
  return wallSeconds(localNow.slice(0, 10) + 'T00:00:00') - daysAgo * 86400;
}

const dateOf = (wall: number) => new Date(wall * 1000).toISOString().slice(0, 10);

export function LoadProfilePage() {
  const { data: meterList } = useMeters();
  const [selected, setSelected] = useState<number[]>([0]);
  const [day, setDay] = useState(0);
  const [kind, setKind] = useState<'bar' | 'line'>('bar');
  const [equation, setEquation] = useState('');
  const terms = parseEquation(equation);
  const wanted = [...new Set([...selected, ...(terms ?? []).map(([, i]) => i)])];
  const [auto, setAuto] = useState(true);
  const { data, error, reload } = usePoll(
    () => Promise.all(wanted.map((i) => get(`/api/load_profile/${i}?hours=48`))), auto ? 60_000 : 0, [wanted.join(','), auto]);

  const localNow = data?.[0]?.local_now;
  const from = localNow ? dayStart(localNow, day) : 0;
  const to = from + 86400;
  const chart = useMemo(() => {
    const x: number[] = [];
    for (let t = from + 900; t <= to; t += 900) x.push(t);
    const series: Series[] = [];
    const stats: { label: string; imp: number; exp: number }[] = [];
    const power = new Map<number, (number | null)[]>();
    (data ?? []).forEach((profile, n) => {
      const byEnd = new Map(profile.intervals.map((p) => [wallSeconds(p.local_end), p]));
      const label = meterList?.find((m) => m.index === profile.index)?.device;
      const name = label ? deviceLabel(label) : `Device ${profile.index}`;
      const values = x.map((t) => byEnd.get(t)?.average_w ?? null);
      power.set(profile.index, values);
      if (!selected.includes(profile.index)) return;
      series.push({ label: name, color: colors[n % colors.length], values });
      const inDay = profile.intervals.filter((p) => { const t = wallSeconds(p.local_end); return t > from && t <= to; });
      stats.push({ label: name, imp: inDay.reduce((a, p) => a + p.import_wh, 0), exp: inDay.reduce((a, p) => a + p.export_wh, 0) });
    });
    if (terms && terms.length > 0 && terms.every(([, i]) => power.has(i))) {
      // An interval where any term is missing has no calculated value.
      series.push({ label: `= ${equation}`, color: '#000000', values: x.map((_, k) => terms.reduce<number | null>((a, [sign, i]) => {
        const v = power.get(i)![k];
        return a == null || v == null ? null : a + sign * v;
      }, 0)) });
    }
    // The tariff in force behind each interval, from the first profile (tariffs are the gateway's, not a meter's).
    const runs = tariffBands((data?.[0]?.intervals ?? []).map((p) => ({ end: wallSeconds(p.local_end), tariff: p.tariff })), 900);
    const bands: Band[] = runs.map((b) => ({ from: b.from, to: b.to, color: tariffColors[b.tariff] + '30' }));
    const tariffs = [...new Set(runs.map((b) => b.tariff))].sort();
    return { x, series, stats, bands, tariffs };
  }, [data, from, to, equation, meterList, selected]);
  const first = data?.[0]?.intervals;
  const pending = first && !first.some((p) => !p.partial) ? first.find((p) => p.partial) : undefined;

  const toggle = (i: number) => setSelected(selected.includes(i) ? selected.filter((s) => s !== i) : [...selected, i]);
  return (
    <div>
      <h2>Load Profile</h2>
      <div class="row wrap toolbar">
        {(meterList ?? []).map((m) => (
          <label key={m.index}><input type="checkbox" checked={selected.includes(m.index)} onChange={() => toggle(m.index)} /> #{m.index} {deviceLabel(m.device)}</label>
        ))}
      </div>
      <div class="row wrap toolbar">
        <select aria-label="Day" value={day} onChange={(e) => setDay(Number(e.currentTarget.value))}>
          <option value={0}>Today</option><option value={1}>Yesterday</option>
        </select>
        <select aria-label="Chart type" value={kind} onChange={(e) => setKind(e.currentTarget.value as 'bar')}>
          <option value="bar">Bars</option><option value="line">Lines</option>
        </select>
        <label>Equation <input class="short2" aria-label="Equation" placeholder="0 + 1 - 2" value={equation} onInput={(e) => setEquation(e.currentTarget.value)} /></label>
        {terms === null && <span class="error">use metering indices joined by + and −</span>}
        <label><input type="checkbox" checked={auto} onChange={(e) => setAuto(e.currentTarget.checked)} /> Auto refresh</label>
        <button type="button" onClick={reload}>Refresh</button>
      </div>
      {error && <p class="error">{error}</p>}
      {first && first.length === 0 && <p class="message" role="status" data-testid="load-profile-pending">No interval recorded yet: the gateway records 15-minute intervals from its start.</p>}
      {pending && <p class="message" role="status" data-testid="load-profile-pending">
        The first 15-minute interval ends at {pending.local_end.slice(11, 16)} (gateway time); until then the bar shows the average so far.</p>}
      <Chart x={chart.x} series={chart.series} kind={kind} unit="W" bands={chart.bands} testId="load-profile-chart"
        name={`load-profile-${dateOf(from)}`}
        title={`Average power per 15 minutes, ${day ? 'yesterday' : 'today'} (${dateOf(from)}, gateway time)`} />
      {chart.tariffs.length > 0 && <p class="small legend">Background: {chart.tariffs.map((t) => <span key={t}><span class="swatch" style={{ background: tariffColors[t] + '60' }} />tariff {t} </span>)}</p>}
      <h3>Daily statistics</h3>
      <table class="data" data-testid="load-profile-stats">
        <thead><tr><th>Device</th><th>Import</th><th>Export</th></tr></thead>
        <tbody>{chart.stats.map((s) => <tr key={s.label}><td>{s.label}</td><td class="num">{scaled(s.imp, 'Wh')}</td><td class="num">{scaled(s.exp, 'Wh')}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
