// §4.1.7 External devices: the 18 slots with editable descriptions and locations.
import { useState } from 'preact/hooks';
import { get, postJson } from '../api';
import { usePoll } from '../hooks';

export function DevicesPage() {
  const { data, error, reload } = usePoll(() => get('/api/devices'), 0);
  const [edits, setEdits] = useState<Record<number, { description: string; location: string }>>({});
  const [message, setMessage] = useState('');
  const save = async (slot: number) => {
    try {
      await postJson(`/api/devices/${slot}`, edits[slot]);
      setEdits(({ [slot]: _, ...rest }) => rest);
      setMessage(`Slot ${slot} saved.`);
      reload();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <div>
      <h2>External Devices</h2>
      {error && <p class="error">{error}</p>}
      {message && <p class="message">{message}</p>}
      <div class="scroll">
        <table class="data" data-testid="devices">
          <thead><tr><th>Interface</th><th>Address</th><th>Model</th><th>Serial</th><th>SW</th><th>Description</th><th>Location</th><th /></tr></thead>
          <tbody>
            {(data?.devices ?? []).map((d, slot) => {
              const edit = edits[slot] ?? { description: d.description, location: d.location };
              const set = (patch: Partial<typeof edit>) => setEdits({ ...edits, [slot]: { ...edit, ...patch } });
              return (
                <tr key={slot}>
                  <td>{d.interface}</td><td>{d.address ?? ''}</td><td>{d.model}</td><td>{d.serial}</td><td>{d.sw_ver}</td>
                  <td><input maxLength={40} aria-label={`Description ${slot}`} value={edit.description} onInput={(e) => set({ description: e.currentTarget.value })} /></td>
                  <td><input maxLength={40} aria-label={`Location ${slot}`} value={edit.location} onInput={(e) => set({ location: e.currentTarget.value })} /></td>
                  <td>{edits[slot] && <button type="button" onClick={() => save(slot)}>Save</button>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
