// §4.1.11 Upgrade, on the host: upload a rule bundle. Automations (.sgr, .json) and tariff calendars
// (.sgt) are compiled by the gateway; anything else goes to /api/upgrade as a bundle.
import { useState } from 'preact/hooks';
import { ApiError, postSource, putFile } from '../api';
import type { SourceUpdate } from '../api';

export function UpgradePage() {
  const [result, setResult] = useState<string[]>([]);
  const upload = async (file: File) => {
    setResult([`Uploading ${file.name}…`]);
    try {
      const text = await file.text();
      let answer: SourceUpdate;
      if (/\.(sgr|json)$/i.test(file.name)) answer = await postSource('/api/automations', text, file.name.endsWith('.json') ? 'json' : 'text');
      else if (/\.sgt$/i.test(file.name)) answer = await postSource('/api/tariffs', text, 'text');
      else answer = await putFile('/api/upgrade', file);
      setResult([answer.accepted ? `${file.name} accepted.` : `${file.name} refused.`,
        ...answer.diagnostics.map((d) => `${file.name}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`)]);
    } catch (e) {
      setResult([e instanceof ApiError && e.status === 405 ? 'This gateway takes no bundles yet (PUT /api/upgrade).' : (e as Error).message]);
    }
  };
  return (
    <div>
      <h2>Upgrade</h2>
      <p>Upload a rule bundle: automations (<code>.sgr</code> or <code>.json</code>), a tariff calendar (<code>.sgt</code>) or a compiled bundle.</p>
      <label class="button">Choose file<input type="file" hidden data-testid="upgrade-file" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) upload(f); e.currentTarget.value = ''; }} /></label>
      <pre class="log" data-testid="upgrade-result">{result.join('\n')}</pre>
    </div>
  );
}
