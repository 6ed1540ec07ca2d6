// §4.1.6 Recorder graph: daily, monthly or yearly readings of a recorder, and their CSV.
import { useMemo, useState } from 'preact/hooks';
import { del, get } from '../api';
import { Chart } from '../chart';
import { scaled } from '../format';
import { usePoll } from '../hooks';

interface Recorder { id: number; enabled: boolean; source: string; slot: number; counter_kind: string; counter: number }
interface Data { id: number; period: string; values: { date: string; value: number; unit: string }[] }

/** "2025-06-02", "2025-06" or "2025" → Unix seconds at the start of that local period. */
const toTime = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, (m ?? 1) - 1, d ?? 1).getTime() / 1000;
};

export function RecordersPage() {
  const { data: list } = usePoll(() => get<{ recorders: Recorder[] }>('/api/recorders'), 0);
  const [id, setId] = useState(1);
  const [period, setPeriod] = useState('daily');
  const { data, error, reload } = usePoll(() => get<Data>(`/api/recorder/${id}?period=${period}`), 0, [id, period]);
  const chart = useMemo(() => {
    const values = data?.values ?? [];
    return { x: values.map((v) => toTime(v.date)), series: [{ label: `Recorder ${id}`, color: '#1f77b4', values: values.map((v) => v.value) }] };
  }, [data, id]);
  const unit = data?.values[0]?.unit ?? 'Wh';
  return (
    <div>
      <h2>Recorder Graph</h2>
      <div class="row wrap toolbar">
        <select aria-label="Recorder" data-testid="recorder-select" value={id} onChange={(e) => setId(Number(e.currentTarget.value))}>
          {(list?.recorders ?? []).map((r) => <option key={r.id} value={r.id}>Recorder {r.id}: {r.source === 'pulse' ? 'pulse counter' : `slot ${r.slot} ${r.counter_kind} counter ${r.counter}`}{r.enabled ? '' : ' (off)'}</option>)}
        </select>
        <select aria-label="Period" data-testid="period" value={period} onChange={(e) => setPeriod(e.currentTarget.value)}>
          <option value="daily">Daily</option><option value="monthly">Monthly</option><option value="yearly">Yearly</option>
        </select>
        <a class="button" data-testid="csv" href={`/api/recorder/${id}/csv?period=${period}`} download={`recorder${id}-${period}.csv`}>Export CSV</a>
        <button type="button" class="danger" onClick={async () => { if (confirm('Delete all readings of this recorder?')) { await del(`/api/recorder/${id}`); reload(); } }}>Clear</button>
      </div>
      {(list?.recorders.length ?? 0) === 0 && <p class="muted">No recorders configured (Settings → Recorders).</p>}
      {error && <p class="error">{error}</p>}
      <Chart x={chart.x} series={chart.series} kind="bar" unit={unit} testId="recorder-chart" />
      <table class="data">
        <thead><tr><th>Date</th><th>Value</th></tr></thead>
        <tbody>{(data?.values ?? []).map((v) => <tr key={v.date}><td>{v.date}</td><td class="num">{scaled(v.value, v.unit, 3)}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
