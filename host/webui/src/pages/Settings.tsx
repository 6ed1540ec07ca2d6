// §4.1.2 Settings: General, Communication, IR Devices, RS485, Recorders, Automation, Tariffs.
import { useEffect, useState } from 'preact/hooks';
import { deviceLabel, get, postJson } from '../api';
import type { DeviceEntry } from '../api';
import { AutomationsPage } from '../automation/AutomationsPage';
import { SettingsSection } from './SettingsForm';
import { TariffsPage } from './Tariffs';

const tabs = ['General', 'Communication', 'IR Devices', 'RS485', 'Recorders', 'Automation', 'Tariffs'] as const;
type Tab = (typeof tabs)[number];

type Json = Parameters<typeof SettingsSection>[0]['settings'];

export function SettingsPage({ tab, go }: { tab?: string; go: (tab: string) => void }) {
  const current = (tabs.find((t) => t.toLowerCase().replace(' ', '-') === tab) ?? 'General') as Tab;
  const [settings, setSettings] = useState<Json>();
  const [error, setError] = useState('');
  useEffect(() => { get<Json>('/api/settings').then(setSettings, (e: Error) => setError(e.message)); }, []);
  return (
    <div>
      <h2>Settings</h2>
      <nav class="tabs wrap">
        {tabs.map((t) => (
          <button type="button" key={t} aria-selected={t === current} onClick={() => go(t.toLowerCase().replace(' ', '-'))}>{t}</button>
        ))}
      </nav>
      {error && <p class="error">{error}</p>}
      {current === 'Automation' && <AutomationsPage />}
      {current === 'Tariffs' && <TariffsPage />}
      {settings && current === 'General' && (
        <>
          <h3>Gateway</h3><SettingsSection settings={settings} section="general" onSaved={setSettings} />
          <h3>Access</h3><p class="muted small">With the web lock on, every page and API call needs the user name and password (default admin / iskra).</p>
          <SettingsSection settings={settings} section="auth" onSaved={setSettings} skip={['password_set']} />
          <PasswordForm onSaved={setSettings} />
          <h3>Features</h3><SettingsSection settings={settings} section="features" onSaved={setSettings} />
          <h3>Time</h3><SettingsSection settings={settings} section="time" onSaved={setSettings} />
        </>
      )}
      {settings && current === 'Communication' && (
        <>
          <h3>Links</h3><SettingsSection settings={settings} section="links" onSaved={setSettings} skip={['password_set']} />
          <h3>Push intervals</h3><SettingsSection settings={settings} section="push" onSaved={setSettings} template={{ slot: 0, link1_interval: 60, link2_interval: 0 }} />
        </>
      )}
      {current === 'IR Devices' && <IrDevices />}
      {settings && current === 'RS485' && <Rs485 settings={settings} setSettings={setSettings} />}
      {settings && current === 'Recorders' && (
        <SettingsSection settings={settings} section="recorders" onSaved={setSettings}
          template={{ enabled: true, source: 'device', slot: 0, counter_kind: 'non_resettable', counter: 1 }} />
      )}
    </div>
  );
}

/** The password is never read back (GET shows only password_set); a new one is posted on its own, with the
 *  current one, which the gateway requires for the change. */
function PasswordForm({ onSaved }: { onSaved: (s: Json) => void }) {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState('');
  const save = async () => {
    if (password !== repeat) { setMessage('The two passwords differ.'); return; }
    try {
      onSaved(await postJson<Json>('/api/settings', { auth: { password, current_password: current } }));
      setCurrent(''); setPassword(''); setRepeat('');
      setMessage('Password changed.');
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <div class="row wrap">
      <label class="field">Current password <input type="password" autoComplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} /></label>
      <label class="field">New password <input type="password" autoComplete="new-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} /></label>
      <label class="field">Repeat <input type="password" autoComplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} /></label>
      <button type="button" disabled={!password} onClick={save}>Change password</button>
      {message && <span class="message">{message}</span>}
    </div>
  );
}

function IrDevices() {
  const [devices, setDevices] = useState<DeviceEntry[]>([]);
  useEffect(() => { get<{ devices: DeviceEntry[] }>('/api/devices').then((d) => setDevices(d.devices.filter((x) => x.interface.includes('IR')))); }, []);
  return (
    <table class="data">
      <thead><tr><th>Port</th><th>Model</th><th>Serial</th><th>Address</th></tr></thead>
      <tbody>{devices.map((d) => <tr key={d.interface}><td>{d.interface}</td><td>{d.model}</td><td>{d.serial}</td><td>{d.address ?? ''}</td></tr>)}</tbody>
    </table>
  );
}

interface Scanned { model: string; serial: string; address: number; baud_rate: number; parity: string; stop_bits: number }

function Rs485({ settings, setSettings }: { settings: Json; setSettings: (s: Json) => void }) {
  const [found, setFound] = useState<Scanned[] | null>(null);
  const [message, setMessage] = useState('');
  const [devices, setDevices] = useState<DeviceEntry[]>([]);
  const loadDevices = () => get<{ devices: DeviceEntry[] }>('/api/devices').then((d) => setDevices(d.devices.filter((x) => x.interface.includes('485'))));
  useEffect(() => { loadDevices(); }, []);
  const scan = async () => {
    setMessage('Scanning the RS485 bus…');
    try {
      setFound((await get<{ devices: Scanned[] }>('/api/rs485/scan-devices')).devices);
      setMessage('');
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const addAll = async () => {
    try {
      for (const [n, d] of (found ?? []).entries())
        await postJson('/api/rs485/set-parameters', { address: d.address, slot: n + 1, baud_rate: d.baud_rate, parity: d.parity, stop_bits: d.stop_bits });
      setMessage(`Added ${found?.length ?? 0} devices.`);
      loadDevices();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <div>
      <h3>Line</h3>
      <SettingsSection settings={settings} section="rs485" onSaved={setSettings} />
      <h3>Devices</h3>
      <div class="row"><button type="button" onClick={scan}>Scan</button>{found && found.length > 0 && <button type="button" onClick={addAll}>Add all devices</button>}{message && <span class="message">{message}</span>}</div>
      {found && (
        <table class="data">
          <thead><tr><th>Address</th><th>Model</th><th>Serial</th><th>Line</th></tr></thead>
          <tbody>{found.map((d) => <tr key={d.address}><td>{d.address}</td><td>{d.model}</td><td>{d.serial}</td><td>{d.baud_rate} {d.parity} {d.stop_bits}</td></tr>)}</tbody>
        </table>
      )}
      <ul>{devices.filter((d) => d.model !== 'Disabled').map((d) => <li key={d.interface}>{deviceLabel(d)} {d.serial}</li>)}</ul>
    </div>
  );
}
