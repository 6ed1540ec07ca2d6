// §4.1.2 Settings: General, Communication, IR Devices, RS485, Recorders, Automation, Tariffs.
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, postJson } from '../api';
import { AutomationsPage } from '../automation/AutomationsPage';
import { CommunicationTab } from './settings/Communication';
import { IrDevicesTab } from './settings/IrDevices';
import { RecordersTab } from './settings/Recorders';
import { Rs485Tab } from './settings/Rs485';
import type { SaveSettings, Settings } from './settings/types';
import { SettingsSection } from './SettingsForm';
import { TariffsPage } from './Tariffs';

const tabs = ['General', 'Communication', 'IR Devices', 'RS485', 'Recorders', 'Automation', 'Tariffs'] as const;
type Tab = (typeof tabs)[number];
const slug = (t: string) => t.toLowerCase().replace(' ', '-');

type Json = Parameters<typeof SettingsSection>[0]['settings'];

export function SettingsPage({ tab, go }: { tab?: string; go: (tab: string) => void }) {
  const current = (tabs.find((t) => slug(t) === tab) ?? 'General') as Tab;
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState('');
  useEffect(() => { get('/api/settings').then(setSettings, (e: Error) => setError(e.message)); }, []);
  // A tab chosen with the keyboard takes the focus once it is shown (the route changes first).
  const tabList = useRef<HTMLElement>(null);
  const keyed = useRef(false);
  useEffect(() => {
    if (!keyed.current) return;
    keyed.current = false;
    tabList.current?.querySelector<HTMLElement>('[aria-selected=true]')?.focus();
  }, [current]);
  const save: SaveSettings = async (patch) => {
    const updated = await postJson('/api/settings', patch);
    setSettings(updated);
    return updated;
  };
  const onSaved = (s: Json) => setSettings(s as unknown as Settings);
  const json = settings as unknown as Json;
  return (
    <div>
      <h2>Settings</h2>
      <nav class="tabs wrap" role="tablist" aria-label="Settings" ref={tabList} onKeyDown={(e) => {
        // The tab list is one stop for Tab; the arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern).
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
        const at = tabs.indexOf(current);
        const next = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : step ? (at + step + tabs.length) % tabs.length : -1;
        if (next < 0) return;
        e.preventDefault();
        keyed.current = true;
        go(slug(tabs[next]));
      }}>
        {tabs.map((t) => (
          <button type="button" role="tab" key={t} aria-selected={t === current} tabIndex={t === current ? 0 : -1} onClick={() => go(slug(t))}>{t}</button>
        ))}
      </nav>
      {error && <p class="error">{error}</p>}
      {current === 'Automation' && <AutomationsPage />}
      {current === 'Tariffs' && <TariffsPage />}
      {settings && current === 'General' && (
        <>
          <h3>General settings</h3><SettingsSection settings={json} section="general" onSaved={onSaved} />
          <div class="row"><button type="button" onClick={() => get('/api/blink')}>Blink LED</button><span class="muted small">the gateway's LED blinks for about 30 s</span></div>
          <h3>Authentication</h3><p class="muted small">With the web lock on, every page and API call needs the user name and password (default admin / iskra).</p>
          <SettingsSection settings={json} section="auth" onSaved={onSaved} skip={['password_set']} />
          <PasswordForm onSaved={onSaved} />
          <h3>Features</h3><SettingsSection settings={json} section="features" onSaved={onSaved} />
          <h3>Time settings</h3><SettingsSection settings={json} section="time" onSaved={onSaved} />
        </>
      )}
      {settings && current === 'Communication' && <CommunicationTab settings={settings} save={save} />}
      {settings && current === 'IR Devices' && <IrDevicesTab settings={settings} save={save} />}
      {settings && current === 'RS485' && <Rs485Tab settings={settings} save={save} onSaved={setSettings} />}
      {settings && current === 'Recorders' && <RecordersTab settings={settings} save={save} />}
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
      onSaved(await postJson('/api/settings', { auth: { password, current_password: current } }));
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
