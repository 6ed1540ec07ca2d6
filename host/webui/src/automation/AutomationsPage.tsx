// Settings → Automation (§4.5): block view and text view of one rule set, save (compile on the gateway),
// export/import JSON, and the live preview polled every second.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, get, postSource } from '../api';
import type { Diagnostic, SourceUpdate } from '../api';
import { BlockEditor } from './BlockEditor';
import { TextEditor } from './TextEditor';
import type { RuleSet } from './model';
import { parseRuleSet, prettyWithPaths } from './model';
import type { Preview } from './preview';

interface Converted {
  source: string;
  format: 'text' | 'json';
  diagnostics?: Diagnostic[];
  accepted?: boolean;
}

const empty: RuleSet = { version: 1, automations: [] };
const quantities = ['P', 'Q', 'S', 'PF', 'f', 'U.L1', 'U.L2', 'U.L3', 'I.L1', 'I.L2', 'I.L3', 'P.L1', 'P.L2', 'P.L3', 'counter.1', 'counter.2'];

/** POSTs a source to the gateway's converter; a refusal comes back with diagnostics. */
async function convert(source: string, from: 'text' | 'json', to: 'text' | 'json'): Promise<Converted> {
  return postSource<Converted>(`/api/automations/convert?to=${to}`, source, from);
}

