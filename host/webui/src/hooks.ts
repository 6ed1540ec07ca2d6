import { useEffect, useState } from 'preact/hooks';

/** Loads a resource and reloads it every <code>intervalMs</code> (0 = once); keeps the last good value. */
export function usePoll<T>(load: () => Promise<T>, intervalMs: number, deps: unknown[] = []): { data?: T; error?: string; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let stopped = false;
    const run = () => load().then((d) => { if (!stopped) { setData(d); setError(undefined); } },
      (e: Error) => { if (!stopped) setError(e.message); });
    run();
    const timer = intervalMs > 0 ? setInterval(run, intervalMs) : undefined;
    return () => { stopped = true; if (timer) clearInterval(timer); };
  }, [...deps, nonce]);
  return { data, error, reload: () => setNonce((n) => n + 1) };
}
