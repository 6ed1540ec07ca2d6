// Compiler messages shown on the block (or action) whose JSON path they name.

export function Errors({ path, errorPaths }: { path: string; errorPaths: Map<string, string[]> }) {
  const messages = errorPaths.get(path);
  return messages ? <div class="diag">{messages.map((m) => <div key={m}>{m}</div>)}</div> : null;
}
