// The On True / On False action lists of an automation: Bicom switching, Modbus writes, MQTT messages.
import type { Action } from './model';
import { registerTypes } from './model';
import { Errors } from './Errors';

const num = (s: string) => (s.trim() === '' ? 0 : Number(s));

const newAction = (kind: string): Action =>
  kind === 'bicom' ? { bicom: { target: 'ir.right', function: 'on' } }
    : kind === 'modbus' ? { modbus: { address: 1, function: 6, register: 0, type: 'int16', value: 0 } }
      : { mqtt: { link: 1, subtopic: 'status', message: '' } };

export function ActionList({ title, actions, set, path, errorPaths, ran }: {
  title: string; actions: Action[]; set: (a: Action[]) => void; path: string; errorPaths: Map<string, string[]>;
  /** Set when the live preview says this branch's actions ran ("ran 42 s ago"). */
  ran?: string;
}) {
  const setAt = (i: number, a: Action) => set(actions.map((x, j) => (j === i ? a : x)));
  const id = title.replace(' ', '-').toLowerCase();
  return (
    <div class={ran ? 'actions ran' : 'actions'} data-testid={id} data-ran={ran ? 'true' : 'false'}>
      <h4>{title}{ran && <span class="badge state-true" data-testid={`${id}-ran`}>{ran}</span>}</h4>
      {actions.map((a, i) => (
        <div class="row wrap action" key={i}>
          {'bicom' in a && (<>
            <b>Bicom</b>
            <input aria-label="Bicom target" value={a.bicom.target} onInput={(e) => setAt(i, { ...a, bicom: { ...a.bicom, target: e.currentTarget.value } })} />
            <select aria-label="Bicom function" value={a.bicom.function} onChange={(e) => setAt(i, { ...a, bicom: { ...a.bicom, function: e.currentTarget.value as 'on' } })}>
              <option value="on">on</option><option value="off">off</option><option value="toggle">toggle</option>
            </select>
          </>)}
          {'modbus' in a && (<>
            <b>Modbus</b>
            <label>addr <input type="number" class="short" value={a.modbus.address} onInput={(e) => setAt(i, { ...a, modbus: { ...a.modbus, address: num(e.currentTarget.value) } })} /></label>
            <select aria-label="Function" value={a.modbus.function} onChange={(e) => setAt(i, { ...a, modbus: { ...a.modbus, function: Number(e.currentTarget.value) as 6 } })}>
              <option value="6">FC6</option><option value="16">FC16</option>
            </select>
            <label>reg <input type="number" class="short" value={a.modbus.register} onInput={(e) => setAt(i, { ...a, modbus: { ...a.modbus, register: num(e.currentTarget.value) } })} /></label>
            <select aria-label="Type" value={a.modbus.type} onChange={(e) => setAt(i, { ...a, modbus: { ...a.modbus, type: e.currentTarget.value } })}>
              {registerTypes.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
            <label>value <input type="number" step="any" class="short" value={a.modbus.value} onInput={(e) => setAt(i, { ...a, modbus: { ...a.modbus, value: num(e.currentTarget.value) } })} /></label>
          </>)}
          {'mqtt' in a && (<>
            <b>MQTT</b>
            <select aria-label="Link" value={a.mqtt.link} onChange={(e) => setAt(i, { ...a, mqtt: { ...a.mqtt, link: Number(e.currentTarget.value) as 1 } })}>
              <option value="1">link 1</option><option value="2">link 2</option>
            </select>
            <input aria-label="Subtopic" class="short2" value={a.mqtt.subtopic} onInput={(e) => setAt(i, { ...a, mqtt: { ...a.mqtt, subtopic: e.currentTarget.value } })} />
            <input aria-label="Message" value={a.mqtt.message} onInput={(e) => setAt(i, { ...a, mqtt: { ...a.mqtt, message: e.currentTarget.value } })} />
          </>)}
          <button type="button" title="Remove action" onClick={() => set(actions.filter((_, j) => j !== i))}>✕</button>
          <Errors path={`${path}[${i}]`} errorPaths={errorPaths} />
        </div>
      ))}
      <select aria-label={`Add ${title} action`} value="" onChange={(e) => { if (e.currentTarget.value) set([...actions, newAction(e.currentTarget.value)]); e.currentTarget.value = ''; }}>
        <option value="">+ action…</option>
        <option value="bicom">Bicom</option>
        <option value="modbus">Modbus write</option>
        <option value="mqtt">MQTT message</option>
      </select>
    </div>
  );
}
