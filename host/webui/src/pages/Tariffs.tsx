// Settings → Tariffs: tariffs, seasons with hourly schedules, holidays, and a week view of the result.
import { useEffect, useState } from 'preact/hooks';
import { get, postSource } from '../api';
import type { Diagnostic, SourceUpdate } from '../api';
import type { Calendar, SeasonDef } from './tariffModel';
import { daySelectors, editItem, emptyCalendar, holidayOn, tariffColors, tariffsOfDay } from './tariffModel';


export function TariffsPage() {
  const [cal, setCal] = useState<Calendar>(emptyCalendar());
  const [active, setActive] = useState<string>('');
  const [message, setMessage] = useState('');
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [weekOf, setWeekOf] = useState(() => new Date().toISOString().slice(0, 10));

  useEffect(() => {
    get('/api/tariffs').then((t) => {
      setActive(`${t.active_tariff ?? '—'} at ${t.local_time}`);
      if (t.source.trim().startsWith('{')) setCal(JSON.parse(t.source) as Calendar);
      else if (t.source.trim()) {
        // A calendar written in the DSL is shown through the gateway's canonical JSON formatter.
        postSource<{ source: string }>('/api/tariffs/convert?to=json', t.source, 'text')
          .then((c) => setCal(JSON.parse(c.source) as Calendar))
          .catch(() => setMessage('The calendar in force is written in the text DSL and this gateway cannot convert it; saving here replaces it.'));
      }
    }).catch((e: Error) => setMessage(e.message));
  }, []);

  const save = async () => {
    const r = await postSource<SourceUpdate>('/api/tariffs', JSON.stringify(cal, null, 2), 'json').catch((e: Error) => ({ accepted: false, image_hash: null, diagnostics: [{ severity: 'error', code: '', message: e.message, line: 0, column: 0 }] }));
    setDiagnostics(r.diagnostics);
    setMessage(r.accepted ? 'Saved.' : 'Not saved: the calendar in force stays.');
  };
  const setSeason = (i: number, s: SeasonDef) => setCal(editItem(cal, 'seasons', i, s));

  const monday = new Date(weekOf + 'T00:00:00');
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const days = Array.from({ length: 7 }, (_, k) => { const d = new Date(monday); d.setDate(d.getDate() + k); return d; });

  return (
    <div>
      <h3>Tariffs</h3>
      <p class="muted">Active tariff: {active}</p>
      <label class="field">Time zone (POSIX) <input value={cal.timezone} onInput={(e) => setCal({ ...cal, timezone: e.currentTarget.value })} /></label>
      <table class="data" data-testid="tariff-list">
        <thead><tr><th>#</th><th>Name</th><th>Price / kWh</th><th /></tr></thead>
        <tbody>
          {cal.tariffs.map((t, i) => (
            <tr key={i}>
              <td><span class="swatch" style={{ background: tariffColors[t.id] }} />{t.id}</td>
              <td><input aria-label={`Tariff ${t.id} name`} value={t.name} onInput={(e) => setCal(editItem(cal, 'tariffs', i, { name: e.currentTarget.value }))} /></td>
              <td><input type="number" step="any" class="short" aria-label={`Tariff ${t.id} price per kWh`} value={t.price ?? ''} onInput={(e) => setCal(editItem(cal, 'tariffs', i, { price: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) }))} /></td>
              <td><button type="button" onClick={() => setCal({ ...cal, tariffs: cal.tariffs.filter((_, j) => j !== i) })}>✕</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {cal.tariffs.length < 5 && <button type="button" onClick={() => setCal({ ...cal, tariffs: [...cal.tariffs, { id: cal.tariffs.length + 1, name: `Tariff ${cal.tariffs.length + 1}` }] })}>+ Tariff</button>}

      <h3>Seasons</h3>
      {cal.seasons.map((s, i) => (
        <div class="card" key={i}>
          <div class="row wrap">
            <input aria-label="Season name" value={s.name} onInput={(e) => setSeason(i, { ...s, name: e.currentTarget.value })} />
            <label>Start <input class="short2" value={s.start} title="MM-DD, summer time or winter time" onInput={(e) => setSeason(i, { ...s, start: e.currentTarget.value })} /></label>
            <span class="spacer" /><button type="button" onClick={() => setCal({ ...cal, seasons: cal.seasons.filter((_, j) => j !== i) })}>✕</button>
          </div>
          <div class="row wrap small">
            {daySelectors.map((d) => (
              <label key={d}><input type="checkbox" checked={s.days.includes(d)} onChange={(e) => setSeason(i, { ...s, days: e.currentTarget.checked ? [...s.days, d] : s.days.filter((x) => x !== d) })} /> {d}</label>
            ))}
          </div>
          <div class="row wrap small">
            {s.schedule.map((e, k) => (
              <span class="term" key={k}>from <input type="number" min="0" max="23" class="short" aria-label={`${s.name}: hour`} value={e.hour} onInput={(ev) => setSeason(i, { ...s, schedule: s.schedule.map((x, j) => (j === k ? { ...x, hour: Number(ev.currentTarget.value) } : x)) })} />
                h use <input type="number" min="1" max="5" class="short" aria-label={`${s.name}: tariff from that hour`} value={e.tariff} onInput={(ev) => setSeason(i, { ...s, schedule: s.schedule.map((x, j) => (j === k ? { ...x, tariff: Number(ev.currentTarget.value) } : x)) })} />
                <button type="button" aria-label="Remove hour" onClick={() => setSeason(i, { ...s, schedule: s.schedule.filter((_, j) => j !== k) })}>✕</button></span>
            ))}
            <button type="button" onClick={() => setSeason(i, { ...s, schedule: [...s.schedule, { hour: Math.min(23, (s.schedule.at(-1)?.hour ?? -1) + 1), tariff: 1 }] })}>+ hour</button>
          </div>
        </div>
      ))}
      <button type="button" onClick={() => setCal({ ...cal, seasons: [...cal.seasons, { name: 'Season', start: '01-01', days: ['workday', 'weekend'], schedule: [{ hour: 0, tariff: 1 }] }] })}>+ Season</button>

      <h3>Holidays</h3>
      {(cal.holidays ?? []).map((h, i) => {
        const set = (patch: Partial<typeof h>) => setCal(editItem(cal, 'holidays', i, patch));
        return (
          <div class="row wrap" key={i}>
            <input aria-label="Holiday name" value={h.name} onInput={(e) => set({ name: e.currentTarget.value })} />
            <input aria-label="Date" class="short2" title="MM-DD (every year) or YYYY-MM-DD" value={h.date} onInput={(e) => set({ date: e.currentTarget.value })} />
            <label>days <input type="number" min="1" class="short" value={h.duration ?? 1} onInput={(e) => set({ duration: Number(e.currentTarget.value) })} /></label>
            <button type="button" onClick={() => setCal({ ...cal, holidays: (cal.holidays ?? []).filter((_, j) => j !== i) })}>✕</button>
          </div>
        );
      })}
      <button type="button" onClick={() => setCal({ ...cal, holidays: [...(cal.holidays ?? []), { name: 'Holiday', date: '01-01' }] })}>+ Holiday</button>

      <div class="row"><button type="button" class="primary" onClick={save} data-testid="tariffs-save">Save calendar</button>{message && <span class="message">{message}</span>}</div>
      {diagnostics.length > 0 && <ul class="diagnostics">{diagnostics.map((d, i) => <li key={i} class={d.severity}>({d.line},{d.column}) {d.code}: {d.message}</li>)}</ul>}

      <h3>Week view</h3>
      <label>Week of <input type="date" value={weekOf} onInput={(e) => setWeekOf(e.currentTarget.value)} /></label>
      <div class="scroll">
        <table class="week" data-testid="tariff-week">
          <thead><tr><th />{Array.from({ length: 24 }, (_, h) => <th key={h}>{h}</th>)}</tr></thead>
          <tbody>
            {days.map((d) => {
              const holiday = holidayOn(cal, d);
              return (
                <tr key={d.toISOString()}>
                  <th class="nowrap">{d.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'numeric' })}{holiday ? ` (${holiday.name})` : ''}</th>
                  {tariffsOfDay(cal, d).map((t, h) => <td key={h} style={{ background: tariffColors[t] ?? '#fff' }} title={cal.tariffs.find((x) => x.id === t)?.name ?? 'none'}>{t || ''}</td>)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
