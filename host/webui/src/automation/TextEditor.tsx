// The text view: the same rules in the DSL, with the compiler's diagnostics shown at their lines.
import { useRef } from 'preact/hooks';
import type { Diagnostic } from '../api';

interface Props {
  text: string;
  setText: (t: string) => void;
  diagnostics: Diagnostic[];
}

export function TextEditor({ text, setText, diagnostics }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const lineCount = text.split('\n').length;
  const errorLines = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) errorLines.set(d.line, [...(errorLines.get(d.line) ?? []), d]);

  /** Puts the caret at a diagnostic's line and column and scrolls it into view. */
  const jump = (d: Diagnostic) => {
    const el = area.current;
    if (!el) return;
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < d.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += Math.max(0, d.column - 1);
    el.focus();
    el.setSelectionRange(offset, offset + 1);
    const lineHeight = el.scrollHeight / Math.max(1, lines.length);
    el.scrollTop = Math.max(0, (d.line - 3) * lineHeight);
  };

  return (
    <div class="text-editor">
      <div class="code">
        <pre class="gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => (
            <div key={i} class={errorLines.has(i + 1) ? 'err' : ''} title={errorLines.get(i + 1)?.map((d) => d.message).join('\n')}>
              {i + 1}
            </div>
          ))}
        </pre>
        <textarea ref={area} data-testid="dsl" spellcheck={false} value={text} wrap="off"
          onInput={(e) => setText(e.currentTarget.value)}
          onScroll={(e) => gutter.current && (gutter.current.scrollTop = e.currentTarget.scrollTop)} />
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
