// §4.1.2.5 Recorders: each records one counter of a device (picked from the connected devices) or the
// pulse counter at local midnight; Clear deletes its readings.
import { useEffect, useState } from 'preact/hooks';
import { del } from '../../api';
import { DeviceSlotSelect } from './devices';
import type { RecorderSettings, SaveSettings, Settings } from './types';

const counterChoices = (['non_resettable', 'resettable'] as const).flatMap((kind) =>
  Array.from({ length: 16 }, (_, n) => ({ kind, counter: n + 1, text: `${kind === 'resettable' ? 'Resettable' : 'Non Resettable'} Counter ${n + 1}` })));

export function RecordersTab({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [list, setList] = useState<RecorderSettings[]>(settings.recorders);
  const [message, setMessage] = useState('');
  useEffect(() => setList(settings.recorders), [settings]);
  const setAt = (i: number, patch: Partial<RecorderSettings>) => setList(list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await save({ recorders: list });
      setMessage('Saved.');
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const clear = async (id: number) => {
    if (!confirm(`Delete all readings of recorder ${id}?`)) return;
    try {
      await del(`/api/recorder/${id}`);
      setMessage(`Recorder ${id} cleared.`);
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  return (
    <form onSubmit={submit}>
      {list.map((r, i) => (
        <fieldset class="card" key={i} data-testid={`recorder-${i + 1}`}>
          <legend>Recorder {i + 1}</legend>
          <div class="row wrap" role="radiogroup" aria-label={`Recorder ${i + 1}`}>
            <label><input type="radio" name={`rec${i}-on`} checked={!r.enabled} onChange={() => setAt(i, { enabled: false })} /> Disabled</label>
            <label><input type="radio" name={`rec${i}-on`} checked={r.enabled} onChange={() => setAt(i, { enabled: true })} /> Enabled</label>
            <span class="spacer" />
            {i < settings.recorders.length && <button type="button" class="danger" onClick={() => clear(i + 1)}>Clear</button>}
            <button type="button" onClick={() => setList(list.filter((_, j) => j !== i))}>Remove</button>
          </div>
          <div class="fields">
            <label class="field">Interface
              <select aria-label="Interface" value={r.source} onChange={(e) => setAt(i, { source: e.currentTarget.value as 'device' })}>
                <option value="device">Energy meter</option><option value="pulse">Pulse counter</option>
              </select>
            </label>
            {r.source === 'device' && (<>
              <DeviceSlotSelect label="Device" value={r.slot} onChange={(slot) => setAt(i, { slot })} meters />
              <label class="field">Counter
                <select aria-label="Counter" value={`${r.counter_kind}:${r.counter}`} onChange={(e) => {
                  const [kind, counter] = e.currentTarget.value.split(':');
                  setAt(i, { counter_kind: kind as 'resettable', counter: Number(counter) });
                }}>
                  {counterChoices.map((c) => <option key={`${c.kind}:${c.counter}`} value={`${c.kind}:${c.counter}`}>{c.text}</option>)}
                </select>
              </label>
            </>)}
          </div>
        </fieldset>
      ))}
      <div class="row">
        <button type="button" onClick={() => setList([...list, { enabled: true, source: 'device', slot: -1, counter_kind: 'non_resettable', counter: 1 }])}>+ Add recorder</button>
        <button type="submit" class="primary" disabled={list.some((r) => r.source === 'device' && r.slot < 0)}>Save settings</button>
        {message && <span class="message" role="status">{message}</span>}
      </div>
    </form>
  );
}
