// §4.1.1 Status: identity, connection, links, memory, tariff, time.
import { get } from '../api';
import { usePoll } from '../hooks';

interface Gateway {
  device: Record<string, string>;
  status: Record<string, unknown>;
}

const deviceFields: [string, string][] = [
  ['model_type', 'Model type'], ['serial_number', 'Serial number'], ['sw_ver', 'SW version'], ['hw_ver', 'HW version'],
  ['fs_ver', 'FS version'], ['description', 'Description'], ['location', 'Location'],
];
const statusFields: [string, string][] = [
  ['connection_mode', 'Connection mode'], ['ip_address', 'IP address'], ['mac_address', 'MAC address'], ['app_status', 'Application'],
  ['upgrade_status', 'Upgrade'], ['link1_status', 'Link 1'], ['link2_status', 'Link 2'], ['settings_crc', 'Settings CRC'],
  ['free_memory', 'Free memory'], ['error_flags', 'Error flags'], ['active_tariff', 'Active tariff'], ['uptime', 'Uptime'],
  ['local_time', 'Local time'], ['time_zone', 'Time zone'], ['temperature', 'Temperature (°C)'], ['pulse_energy', 'Pulse energy (Wh)'],
];

const show = (v: unknown) => (v == null || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function StatusPage() {
  const { data, error } = usePoll(() => get<Gateway>('/api'), 2000);
  return (
    <div>
      <h2>Status</h2>
      {error && <p class="error">{error}</p>}
      {data && (
        <div class="grid2">
          <table class="kv" data-testid="status-device">
            <tbody>{deviceFields.map(([k, label]) => <tr key={k}><th>{label}</th><td>{show(data.device[k])}</td></tr>)}</tbody>
          </table>
          <table class="kv" data-testid="status-status">
            <tbody>{statusFields.map(([k, label]) => <tr key={k}><th>{label}</th><td>{show(data.status[k])}</td></tr>)}</tbody>
          </table>
        </div>
      )}
      <button type="button" onClick={() => get('/api/blink')}>Blink LED</button>
    </div>
  );
}
