// §4.1.3 Measurements: device selector, per-phase table and totals (as fig. 29).
import { useState } from 'preact/hooks';
import { deviceLabel, get, meters } from '../api';
import type { DeviceEntry } from '../api';
import { scaled } from '../format';
import { usePoll } from '../hooks';

interface Q { value: number; unit: string }
interface Measurements {
  measurements: { Phases: Record<string, Q>[]; Total: Record<string, Q>; frequency: Q; temperature?: Q };
}

const phaseRows: [string, string][] = [
  ['voltage', 'Voltage'], ['current', 'Current'], ['active_power', 'Active power'], ['reactive_power', 'Reactive power'],
  ['apparent_power', 'Apparent power'], ['power_factor', 'Power factor'], ['power_angle', 'Power angle'],
  ['THD_voltage', 'THD U'], ['THD_current', 'THD I'],
];

const q = (v?: Q, digits = 2) => (v ? scaled(v.value, v.unit, digits) : '—');

export function useMeters() {
  return usePoll(() => get<{ devices: DeviceEntry[] }>('/api/devices').then((d) => meters(d.devices)), 0);
}

export function MeterSelect({ value, onChange }: { value: number; onChange: (i: number) => void }) {
  const { data } = useMeters();
  return (
    <select aria-label="Device" data-testid="device-select" value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
      {(data ?? []).map((m) => <option key={m.index} value={m.index}>{deviceLabel(m.device)}</option>)}
    </select>
  );
}

export function MeasurementsPage() {
  const [index, setIndex] = useState(0);
  const { data, error } = usePoll(() => get<Measurements>(`/api/measurements/${index}?format=object`), 2000, [index]);
  const m = data?.measurements;
  return (
    <div>
      <h2>Measurements</h2>
      <MeterSelect value={index} onChange={setIndex} />
      {error && <p class="error">{error}</p>}
      {m && (
        <div class="scroll">
          <table class="data" data-testid="measurements">
            <thead><tr><th /> {m.Phases.map((_, i) => <th key={i}>L{i + 1}</th>)}<th>Total</th></tr></thead>
            <tbody>
              {phaseRows.map(([k, label]) => (
                <tr key={k}><th>{label}</th>{m.Phases.map((p, i) => <td key={i}>{q(p[k], k === 'power_factor' ? 4 : 2)}</td>)}<td>{q(m.Total[k], k === 'power_factor' ? 4 : 2)}</td></tr>
              ))}
            </tbody>
          </table>
          <p>Frequency {q(m.frequency, 2)} · Temperature {q(m.temperature, 1)}</p>
        </div>
      )}
    </div>
  );
}
