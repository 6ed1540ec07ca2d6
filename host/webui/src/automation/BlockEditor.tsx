// The block view of §4.5: automations as cards, conditions as nested AND/OR/NOT/compare blocks, each
// coloured by the live preview (green true, red false, grey unknown).
import { ActionList } from './ActionList';
import { Errors } from './Errors';
import type { Automation, Block, Compare, RuleSet } from './model';
import { blockKind, clone, convertBlock, newAutomation, newCompare, ops, withPart } from './model';
import type { Preview, PreviewAutomation, PreviewInput, PreviewNode } from './preview';
import { nodeAt } from './preview';
import { scaled, seconds, unitOfPath } from '../format';

interface Props {
  rules: RuleSet;
  setRules: (r: RuleSet) => void;
  preview: Preview | null;
  /** JSON paths with errors from the last save (e.g. "automations[0].condition.compare"). */
  errorPaths: Map<string, string[]>;
  inputPaths: string[];
}

const num = (s: string) => (s.trim() === '' ? 0 : Number(s));

export function BlockEditor({ rules, setRules, preview, errorPaths, inputPaths }: Props) {
  const list = rules.automations;
  const setList = (next: Automation[]) => setRules({ ...rules, automations: next });
  const setAt = (i: number, a: Automation) => setList(list.map((x, j) => (j === i ? a : x)));
  const move = (i: number, d: number) => {
    const next = [...list];
    const [a] = next.splice(i, 1);
    next.splice(i + d, 0, a);
    setList(next);
  };
  return (
    <div class="blocks">
      <datalist id="input-paths">
        {inputPaths.map((p) => <option value={p} key={p} />)}
      </datalist>
      {list.length === 0 && <p class="muted">No automations yet.</p>}
      {list.map((a, i) => (
        <AutomationCard
          key={i}
          index={i}
          count={list.length}
          automation={a}
          set={(x) => setAt(i, x)}
          preview={preview?.automations.find((p) => p.index === i && p.name === a.name)}
          errorPaths={errorPaths}
          onMove={(d) => move(i, d)}
          onDuplicate={() => setList([...list.slice(0, i + 1), { ...clone(a), name: a.name + ' (copy)' }, ...list.slice(i + 1)])}
          onErase={() => confirm(`Erase automation "${a.name}"?`) && setList(list.filter((_, j) => j !== i))}
        />
      ))}
      <button type="button" data-testid="add-automation" onClick={() => setList([...list, newAutomation(list.length + 1)])}>
        + Add automation
      </button>
    </div>
  );
}

interface CardProps {
  index: number;
  count: number;
  automation: Automation;
  set: (a: Automation) => void;
  preview?: PreviewAutomation;
  errorPaths: Map<string, string[]>;
  onMove: (delta: number) => void;
  onDuplicate: () => void;
  onErase: () => void;
}

function AutomationCard({ index, count, automation: a, set, preview, errorPaths, onMove, onDuplicate, onErase }: CardProps) {
  const path = `automations[${index}]`;
  const state = preview ? preview.effective ?? preview.state : 'none';
  return (
    <section class={`card automation state-${state}`} data-testid={`automation-${index}`} data-state={state}>
      <div class="row wrap">
        <input class="name" aria-label="Automation name" value={a.name} onInput={(e) => set({ ...a, name: e.currentTarget.value })} />
        <label>
          <input type="checkbox" checked={a.enabled !== false} onChange={(e) => set({ ...a, enabled: e.currentTarget.checked })} /> Enabled
        </label>
        <select aria-label="Mode" value={a.mode} onChange={(e) => set({ ...a, mode: e.currentTarget.value as Automation['mode'] })}>
          <option value="on_change">On change</option>
          <option value="continuous">Continuous</option>
        </select>
        <span class="spacer" />
        <button type="button" title="Move up" disabled={index === 0} onClick={() => onMove(-1)}>↑</button>
        <button type="button" title="Move down" disabled={index === count - 1} onClick={() => onMove(1)}>↓</button>
        <button type="button" onClick={onDuplicate}>Duplicate</button>
        <button type="button" class="danger" onClick={onErase}>Erase</button>
      </div>
      <div class="row wrap small">
        <label>Min on <input type="number" min="0" class="short" value={a.min_on ?? 0} onInput={(e) => set({ ...a, min_on: num(e.currentTarget.value) })} /> s</label>
        <label>Min off <input type="number" min="0" class="short" value={a.min_off ?? 0} onInput={(e) => set({ ...a, min_off: num(e.currentTarget.value) })} /> s</label>
        {preview && (
          <span class="why" data-testid={`automation-${index}-why`}>
            {preview.state.toUpperCase()}
            {preview.hold_remaining ? ` (held ${seconds(Math.ceil(preview.hold_remaining))} more)` : ''}
            {preview.reason ? ` — ${preview.reason}` : ''}
          </span>
        )}
      </div>
      <Errors path={path} errorPaths={errorPaths} />
      <h4>Condition</h4>
      <BlockView block={a.condition} set={(b) => set({ ...a, condition: b })} path={`${path}.condition`} steps={[]}
        preview={preview?.condition} errorPaths={errorPaths} testId={`a${index}-c`} />
      <div class="branches">
        <ActionList title="On True" actions={a.on_true} set={(x) => set({ ...a, on_true: x })} path={`${path}.on_true`} errorPaths={errorPaths}
          ran={ranText(preview, 'on_true', a.mode)} />
        <ActionList title="On False" actions={a.on_false} set={(x) => set({ ...a, on_false: x })} path={`${path}.on_false`} errorPaths={errorPaths}
          ran={ranText(preview, 'on_false', a.mode)} />
      </div>
    </section>
  );
}

