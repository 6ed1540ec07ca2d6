// §4.1.2.4 RS485: line parameters, scan, and adding devices one by one or all at once. Added devices are
// stored by the gateway (POST /api/rs485/devices), so they are read again after a restart.
import { useState } from 'preact/hooks';
import { get, postJson } from '../../api';
import type { ScannedDevice as Scanned } from '../../api.gen';
import { usePoll } from '../../hooks';
import { SettingsSection } from '../SettingsForm';
import type { SaveSettings, Settings } from './types';

export function Rs485Tab({ settings, onSaved }: { settings: Settings; save: SaveSettings; onSaved: (s: Settings) => void }) {
  const [found, setFound] = useState<Scanned[] | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const kept = usePoll(() => get('/api/rs485/devices'), 0);
  const scan = async () => {
    setBusy(true);
    setMessage('Scanning the RS485 bus…');
    try {
      setFound((await get('/api/rs485/scan-devices')).devices);
      setMessage('');
    } catch (e) {
      setMessage((e as Error).message);
    }
    setBusy(false);
  };
  const add = async (addresses: number[]) => {
    setBusy(true);
    try {
      const r = await postJson('/api/rs485/devices', { addresses });
      setMessage(`Added ${addresses.length === 1 ? `the device at address ${addresses[0]}` : `${addresses.length} devices`}; the gateway keeps ${r.addresses.length}.`);
      kept.reload();
    } catch (e) {
      setMessage((e as Error).message);
    }
    setBusy(false);
  };
  const isKept = (a: number) => kept.data?.addresses.includes(a) ?? false;
  return (
    <div>
      <h3>RS485 communication parameters</h3>
      <SettingsSection settings={settings as never} section="rs485" onSaved={onSaved as never} skip={['addresses']} />
      <h3>Available RS485 devices</h3>
      <div class="row wrap">
        <button type="button" onClick={scan} disabled={busy}>Scan for RS485 devices</button>
        {found && found.length > 0 && <button type="button" class="primary" disabled={busy} onClick={() => add(found.map((d) => d.address))}>+ Add all devices</button>}
        {message && <span class="message" role="status">{message}</span>}
      </div>
      {found && (
        <div class="scroll">
          <table class="data" data-testid="rs485-found">
            <thead><tr><th>Model</th><th>Serial</th><th>Address</th><th>Baud rate</th><th>Parity</th><th>Stop bits</th><th /></tr></thead>
            <tbody>
              {found.length === 0 && <tr><td colSpan={7} class="muted">No device answered.</td></tr>}
              {found.map((d) => (
                <tr key={d.address}>
                  <td>{d.model}</td><td>{d.serial}</td><td>{d.address}</td><td>{d.baud_rate}</td><td>{d.parity}</td><td>{d.stop_bits}</td>
                  <td>{isKept(d.address) ? <span class="muted">added</span> : <button type="button" disabled={busy} onClick={() => add([d.address])}>+ Add device</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Connected RS485 devices</h3>
      <table class="data" data-testid="rs485-kept">
        <thead><tr><th>Address</th><th>Model</th><th>Serial</th><th>Kept by the gateway</th></tr></thead>
        <tbody>
          {(kept.data?.devices ?? []).map((d) => <tr key={d.address}><td>{d.address}</td><td>{d.model}</td><td>{d.serial}</td><td>{isKept(d.address) ? 'yes' : 'this session (configured or scanned)'}</td></tr>)}
        </tbody>
      </table>
    </div>
  );
}
