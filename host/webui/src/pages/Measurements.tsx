// §4.1.3 Measurements: device selector and header, per-phase values and totals, and the others (frequency,
// internal temperature, active tariff, the gateway's local time), as fig. 29.
import { useState } from 'preact/hooks';
import { deviceLabel, get, meters } from '../api';
import type { ObjectPhase, ObjectTotal, PowerFactorQuantity, Quantity } from '../api.gen';
import { scaled } from '../format';
import { usePoll } from '../hooks';


const phaseRows: [keyof ObjectPhase, string][] = [
  ['voltage', 'U'], ['current', 'I'], ['active_power', 'Real power'], ['reactive_power', 'Reactive power'],
  ['apparent_power', 'Apparent power'], ['power_factor', 'Power factor'], ['power_angle', 'Power angle'],
  ['THD_voltage', 'THD-U'], ['THD_current', 'THD-I'],
];
const totalRows = phaseRows.slice(2, 7);

const digits: Record<string, number> = { voltage: 1, current: 3, power_factor: 4, power_angle: 2, THD_voltage: 2, THD_current: 2, frequency: 2 };

/** "0.8952 Cap", "233.0 V", "-18.91°", "1.81%": the manual's way of writing each quantity. */
export function quantity(key: string, v?: Quantity | PowerFactorQuantity): string {
  if (!v) return '—';
  const n = digits[key] ?? 1;
  if (key === 'power_factor') return `${v.value.toFixed(4)}${'character' in v && v.character ? ` ${v.character}` : ''}`;
  if (v.unit === '°' || v.unit === '%') return `${v.value.toFixed(n)}${v.unit}`;
  // Powers read as the meter shows them ("1196.1 W") until they are too long to read.
  if (Math.abs(v.value) < 100_000) return `${v.value.toFixed(n)} ${v.unit}`;
  return scaled(v.value, v.unit, 2);
}

export function useMeters() {
  return usePoll(() => get('/api/devices').then((d) => meters(d.devices)), 0);
}

export function MeterSelect({ value, onChange }: { value: number; onChange: (i: number) => void }) {
  const { data } = useMeters();
  return (
    <select aria-label="Device" data-testid="device-select" value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
      {(data ?? []).map((m) => <option key={m.index} value={m.index}>{deviceLabel(m.device)}</option>)}
    </select>
  );
}

/** Model, serial, Modbus address, description and location of the selected meter (the header of fig. 29 and 30). */
export function DeviceHeader({ index }: { index: number }) {
  const { data } = useMeters();
  const d = data?.find((m) => m.index === index)?.device;
  if (!d) return null;
  return (
    <table class="kv" data-testid="device-header">
      <tbody>
        <tr><th>Device model</th><td>{d.model}</td></tr>
        <tr><th>Device serial number</th><td>{d.serial}</td></tr>
        <tr><th>Device Modbus address</th><td>{d.address ?? '—'}</td></tr>
        <tr><th>Device description</th><td>{d.description || '—'}</td></tr>
        <tr><th>Device location</th><td>{d.location || '—'}</td></tr>
      </tbody>
    </table>
  );
}

export function MeasurementsPage() {
  const [index, setIndex] = useState(0);
  const { data, error } = usePoll(() => get(`/api/measurements/${index}?format=object`), 2000, [index]);
  const { data: now } = usePoll(() => get('/api'), 2000);
  const m = data?.measurements;
  return (
    <div>
      <h2>Measurements</h2>
      <MeterSelect value={index} onChange={setIndex} />
      <DeviceHeader index={index} />
      {error && <p class="error">{error}</p>}
      {m && (
        <div class="scroll">
          <table class="data" data-testid="measurements">
            <thead><tr><th scope="col">Quantity</th>{m.Phases.map((_, i) => <th scope="col" key={i}>L{i + 1}</th>)}<th scope="col">Total</th></tr></thead>
            <tbody>
              {phaseRows.map(([k, label]) => (
                <tr key={k}>
                  <th scope="row">{label}</th>
                  {m.Phases.map((p, i) => <td class="num" key={i} data-testid={`${k}-L${i + 1}`}>{quantity(k, p[k])}</td>)}
                  <td class="num" data-testid={`${k}-total`}>{totalRows.some(([t]) => t === k) ? quantity(k, m.Total[k as keyof ObjectTotal]) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table class="kv" data-testid="measurements-others">
            <tbody>
              <tr><th>Frequency</th><td>{quantity('frequency', m.frequency)}</td></tr>
              <tr><th>Internal temperature</th><td>{m.temperature ? `${m.temperature.value.toFixed(1)} °C` : '—'}</td></tr>
              <tr><th>Active tariff</th><td>{now?.status.active_tariff ?? '—'}</td></tr>
              <tr><th>Local time (gateway)</th><td>{now?.status.local_time ?? '—'}</td></tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
