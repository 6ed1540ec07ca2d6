// §4.1.4 Energy counters: non-resettable and resettable, auto-scaled Wh/kWh/MWh.
import { useState } from 'preact/hooks';
import { get } from '../api';
import { scaled } from '../format';
import { usePoll } from '../hooks';
import { DeviceHeader, MeterSelect } from './Measurements';

interface Counter { name: string; value: number; unit: string; direction: string }
interface Counters { counters: { non_resettable: Counter[]; resettable: Counter[] } }

function CounterTable({ title, rows, id }: { title: string; rows: Counter[]; id: string }) {
  return (
    <div>
      <h3>{title}</h3>
      <table class="data" data-testid={id}>
        <thead><tr><th scope="col">Counter</th><th scope="col">Direction</th><th scope="col">Value</th></tr></thead>
        <tbody>
          {rows.length === 0 && <tr><td colSpan={3} class="muted">none</td></tr>}
          {rows.map((c) => <tr key={c.name}><td>{c.name}</td><td>{c.direction}</td><td class="num">{scaled(c.value, c.unit, 3)}</td></tr>)}
        </tbody>
      </table>
    </div>
  );
}

export function CountersPage() {
  const [index, setIndex] = useState(0);
  const { data, error } = usePoll(() => get<Counters>(`/api/counters/${index}`), 5000, [index]);
  return (
    <div>
      <h2>Energy Counters</h2>
      <MeterSelect value={index} onChange={setIndex} />
      <DeviceHeader index={index} />
      {error && <p class="error">{error}</p>}
      {data && (
        <div class="grid2">
          <CounterTable title="Non-resettable" rows={data.counters.non_resettable} id="counters-nonres" />
          <CounterTable title="Resettable" rows={data.counters.resettable} id="counters-res" />
        </div>
      )}
    </div>
  );
}