/** Whether a branch's actions ran, in words (manual §4.5.5: the preview shows which actions are triggered). */
export function ranText(p: PreviewAutomation | undefined, branch: 'on_true' | 'on_false', mode: string): string | undefined {
  if (!p || p.branch !== branch) return undefined;
  if (mode === 'continuous') return 'running every second';
  return p.branch_ran_ago != null ? `ran ${seconds(p.branch_ran_ago)} ago` : 'ran';
}

interface BlockProps {
  block: Block;
  set: (b: Block) => void;
  path: string;
  steps: number[];
  preview?: PreviewNode;
  errorPaths: Map<string, string[]>;
  onRemove?: () => void;
  testId: string;
}

function BlockView({ block, set, path, steps, preview, errorPaths, onRemove, testId }: BlockProps) {
  const kind = blockKind(block);
  const node = nodeAt(preview, steps);
  const state = node?.state ?? 'none';
  const hasError = [...errorPaths.keys()].some((p) => p === path || (kind === 'compare' && p.startsWith(path + '.compare')));
  return (
    <div class={`block kind-${kind} state-${state}${hasError ? ' has-error' : ''}`} data-testid={testId} data-state={state}>
      <div class="row">
        <select aria-label="Block kind" value={kind} onChange={(e) => set(convertBlock(block, e.currentTarget.value as ReturnType<typeof blockKind>))}>
          <option value="compare">Condition</option>
          <option value="and">AND</option>
          <option value="or">OR</option>
          <option value="not">NOT</option>
        </select>
        {node && <span class={`badge state-${state}`}>{state}</span>}
        {node?.reason && <span class="why">{node.reason}</span>}
        <span class="spacer" />
        {onRemove && <button type="button" title="Remove block" onClick={onRemove}>✕</button>}
      </div>
      <Errors path={path} errorPaths={errorPaths} />
      {'compare' in block && (
        <CompareView c={block.compare} set={(c) => set(withPart(block, 'compare', c))} node={node} path={`${path}.compare`} errorPaths={errorPaths} testId={testId} />
      )}
      {'not' in block && (
        <div class="children">
          <BlockView block={block.not} set={(b) => set(withPart(block, 'not', b))} path={`${path}.not`} steps={[...steps, 0]} preview={preview} errorPaths={errorPaths} testId={`${testId}-0`} />
        </div>
      )}
      {('and' in block || 'or' in block) && (
        <ChildList items={'and' in block ? block.and : (block as { or: Block[] }).or} kind={kind as 'and' | 'or'} set={(items) => set(withPart(block, kind as 'and', items))}
          path={path} steps={steps} preview={preview} errorPaths={errorPaths} testId={testId} />
      )}
    </div>
  );
}

function ChildList({ items, kind, set, path, steps, preview, errorPaths, testId }: {
  items: Block[]; kind: 'and' | 'or'; set: (items: Block[]) => void; path: string; steps: number[];
  preview?: PreviewNode; errorPaths: Map<string, string[]>; testId: string;
}) {
  return (
    <div class="children">
      {items.map((child, i) => (
        <BlockView key={i} block={child} set={(b) => set(items.map((x, j) => (j === i ? b : x)))}
          path={`${path}.${kind}[${i}]`} steps={[...steps, i]} preview={preview} errorPaths={errorPaths}
          onRemove={items.length > 1 ? () => set(items.filter((_, j) => j !== i)) : undefined} testId={`${testId}-${i}`} />
      ))}
      <button type="button" class="small" onClick={() => set([...items, { compare: newCompare() }])}>+ {kind.toUpperCase()} condition</button>
    </div>
  );
}

