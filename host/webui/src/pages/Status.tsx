// §4.1.1 Status: identity, versions, connectivity, links, free memory, tariff and the gateway's local time.
import { get } from '../api';
import { bytes } from '../format';
import { usePoll } from '../hooks';


type Row = [key: string, label: string, show?: (v: unknown) => string];

const sections: [string, 'device' | 'status', Row[]][] = [
  ['General', 'device', [['model_type', 'Model type'], ['serial_number', 'Serial number'], ['description', 'Description'], ['location', 'Location']]],
  ['Status', 'status', [
    ['connection_mode', 'Connection mode'], ['ip_address', 'IP address'], ['mac_address', 'MAC address'], ['app_status', 'App status'],
    ['upgrade_status', 'Upgrade status'], ['link1_status', 'Link 1 status'], ['link2_status', 'Link 2 status'], ['settings_crc', 'Settings CRC'],
    ['free_memory', 'Free memory', (v) => bytes(v as number)], ['error_flags', 'Error flags'],
  ]],
  ['Version info', 'device', [['sw_ver', 'SW version'], ['hw_ver', 'HW version'], ['fs_ver', 'Filesystem version']]],
  ['Other', 'status', [
    ['active_tariff', 'Active tariff'], ['uptime', 'Uptime'], ['local_time', 'Local time'], ['time_zone', 'Time zone'],
    ['temperature', 'Temperature', (v) => `${(v as number).toFixed(1)} °C`], ['pulse_energy', 'Pulse energy', (v) => `${v} Wh`],
  ]],
];

const plain = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v));

export function StatusPage() {
  const { data, error } = usePoll(() => get('/api'), 2000);
  return (
    <div>
      <h2>Status</h2>
      {error && <p class="error">{error}</p>}
      {data && (
        <div class="grid2">
          {sections.map(([title, part, rows]) => (
            <table class="kv" key={title} data-testid={`status-${title === 'General' ? 'device' : title === 'Status' ? 'status' : title.toLowerCase().replace(' ', '-')}`}>
              <caption>{title}</caption>
              <tbody>
                {rows.map(([k, label, show]) => {
                  const v = (data[part] as unknown as Record<string, unknown>)[k];
                  return <tr key={k}><th scope="row">{label}</th><td data-testid={`status-${k}`}>{v == null || v === '' ? '—' : (show ?? plain)(v)}</td></tr>;
                })}
              </tbody>
            </table>
          ))}
        </div>
      )}
      <button type="button" onClick={() => get('/api/blink')}>Blink LED</button>
    </div>
  );
}
