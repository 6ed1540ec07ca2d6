// §4.1.2.3 IR devices: the energy counter on the left IR port and the Bicom relay on the right one — enable,
// push/publish intervals, and Clear for the gateway's load recorder of the meter.
import { useEffect, useState } from 'preact/hooks';
import { del } from '../../api';
import { PushIntervals } from './Communication';
import { useDevices } from './devices';
import type { SaveSettings, Settings } from './types';

export function IrDevicesTab({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [ir, setIr] = useState(settings.ir);
  const [message, setMessage] = useState('');
  useEffect(() => setIr(settings.ir), [settings]);
  const { data: devices, reload } = useDevices();
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await save({ ir });
      setMessage('Saved.');
      reload();
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const clear = async () => {
    if (!confirm('Delete the load profile the gateway recorded for the IR energy counter?')) return;
    try {
      await del('/api/load_profile/0');
      setMessage('Load recorder data cleared.');
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const left = devices?.[0];
  const right = devices?.[1];
  return (<>
    <form onSubmit={submit}>
      <fieldset class="card" data-testid="ir-left">
        <legend>IR energy counter (left IR port)</legend>
        <div class="row wrap" role="radiogroup" aria-label="IR energy counter">
          <label><input type="radio" name="ir-left" checked={!ir.left_enabled} onChange={() => setIr({ ...ir, left_enabled: false })} /> Disabled</label>
          <label><input type="radio" name="ir-left" checked={ir.left_enabled} onChange={() => setIr({ ...ir, left_enabled: true })} /> Enabled</label>
          <span class="spacer" />
          <button type="button" class="danger" onClick={clear}>Clear load recorder</button>
        </div>
        {left && <p class="small">Device: {left.model} {left.serial}{left.address != null ? ` · Modbus address ${left.address}` : ''}</p>}
      </fieldset>
      <fieldset class="card" data-testid="ir-right">
        <legend>IR Bicom relay (right IR port)</legend>
        <div class="row wrap" role="radiogroup" aria-label="IR relay operating mode">
          <label><input type="radio" name="ir-right" checked={ir.right_mode === 'not_connected'} onChange={() => setIr({ ...ir, right_mode: 'not_connected' })} /> Not connected</label>
          <label><input type="radio" name="ir-right" checked={ir.right_mode === 'controlled'} onChange={() => setIr({ ...ir, right_mode: 'controlled' })} /> Controlled by SG</label>
        </div>
        {right && <p class="small">Device: {right.model} {right.serial}</p>}
      </fieldset>
      <div class="row"><button type="submit" class="primary">Save settings</button>{message && <span class="message" role="status">{message}</span>}</div>
    </form>
    <PushIntervals settings={settings} save={save} slots={[0, 1]} />
  </>);
}
