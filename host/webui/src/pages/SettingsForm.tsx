// A form for one section of GET /api/settings, built from the section's own JSON: booleans become
// checkboxes, numbers number fields, strings text fields, lists of objects tables. POST sends only
// that section, which the gateway merges into the stored settings.
import { useEffect, useState } from 'preact/hooks';
import { postJson } from '../api';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Settings whose strings come from a fixed set (GatewaySettings.cs) get a drop-down with the manual's words. */
const choices: Record<string, [string, string][]> = {
  mode: [['disabled', 'Disabled'], ['mqtt', 'MQTT'], ['tcp', 'Standard TCP']],
  protocol: [['tcp', 'TCP'], ['tls', 'MQTT secured with mutual auth (TLS)']],
  parity: [['none', 'None'], ['even', 'Even'], ['odd', 'Odd']],
};

/** The manual's label for each settings member (§4.1.2), with its unit. */
const labels: Record<string, string> = {
  description: 'Description', location: 'Location', enabled: 'Enabled', username: 'User name',
  local_modbus_address: 'Local Modbus address', modbus_tcp_enabled: 'Modbus TCP server', modbus_tcp_port: 'Local TCP Modbus port',
  modbus_write_clients: 'Modbus TCP write clients (addresses or networks)', udp_discovery: 'UDP discovery',
  pulse_counter: 'Pulse counter', temperature_input: 'Temperature input', automation: 'Automation',
  ntp_enabled: 'NTP synchronization', sync_period_hours: 'Time synchronization period (h)', time_zone: 'Time zone (POSIX rule)',
  ntp_servers: 'NTP servers', baud_rate: 'RS485 baud rate (bit/s)', parity: 'RS485 parity', stop_bits: 'RS485 stop bits',
};

export const label = (key: string) => labels[key] ?? key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

function Field({ name, value, set }: { name: string; value: Json; set: (v: Json) => void }) {
  if (typeof value === 'boolean')
    return <label class="field"><input type="checkbox" name={name} checked={value} onChange={(e) => set(e.currentTarget.checked)} /> {label(name)}</label>;
  if (typeof value === 'number')
    return <label class="field">{label(name)} <input type="number" name={name} value={value} onInput={(e) => set(Number(e.currentTarget.value))} /></label>;
  if (typeof value === 'string' && choices[name])
    return (
      <label class="field">{label(name)}
        <select name={name} value={value} onChange={(e) => set(e.currentTarget.value)}>
          {choices[name].map(([c, text]) => <option key={c} value={c}>{text}</option>)}
        </select>
      </label>
    );
  if (typeof value === 'string' && name.includes('password'))
    return <label class="field">{label(name)} <input name={name} type="password" value={value} onInput={(e) => set(e.currentTarget.value)} /></label>;
  if (typeof value === 'string')
    return <label class="field">{label(name)} <input name={name} value={value} onInput={(e) => set(e.currentTarget.value)} /></label>;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return <label class="field">{label(name)} <input name={name} value={(value as string[]).join(', ')} onInput={(e) => set(e.currentTarget.value.split(',').map((s) => s.trim()).filter(Boolean))} /></label>;
  return null;
}

export function ObjectFields({ value, set, skip = [] }: { value: Record<string, Json>; set: (v: Record<string, Json>) => void; skip?: string[] }) {
  return (
    <div class="fields">
      {Object.entries(value).filter(([k]) => !skip.includes(k)).map(([k, v]) => <Field key={k} name={k} value={v} set={(x) => set({ ...value, [k]: x })} />)}
    </div>
  );
}

/** Edits settings[section] (an object, or a list of objects shown one card each) and saves it. */
export function SettingsSection({ settings, section, template, onSaved, skip }: {
  settings: Record<string, Json>; section: string; template?: Record<string, Json>; onSaved: (s: Record<string, Json>) => void; skip?: string[];
}) {
  const [value, setValue] = useState<Json>(settings[section]);
  const [message, setMessage] = useState('');
  useEffect(() => setValue(settings[section]), [settings, section]);
  const save = async () => {
    try {
      onSaved(await postJson('/api/settings', { [section]: value }));
      setMessage('Saved.');
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const list = Array.isArray(value) ? (value as Record<string, Json>[]) : null;
  return (
    <div data-testid={`settings-${section}`}>
      {list ? (
        <>
          {list.map((item, i) => (
            <div class="card" key={i}>
              <div class="row"><b>{label(section)} {i + 1}</b><span class="spacer" />
                {template && <button type="button" onClick={() => setValue(list.filter((_, j) => j !== i))}>Remove</button>}</div>
              <ObjectFields value={item} skip={skip} set={(x) => setValue(list.map((y, j) => (j === i ? x : y)))} />
            </div>
          ))}
          {template && <button type="button" onClick={() => setValue([...list, { ...template }])}>+ Add</button>}
        </>
      ) : value && typeof value === 'object' ? (
        <ObjectFields value={value as Record<string, Json>} skip={skip} set={setValue} />
      ) : null}
      <div class="row"><button type="button" class="primary" onClick={save}>Save</button>{message && <span class="message">{message}</span>}</div>
    </div>
  );
}
