// The text view: the same rules in the DSL, with the compiler's diagnostics inline. A backdrop behind
// the (transparent) textarea repeats the text with the offending lines tinted, the column marked and
// the message written after the line's end, so diagnostics sit where they belong while typing.
import { useRef } from 'preact/hooks';
import type { Diagnostic } from '../api';

interface Props {
  text: string;
  setText: (t: string) => void;
  diagnostics: Diagnostic[];
}

function Line({ line, diags }: { line: string; diags?: Diagnostic[] }) {
  if (!diags) return <div>{line || ' '}</div>;
  const col = Math.max(1, Math.min(diags[0].column, line.length + 1)) - 1;
  const worst = diags.some((d) => d.severity === 'error') ? 'error' : 'warning';
  return (
    <div class={`diag-line ${worst}`}>
      {line.slice(0, col)}<mark>{line.slice(col, col + 1) || ' '}</mark>{line.slice(col + 1)}
      <span class="inline-msg">{'  ◀ '}{diags.map((d) => `${d.code}: ${d.message}`).join(' · ')}</span>
    </div>
  );
}

export function TextEditor({ text, setText, diagnostics }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const backdrop = useRef<HTMLPreElement>(null);
  const lines = text.split('\n');
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);

  /** Puts the caret at a diagnostic's line and column and scrolls it into view. */
  const jump = (d: Diagnostic) => {
    const el = area.current;
    if (!el) return;
    let offset = 0;
    for (let i = 0; i < d.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += Math.max(0, d.column - 1);
    el.focus();
    el.setSelectionRange(offset, offset + 1);
    const lineHeight = el.scrollHeight / Math.max(1, lines.length);
    el.scrollTop = Math.max(0, (d.line - 3) * lineHeight);
  };
  const sync = (el: HTMLTextAreaElement) => {
    if (gutter.current) gutter.current.scrollTop = el.scrollTop;
    if (backdrop.current) { backdrop.current.scrollTop = el.scrollTop; backdrop.current.scrollLeft = el.scrollLeft; }
  };

  return (
    <div class="text-editor">
      <div class="code">
        <pre class="gutter" ref={gutter} aria-hidden="true">
          {lines.map((_, i) => {
            const diags = byLine.get(i + 1);
            return <div key={i} class={!diags ? '' : diags.some((d) => d.severity === 'error') ? 'err' : 'warn'}>{i + 1}</div>;
          })}
        </pre>
        <div class="layers">
          <pre class="backdrop" ref={backdrop} aria-hidden="true">
            {lines.map((l, i) => <Line key={i} line={l} diags={byLine.get(i + 1)} />)}
          </pre>
          <textarea ref={area} data-testid="dsl" spellcheck={false} value={text} wrap="off" aria-label="Automations in the DSL"
            onInput={(e) => setText(e.currentTarget.value)} onScroll={(e) => sync(e.currentTarget)} />
        </div>
      </div>
      {diagnostics.length > 0 && (
        <ul class="diagnostics" data-testid="diagnostics">
          {diagnostics.map((d, i) => (
            <li key={i} class={d.severity} onClick={() => jump(d)}>
              <code>({d.line},{d.column})</code> {d.severity} {d.code}: {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
