// §4.1.2.2 Communication: the two push/publish links (MQTT or Standard TCP) with credentials and certificates,
// and each device's push interval on each link.
import { useEffect, useState } from 'preact/hooks';
import { get } from '../../api';
import { usePoll } from '../../hooks';
import { DeviceSlotSelect, useDevices } from './devices';
import type { LinkSettings, PushSettings, SaveSettings, Settings } from './types';

type LinkEdit = LinkSettings & { password?: string };

export function CommunicationTab({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [links, setLinks] = useState<LinkEdit[]>(settings.links);
  const [message, setMessage] = useState('');
  useEffect(() => setLinks(settings.links), [settings]);
  const { data: files } = usePoll(() => get('/api/files'), 0);
  const pems = (files?.files ?? []).map((f) => f.name);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      // password_set is read-only; a password is sent only when one was typed (an empty field keeps the stored one).
      await save({ links: links.map(({ password_set: _, password, ...l }) => (password ? { ...l, password } : l)) });
      setMessage('Saved.');
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  return (<>
    <form onSubmit={submit}>
      {links.map((l, n) => (
        <LinkCard key={n} n={n + 1} link={l} pems={pems} set={(x) => setLinks(links.map((y, j) => (j === n ? x : y)))} />
      ))}
      <div class="row"><button type="submit" class="primary">Save settings</button>{message && <span class="message" role="status">{message}</span>}</div>
    </form>
    <PushIntervals settings={settings} save={save} />
  </>);
}

function LinkCard({ n, link: l, pems, set }: { n: number; link: LinkEdit; pems: string[]; set: (l: LinkEdit) => void }) {
  const id = `link${n}`;
  const mqtt = l.mode === 'mqtt';
  const text = (key: keyof LinkEdit, label: string, numeric = false) => (
    <label class="field">{label}
      {numeric
        ? <input name={`${id}-${key}`} type="number" value={Number(l[key])} onInput={(e) => set({ ...l, [key]: Number(e.currentTarget.value) })} />
        : <input name={`${id}-${key}`} value={String(l[key] ?? '')} onInput={(e) => set({ ...l, [key]: e.currentTarget.value })} />}
    </label>
  );
  const pem = (key: 'ca_certificate' | 'client_certificate' | 'client_key', label: string) => (
    <label class="field">{label}
      <select name={`${id}-${key}`} value={l[key]} onChange={(e) => set({ ...l, [key]: e.currentTarget.value })}>
        <option value="">(none)</option>
        {[...new Set([l[key], ...pems].filter(Boolean))].map((f) => <option key={f} value={f}>{f}</option>)}
      </select>
    </label>
  );
  return (
    <fieldset class="card" data-testid={id}>
      <legend>Push / Publish Link {n}</legend>
      <div class="row wrap" role="radiogroup" aria-label={`Link ${n} mode`}>
        {([['disabled', 'Disabled'], ['mqtt', 'MQTT'], ['tcp', 'Standard TCP']] as const).map(([m, t]) => (
          <label key={m}><input type="radio" name={`${id}-mode`} value={m} checked={l.mode === m} onChange={() => set({ ...l, mode: m })} /> {t}</label>
        ))}
      </div>
      {l.mode !== 'disabled' && (
        <div class="fields">
          {text('server', mqtt ? 'MQTT server' : 'Push server')}
          {text('port', mqtt ? 'MQTT port' : 'Push port', true)}
          {text('response_time', 'Push response time (s)', true)}
          {mqtt && (<>
            <label class="field">MQTT protocol
              <select name={`${id}-protocol`} value={l.protocol} onChange={(e) => set({ ...l, protocol: e.currentTarget.value as 'tcp' })}>
                <option value="tcp">TCP</option><option value="tls">MQTT secured with mutual auth (TLS)</option>
              </select>
            </label>
            {text('username', 'MQTT username')}
            <label class="field">MQTT password
              <input name={`${id}-password`} type="password" autoComplete="new-password" value={l.password ?? ''}
                placeholder={l.password_set ? '(stored; type to replace)' : '(none)'} onInput={(e) => set({ ...l, password: e.currentTarget.value })} />
            </label>
            {text('root_topic', 'MQTT root topic (empty = serial number)')}
            {text('subscribe_topic', 'MQTT subscribe topic')}
            {text('publish_topic', 'MQTT publish topic')}
            {l.protocol === 'tls' && (<>{pem('ca_certificate', 'CA certificate')}{pem('client_certificate', 'Client certificate')}{pem('client_key', 'Client key')}</>)}
            <label class="field"><input type="checkbox" name={`${id}-discovery`} checked={l.discovery} onChange={(e) => set({ ...l, discovery: e.currentTarget.checked })} /> Home Assistant discovery</label>
            {l.discovery && text('discovery_prefix', 'Discovery prefix')}
          </>)}
        </div>
      )}
    </fieldset>
  );
}

/** Each device's push/publish interval on each link (0 = no push), as the IR and RS485 tabs of the manual set them. */
export function PushIntervals({ settings, save, slots }: { settings: Settings; save: SaveSettings; slots?: number[] }) {
  const [push, setPush] = useState<PushSettings[]>(settings.push);
  const [adding, setAdding] = useState<number>(-1);
  const [message, setMessage] = useState('');
  useEffect(() => setPush(settings.push), [settings]);
  const { data: devices } = useDevices();
  const shown = push.map((p, i) => [p, i] as const).filter(([p]) => !slots || slots.includes(p.slot));
  const setAt = (i: number, patch: Partial<PushSettings>) => setPush(push.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const store = async () => {
    try {
      await save({ push });
      setMessage('Saved.');
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const name = (slot: number) => devices?.[slot] ? `${devices[slot].interface}${devices[slot].model ? ` (${devices[slot].model})` : ''}` : `Slot ${slot}`;
  return (
    <div data-testid="push-intervals">
      <h3>Push / publish intervals</h3>
      <table class="data">
        <thead><tr><th>Device</th><th>Link 1 interval (s)</th><th>Link 2 interval (s)</th><th /></tr></thead>
        <tbody>
          {shown.length === 0 && <tr><td colSpan={4} class="muted">No device pushes yet.</td></tr>}
          {shown.map(([p, i]) => (
            <tr key={i}>
              <td>{name(p.slot)}</td>
              <td><input type="number" min={0} class="short" aria-label={`${name(p.slot)} link 1 interval (s)`} value={p.link1_interval} onInput={(e) => setAt(i, { link1_interval: Number(e.currentTarget.value) })} /></td>
              <td><input type="number" min={0} class="short" aria-label={`${name(p.slot)} link 2 interval (s)`} value={p.link2_interval} onInput={(e) => setAt(i, { link2_interval: Number(e.currentTarget.value) })} /></td>
              <td><button type="button" onClick={() => setPush(push.filter((_, j) => j !== i))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row wrap">
        <DeviceSlotSelect label="Device to push" value={adding} onChange={setAdding} only={slots} />
        <button type="button" disabled={adding < 0 || push.some((p) => p.slot === adding)}
          onClick={() => setPush([...push, { slot: adding, link1_interval: 600, link2_interval: 0 }])}>+ Add push</button>
        <button type="button" class="primary" onClick={store}>Save intervals</button>
        {message && <span class="message" role="status">{message}</span>}
      </div>
    </div>
  );
}