function CompareView({ c, set, node, path, errorPaths, testId }: {
  c: Compare; set: (c: Compare) => void; node?: PreviewNode; path: string; errorPaths: Map<string, string[]>; testId: string;
}) {
  const unit = unitOfPath(c.inputs[0]?.input ?? '');
  // Band edges and position come from the gateway (one runtime place computes them); unsaved edits have none.
  const edges = node?.on_at != null && node.off_at != null && node.on_at !== node.off_at ? { on: node.on_at, off: node.off_at } : null;
  const sum = node ? node.sum ?? sumOf(node.inputs) : null;
  const band = node?.band;
  const setInput = (i: number, patch: Partial<Compare['inputs'][number]>) =>
    set({ ...c, inputs: c.inputs.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <div class="compare">
      <div class="row wrap">
        {c.inputs.map((term, i) => (
          <span class="term" key={i}>
            <select aria-label="Sign" value={term.sign} onChange={(e) => setInput(i, { sign: e.currentTarget.value as '+' | '-' })}>
              <option value="+">+</option>
              <option value="-">−</option>
            </select>
            <input list="input-paths" aria-label="Input" data-testid={`${testId}-input-${i}`} value={term.input}
              onInput={(e) => setInput(i, { input: e.currentTarget.value.trim() })} />
            {node?.inputs?.[i] && <span class={node.inputs[i].value == null ? 'value missing' : 'value'} data-testid={`${testId}-value-${i}`}
              title={node.inputs[i].value == null ? missingText(node.inputs[i]) : undefined}>= {node.inputs[i].value == null ? 'no value' : scaled(node.inputs[i].value, unit)}</span>}
            {c.inputs.length > 1 && <button type="button" title="Remove input" onClick={() => set({ ...c, inputs: c.inputs.filter((_, j) => j !== i) })}>✕</button>}
          </span>
        ))}
        <button type="button" class="small" title="Add an input to the sum" onClick={() => set({ ...c, inputs: [...c.inputs, { sign: '+', input: '' }] })}>+ input</button>
      </div>
      <div class="row wrap">
        <select aria-label="Operator" data-testid={`${testId}-op`} value={c.op} onChange={(e) => set({ ...c, op: e.currentTarget.value as Compare['op'] })}>
          {ops.map((o) => <option value={o} key={o}>{o}</option>)}
        </select>
        <label>Value <input type="number" step="any" aria-label="Value" data-testid={`${testId}-value`} value={c.value}
          onInput={(e) => set({ ...c, value: num(e.currentTarget.value) })} /> {unit}</label>
        <label>Hysteresis ± <input type="number" min="0" step="any" class="short" aria-label="Hysteresis" data-testid={`${testId}-hysteresis`}
          value={c.hysteresis ?? 0} onInput={(e) => set({ ...c, hysteresis: num(e.currentTarget.value) })} /> {unit}</label>
        <label>For <input type="number" min="0" class="short" aria-label="For" value={c.for ?? 0}
          onInput={(e) => set({ ...c, for: num(e.currentTarget.value) })} /> s</label>
      </div>
      <div class="row wrap small muted">
        {edges && <span class="band" data-testid={`${testId}-band`}>on at {scaled(edges.on, unit, 2, true)}, off at {scaled(edges.off, unit, 2, true)}</span>}
        {sum != null && c.inputs.length > 1 && <span>sum = {scaled(sum, unit)}</span>}
        {band && band !== 'unknown' && <span data-testid={`${testId}-position`}>{band} the band{node?.latched && band === 'inside' ? ` (holding ${node.latched})` : ''}</span>}
        {node?.for_remaining ? <span data-testid={`${testId}-timer`}>timer: {seconds(Math.ceil(node.for_remaining))} left</span> : null}
      </div>
      {edges && sum != null && <Gauge sum={sum} on={edges.on} off={edges.off} />}
      <Errors path={path} errorPaths={errorPaths} />
    </div>
  );
}

/** The sum of the preview's input values, or null when any is invalid (Unknown). */
function sumOf(inputs?: PreviewNode['inputs']): number | null {
  if (!inputs || inputs.length === 0 || inputs.some((t) => t.value == null)) return null;
  return inputs.reduce((a, t) => a + (t.sign === '-' ? -1 : 1) * (t.value as number), 0);
}

/** "ir.left.P: no value for 42 s" for an input the gateway has no reading of (an age: the page's clock and zone
 *  need not be the gateway's; the block's reason gives the gateway's time). */
export function missingText(input: PreviewInput, now = Date.now()): string {
  if (!input.last_valid) return `${input.input}: no value since the gateway started`;
  return `${input.input}: no value for ${seconds(Math.max(0, Math.round((now - new Date(input.last_valid).getTime()) / 1000)))}`;
}

/** The hysteresis band as a strip with the current value as a needle. */
function Gauge({ sum, on, off }: { sum: number; on: number; off: number }) {
  const lo = Math.min(on, off);
  const hi = Math.max(on, off);
  const span = hi - lo;
  const min = lo - span * 1.5;
  const max = hi + span * 1.5;
  const pct = (v: number) => `${Math.max(0, Math.min(100, ((v - min) / (max - min)) * 100))}%`;
  return (
    <div class="gauge" aria-hidden="true">
      <span class="zone" style={{ left: pct(lo), width: `calc(${pct(hi)} - ${pct(lo)})` }} />
      <span class="needle" style={{ left: pct(sum) }} />
    </div>
  );
}
