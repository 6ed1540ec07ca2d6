// §4.1.9 Upgrade, as the host does it. The SG flashes new firmware from a URL; a Linux host has no firmware to
// flash (its program is upgraded with the system's package manager), so this page installs bundles instead: a zip
// of automations, tariff calendar and web UI, verified completely before it is swapped in, with the previous state
// kept for one-click rollback. Single automation (.sgr, .json) or calendar (.sgt) files are compiled and swapped too.
import { useState } from 'preact/hooks';
import { ApiError, get, postJson, postSource, putFile } from '../api';
import type { SourceUpdate } from '../api';
import type { InstalledBundleEntry as Installed, UpgradeResponse as Upgrade } from '../api.gen';
import { usePoll } from '../hooks';

const parts = (b: Installed) => [b.automations && 'automations', b.tariffs && 'tariff calendar', b.web_ui && 'web UI'].filter(Boolean).join(', ') || 'nothing';
/** An install time, in UTC and saying so (the browser's own zone need not be the gateway's). */
const when = (iso: string) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function UpgradePage() {
  const state = usePoll(() => get('/api/upgrade'), 0);
  const [result, setResult] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (what: string, work: () => Promise<string[]>) => {
    setBusy(true);
    setResult([`${what}…`]);
    try {
      setResult(await work());
    } catch (e) {
      const body = e instanceof ApiError ? (e.body as Upgrade | undefined) : undefined;
      setResult(body?.errors?.length ? [`${what}: refused, nothing changed.`, ...body.errors] : [(e as Error).message]);
    }
    setBusy(false);
    state.reload();
  };
  const upload = (file: File) => run(`Checking ${file.name}`, async () => {
    if (/\.(zip|sgbundle)$/i.test(file.name)) {
      const r = await putFile<Upgrade>('/api/upgrade', file);
      return [`Bundle ${r.current?.version} installed (${r.current ? parts(r.current) : ''}).${r.current?.web_ui ? ' Reload the page to use its web UI.' : ''}`];
    }
    const text = await file.text();
    let answer: SourceUpdate;
    if (/\.(sgr|json)$/i.test(file.name)) answer = await postSource('/api/automations', text, file.name.endsWith('.json') ? 'json' : 'text');
    else if (/\.sgt$/i.test(file.name)) answer = await postSource('/api/tariffs', text, 'text');
    else return [`${file.name}: choose a bundle (.zip), automations (.sgr, .json) or a tariff calendar (.sgt).`];
    return [answer.accepted ? `${file.name} accepted.` : `${file.name} refused; the previous one stays in force.`,
      ...answer.diagnostics.map((d) => `${file.name}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`)];
  });
  const rollback = () => run('Rolling back', async () => {
    const r = await postJson('/api/upgrade/rollback', {});
    return [`Rolled back: ${r.current?.version ?? 'built-in'} is in force again.`];
  });
  const s = state.data;
  return (
    <div>
      <h2>Upgrade</h2>
      <div class="card" data-testid="upgrade-firmware">
        <p><b>Firmware:</b> this gateway runs on a Linux host, which has no firmware to flash from a URL; its program
          (version {s?.sw_ver ?? '…'}) is upgraded with the system's package manager. What the SG's firmware upgrade also
          renews — the automations, the tariff calendar and the web UI — is upgraded here as a bundle.</p>
      </div>
      <table class="kv" data-testid="upgrade-versions">
        <tbody>
          <tr><th scope="row">Program version</th><td>{s?.sw_ver ?? '—'}</td></tr>
          <tr><th scope="row">Bundle in force</th><td>{s?.current ? `${s.current.version} (${parts(s.current)}), installed ${when(s.current.installed)}` : 'none (built-in web UI)'}</td></tr>
          <tr><th scope="row">Rollback restores</th><td>{s?.previous ? `${s.previous.version}` : '—'}</td></tr>
        </tbody>
      </table>
      <p class="small">A bundle is a zip with <code>bundle.json</code> (<code>{'{"version": "1.2"}'}</code>) and any of <code>automations.sgr</code>
        or <code>.json</code>, <code>tariffs.sgt</code> or <code>.json</code>, and a web UI under <code>webui/</code>. Every part is checked
        first; if any fails, nothing changes.</p>
      <div class="row wrap">
        <label class="button">Choose a bundle or file<input type="file" class="visually-hidden" data-testid="upgrade-file" disabled={busy}
          accept=".zip,.sgbundle,.sgr,.json,.sgt" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) upload(f); e.currentTarget.value = ''; }} /></label>
        <button type="button" disabled={busy || !s?.previous} onClick={rollback} data-testid="upgrade-rollback">Roll back</button>
      </div>
      <pre class="log" data-testid="upgrade-result" role="status">{result.join('\n')}</pre>
    </div>
  );
}