export function AutomationsPage() {
  const [view, setView] = useState<'blocks' | 'text'>('blocks');
  const [rules, setRulesState] = useState<RuleSet>(empty);
  const [text, setTextState] = useState('');
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [errorPaths, setErrorPaths] = useState<Map<string, string[]>>(new Map());
  const [message, setMessage] = useState('');
  const [dirty, setDirty] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState('');
  const [inputPaths, setInputPaths] = useState<string[]>([]);

  const setRules = (r: RuleSet) => { setRulesState(r); setDirty(true); };
  const setText = (t: string) => { setTextState(t); setDirty(true); };

  useEffect(() => {
    get('/api/automations').then(async (current) => {
      if (!current.source.trim()) return;
      if (current.format === 'json') {
        setRulesState(parseRuleSet(current.source));
        return;
      }
      // Rules written in the DSL open in the block view through the gateway's canonical JSON; the
      // text view keeps the source as written.
      setTextState(current.source);
      try {
        const converted = await convert(current.source, 'text', 'json');
        setRulesState(parseRuleSet(converted.source));
      } catch {
        setView('text');
      }
    }).catch((e: Error) => setMessage('Could not load the automations: ' + e.message));
    get('/api/devices').then(({ devices }) => {
      const ifaces = devices.filter((d) => d.model !== 'Disabled' && d.model !== 'Not Detected' && !d.model.startsWith('BI'))
        .map((d) => (d.interface.includes('Left IR') ? 'ir.left' : `rs485.${d.address}`));
      setInputPaths([...ifaces.flatMap((i) => quantities.map((q) => `${i}.${q}`)), 'tariff', 'temperature', 'pulse', 'time.hour', 'time.weekday']);
    }).catch(() => {});
  }, []);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const p = await get('/api/automations/preview');
        if (!stopped) { setPreview(p); setPreviewError(''); }
      } catch (e) {
        if (!stopped) setPreviewError((e as Error).message);
      }
    };
    poll();
    const timer = setInterval(poll, 1000);
    return () => { stopped = true; clearInterval(timer); };
  }, []);

  const showDiagnostics = (list: Diagnostic[], paths?: string[]) => {
    setDiagnostics(list);
    const map = new Map<string, string[]>();
    for (const d of list) {
      const path = d.path ?? paths?.[d.line - 1] ?? '';
      // Shown on the nearest rendered owner: the compare, the action or the automation.
      const key = path
        .replace(/\.(name|enabled|mode|min_on|min_off|inputs|op|value|hysteresis|for)(\[\d+\])?(\.\w+)?$/, '')
        .replace(/(\.on_(true|false)\[\d+\])\.(bicom|modbus|mqtt)(\.\w+)?$/, '$1')
        .replace(/\.(and|or|not)$/, '');
      map.set(key, [...(map.get(key) ?? []), `${d.severity} ${d.code}: ${d.message}`]);
    }
    setErrorPaths(map);
  };

  const switchTo = async (next: 'blocks' | 'text') => {
    if (next === view) return;
    setMessage('');
    try {
      if (next === 'text') {
        const converted = await convert(JSON.stringify(rules, null, 2), 'json', 'text');
        if (converted.accepted === false) { showDiagnostics(converted.diagnostics ?? [], prettyWithPaths(rules).paths); return; }
        setTextState(converted.source);
      } else {
        if (text.trim() === '') {
          setRulesState(empty);
        } else {
          const converted = await convert(text, 'text', 'json');
          if (converted.accepted === false) { showDiagnostics(converted.diagnostics ?? []); return; }
          setRulesState(parseRuleSet(converted.source));
        }
      }
      showDiagnostics([]);
      setView(next);
    } catch (e) {
      setMessage(e instanceof ApiError && e.status === 404
        ? 'This gateway cannot convert between the views yet (POST /api/automations/convert).'
        : 'Could not convert: ' + (e as Error).message);
    }
  };

  const save = async () => {
    setMessage('Compiling on the gateway…');
    try {
      let result: SourceUpdate;
      let paths: string[] | undefined;
      if (view === 'blocks') {
        const pretty = prettyWithPaths(rules);
        paths = pretty.paths;
        result = await postSource<SourceUpdate>('/api/automations', pretty.text, 'json');
      } else {
        result = await postSource<SourceUpdate>('/api/automations', text, 'text');
      }
      showDiagnostics(result.diagnostics, paths);
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      setMessage(result.accepted ? `Saved: the gateway runs the new automations${result.image_hash ? ` (image ${result.image_hash})` : ''}.`
        : `Not saved: ${errors} error${errors === 1 ? '' : 's'}; the previous automations keep running.`);
      if (result.accepted) setDirty(false);
    } catch (e) {
      setMessage('Save failed: ' + (e as Error).message);
    }
  };

  const exportJson = () => {
    const blob = new Blob([JSON.stringify(rules, null, 2) + '\n'], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'automations.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const importJson = async (file: File) => {
    try {
      setRules(parseRuleSet(await file.text()));
      setView('blocks');
      setMessage(`Imported ${file.name}: press Save to run it.`);
    } catch (e) {
      setMessage(`Cannot import ${file.name}: ${(e as Error).message}`);
    }
  };

  return (
    <div>
      <h2>Automation</h2>
      <div class="row wrap toolbar">
        <div class="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={view === 'blocks'} data-testid="view-blocks" onClick={() => switchTo('blocks')}>Blocks</button>
          <button type="button" role="tab" aria-selected={view === 'text'} data-testid="view-text" onClick={() => switchTo('text')}>Text</button>
        </div>
        <button type="button" class="primary" data-testid="save" onClick={save}>Save{dirty ? ' *' : ''}</button>
        {view === 'blocks' && <button type="button" onClick={exportJson} data-testid="export">Export JSON</button>}
        <label class="button">
          Import JSON
          <input type="file" accept=".json,application/json" hidden data-testid="import"
            onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) importJson(f); e.currentTarget.value = ''; }} />
        </label>
      </div>
      {message && <p class="message" data-testid="message">{message}</p>}
      <p class="muted small" data-testid="preview-status">
        {previewError ? `Live preview unavailable: ${previewError}`
          : preview ? `Live preview${preview.running ? '' : ' (rules not running)'}${preview.tick != null ? `, tick ${preview.tick}` : ''}${dirty ? ' — shows the saved rules' : ''}`
            : 'Live preview: waiting…'}
      </p>
      {view === 'blocks'
        ? <BlockEditor rules={rules} setRules={setRules} preview={dirty ? null : preview} errorPaths={errorPaths} inputPaths={inputPaths} />
        : <TextEditor text={text} setText={setText} diagnostics={diagnostics} />}
      {view === 'blocks' && diagnostics.length > 0 && (
        <ul class="diagnostics" data-testid="diagnostics">
          {diagnostics.map((d, i) => <li key={i} class={d.severity}>{d.path ?? `(${d.line},${d.column})`} {d.severity} {d.code}: {d.message}</li>)}
        </ul>
      )}
    </div>
  );
}
