// §4.1.8 Bicom control: state of every Bicom relay, switch on/off/toggle.
import { useState } from 'preact/hooks';
import { get, postJson } from '../api';
import type { BicomEntry as Bicom } from '../api.gen';
import { usePoll } from '../hooks';

export function BicomsPage() {
  const { data, error, reload } = usePoll(() => get('/api/bicoms'), 1000);
  const [message, setMessage] = useState('');
  const send = async (b: Bicom, val: string) => {
    try {
      await postJson('/api/bicom', b.serial ? { addr: null, serial: b.serial, val } : { addr: b.address ?? 0, serial: null, val });
      setMessage('');
    } catch (e) {
      setMessage((e as Error).message);
    }
    reload();
  };
  return (
    <div>
      <h2>Bicom Control</h2>
      {error && <p class="error">{error}</p>}
      {message && <p class="error">{message}</p>}
      <table class="data" data-testid="bicoms">
        <thead><tr><th>Interface</th><th>Model</th><th>Serial</th><th>State</th><th /></tr></thead>
        <tbody>
          {(data?.bicoms ?? []).map((b, i) => (
            <tr key={b.serial || i} data-testid={`bicom-${i}`}>
              <td>{b.interface}{b.address != null ? ` @${b.address}` : ''}</td><td>{b.model}</td><td>{b.serial}</td>
              <td><span class={`badge bicom-${b.state}`} data-testid={`bicom-${i}-state`}>{b.state}</span></td>
              <td class="nowrap">
                <button type="button" onClick={() => send(b, 'on')}>On</button>
                <button type="button" onClick={() => send(b, 'off')}>Off</button>
                <button type="button" onClick={() => send(b, 'toggle')}>Toggle</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
