// §4.1.4 Energy counters: non-resettable and resettable, auto-scaled Wh/kWh/MWh, each assignable to tariffs
// 1–5 — the gateway then keeps a register of what the counter counted while those tariffs were in force.
import { useEffect, useState } from 'preact/hooks';
import { get, postJson } from '../api';
import { scaled } from '../format';
import { usePoll } from '../hooks';
import { DeviceHeader, MeterSelect } from './Measurements';

import type { CounterEntry as Counter, TariffCounterEntry as Assigned, TariffCountersResponse as TariffCounters } from '../api.gen';

type Kind = 'non_resettable' | 'resettable';

const tariffIds = [1, 2, 3, 4, 5];

function CounterTable({ title, kind, rows, assigned, assign, id }: {
  title: string; kind: Kind; rows: Counter[]; assigned: Assigned[]; assign: (kind: Kind, counter: number, tariffs: number[]) => void; id: string;
}) {
  return (
    <div>
      <h3>{title}</h3>
      <div class="scroll">
        <table class="data" data-testid={id}>
          <thead><tr><th scope="col">Counter</th><th scope="col">Direction</th><th scope="col">Value</th><th scope="col">Tariffs</th><th scope="col">In those tariffs</th></tr></thead>
          <tbody>
            {rows.length === 0 && <tr><td colSpan={5} class="muted">none</td></tr>}
            {rows.map((c, i) => {
              const a = assigned.find((x) => x.counter_kind === kind && x.counter === i + 1);
              const on = a?.tariffs ?? [];
              return (
                <tr key={c.name} data-testid={`${id}-${i + 1}`}>
                  <th scope="row">{c.name}</th><td>{c.direction}</td><td class="num">{scaled(c.value, c.unit, 3)}</td>
                  <td class="nowrap">
                    <fieldset class="inline" aria-label={`${c.name} counts in tariffs`}>
                      {tariffIds.map((t) => (
                        <label key={t} class="chip"><input type="checkbox" checked={on.includes(t)} aria-label={`${c.name} tariff ${t}`}
                          onChange={(e) => assign(kind, i + 1, e.currentTarget.checked ? [...on, t] : on.filter((x) => x !== t))} />{t}</label>
                      ))}
                    </fieldset>
                  </td>
                  <td class="num" data-testid={`${id}-${i + 1}-tariff-value`}>{a ? (a.value == null ? 'from the next reading' : scaled(a.value, a.unit, 3)) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function CountersPage() {
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState('');
  // The gateway's answer to the last assignment: shown at once, before the next poll.
  const [answer, setAnswer] = useState<{ index: number; data: TariffCounters }>();
  const { data, error } = usePoll(() => get(`/api/counters/${index}`), 5000, [index]);
  const tariffs = usePoll(() => get(`/api/tariff_counters/${index}`), 5000, [index]);
  useEffect(() => setAnswer(undefined), [tariffs.data]);
  const assign = async (kind: Kind, counter: number, list: number[]) => {
    // The boxes follow the click at once; the gateway's answer (or the next poll) then stands.
    const others = assigned.filter((a) => !(a.counter_kind === kind && a.counter === counter));
    setAnswer({ index, data: { index, counters: list.length ? [...others, { counter_kind: kind, counter, tariffs: list, unit: 'Wh', value: null, registers: null }] : others } });
    try {
      setAnswer({ index, data: await postJson(`/api/tariff_counters/${index}`, { counter_kind: kind, counter, tariffs: list }) });
      setMessage(list.length ? `Counter ${counter} counts in tariff${list.length > 1 ? 's' : ''} ${[...list].sort().join(', ')}.` : `Counter ${counter} is no longer assigned to tariffs.`);
    } catch (e) {
      setAnswer(undefined);
      setMessage((e as Error).message);
    }
  };
  const assigned = (answer?.index === index ? answer.data : tariffs.data)?.counters ?? [];
  return (
    <div>
      <h2>Energy Counters</h2>
      <MeterSelect value={index} onChange={setIndex} />
      <DeviceHeader index={index} />
      {error && <p class="error">{error}</p>}
      {message && <p class="message" role="status">{message}</p>}
      {data && (
        <div class="grid2">
          <CounterTable title="Non-resettable" kind="non_resettable" rows={data.counters.non_resettable} assigned={assigned} assign={assign} id="counters-nonres" />
          <CounterTable title="Resettable" kind="resettable" rows={data.counters.resettable} assigned={assigned} assign={assign} id="counters-res" />
        </div>
      )}
      <p class="muted small">A counter assigned to tariffs grows on the gateway only while one of them is in force (the meter's own counters stay the billing ones).</p>
    </div>
  );
}
