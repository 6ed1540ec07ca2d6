// §4.1.6 Recorder graph: the consumption per day, month or year of a recorder (the difference of the counter
// readings taken at local midnight), the readings themselves, and their CSV. With no recorder configured the
// page says so and links to Settings → Recorders.
import { useMemo, useState } from 'preact/hooks';
import { del, get } from '../api';
import type { DeviceEntry, RecorderEntry as Recorder } from '../api.gen';
import { Chart } from '../chart';
import { differences } from '../chartData';
import { scaled, wallSeconds } from '../format';
import { usePoll } from '../hooks';
import { slotText } from './settings/devices';


/** "2025-06-02", "2025-06" or "2025" → wall seconds at the start of that period on the gateway's clock. */
const toTime = (date: string) => wallSeconds(`${date}-01-01`.slice(0, 10) + 'T00:00:00');

export function recorderText(r: Recorder, devices?: DeviceEntry[]): string {
  const counter = `${r.counter_kind === 'resettable' ? 'resettable' : 'non-resettable'} counter ${r.counter}`;
  const device = devices?.[r.slot];
  return `Recorder ${r.id}: ${r.source === 'pulse' ? 'pulse counter' : `${device ? slotText(device) : `slot ${r.slot}`}, ${counter}`}${r.enabled ? '' : ' (off)'}`;
}

export function RecordersPage() {
  const { data: list } = usePoll(() => get('/api/recorders'), 0);
  const { data: devices } = usePoll(() => get('/api/devices').then((d) => d.devices), 0);
  const [chosen, setId] = useState<number>();
  const [period, setPeriod] = useState('daily');
  const id = chosen ?? list?.recorders[0]?.id;
  const { data, error, reload } = usePoll(
    () => (id == null ? Promise.resolve(undefined) : get(`/api/recorder/${id}?period=${period}`)), 0, [id, period]);
  const chart = useMemo(() => {
    const values = data?.values ?? [];
    return { x: values.map((v) => toTime(v.date)), series: [{ label: 'Consumption', color: '#1f77b4', values: differences(values) }] };
  }, [data]);
  if (list && list.recorders.length === 0) {
    return (
      <div>
        <h2>Recorder Graph</h2>
        <div class="card" data-testid="recorders-empty">
          <p>No recorder is configured yet. A recorder takes a counter reading of a device (or of the pulse counter)
            every midnight; this page then charts the consumption per day, month and year.</p>
          <a class="button primary" href="#/settings/recorders">Add a recorder</a>
        </div>
      </div>
    );
  }
  const unit = data?.values[0]?.unit ?? 'Wh';
  const readings = data?.values ?? [];
  const used = differences(readings);
  return (
    <div>
      <h2>Recorder Graph</h2>
      <div class="row wrap toolbar">
        <select aria-label="Recorder" data-testid="recorder-select" value={id} onChange={(e) => setId(Number(e.currentTarget.value))}>
          {(list?.recorders ?? []).map((r) => <option key={r.id} value={r.id}>{recorderText(r, devices)}</option>)}
        </select>
        <select aria-label="Period" data-testid="period" value={period} onChange={(e) => setPeriod(e.currentTarget.value)}>
          <option value="daily">Daily</option><option value="monthly">Monthly</option><option value="yearly">Yearly</option>
        </select>
        <a class="button" data-testid="csv" href={`/api/recorder/${id}/csv?period=${period}`} download={`recorder${id}-${period}.csv`}>Readings as CSV</a>
        <button type="button" class="danger" onClick={async () => { if (confirm('Delete all readings of this recorder?')) { await del(`/api/recorder/${id}`); reload(); } }}>Clear</button>
      </div>
      {error && <p class="error">{error}</p>}
      {data && readings.length < 2 && <p class="message" role="status">
        {readings.length === 0 ? 'No reading yet: the first is taken at the next local midnight.' : 'One reading so far: consumption shows from the second.'}</p>}
      <Chart x={chart.x} series={chart.series} kind="bar" unit={unit} testId="recorder-chart" name={`recorder${id}-${period}`}
        title={`Consumption per ${period === 'daily' ? 'day' : period === 'monthly' ? 'month' : 'year'}, recorder ${id ?? ''}`} />
      <table class="data">
        <thead><tr><th scope="col">Date</th><th scope="col">Reading</th><th scope="col">Consumption</th></tr></thead>
        <tbody>{readings.map((v, i) => <tr key={v.date}><td>{v.date}</td><td class="num">{scaled(v.value, v.unit, 3)}</td><td class="num">{scaled(used[i], v.unit, 3)}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
