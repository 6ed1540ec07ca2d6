// Certificate manager (the SG's menu entry beside Bicom control): the PEM files in the File manager and which
// push/publish link uses each as its CA certificate, client certificate or client key (MQTT over TLS).
import { useState } from 'preact/hooks';
import { get, postJson, putFile } from '../api';
import { usePoll } from '../hooks';
import type { LinkSettings } from './settings/types';

const roles = [['ca_certificate', 'CA certificate'], ['client_certificate', 'Client certificate'], ['client_key', 'Client key']] as const;
type Role = (typeof roles)[number][0];

const isPem = (name: string) => /\.(pem|crt|cer|key)$/i.test(name);

export function CertificatesPage() {
  const files = usePoll(() => get('/api/files'), 0);
  const settings = usePoll(() => get('/api/settings'), 0);
  const [message, setMessage] = useState('');
  const pems = (files.data?.files ?? []).map((f) => f.name).filter(isPem);
  const links = settings.data?.links ?? [];
  const assign = async (link: number, role: Role, file: string) => {
    try {
      const patch: Partial<LinkSettings>[] = links.map(() => ({}));
      patch[link] = { [role]: file };
      await postJson('/api/settings', { links: patch });
      setMessage(`Link ${link + 1}: ${roles.find(([r]) => r === role)![1]} ${file ? `is ${file}` : 'removed'}.`);
      settings.reload();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const upload = async (file: File) => {
    try {
      await putFile(`/api/files/${encodeURIComponent(file.name)}`, file);
      setMessage(`Uploaded ${file.name}.`);
      files.reload();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <div>
      <h2>Certificate Manager</h2>
      <p class="muted">Certificates and keys (PEM) for MQTT secured with mutual authentication. Upload them here or in the File manager,
        then choose which link uses each.</p>
      {message && <p class="message" role="status">{message}</p>}
      <ul data-testid="certificates">{pems.length === 0 ? <li class="muted">No PEM file on the gateway.</li> : pems.map((p) => <li key={p}>{p}</li>)}</ul>
      <label class="button">Upload a certificate or key<input type="file" accept=".pem,.crt,.cer,.key" class="visually-hidden" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) upload(f); e.currentTarget.value = ''; }} /></label>
      {links.map((l, n) => (
        <fieldset class="card" key={n}>
          <legend>Push / Publish Link {n + 1}{l.mode === 'mqtt' && l.protocol === 'tls' ? '' : ' (uses them only as MQTT over TLS)'}</legend>
          <div class="fields">
            {roles.map(([role, text]) => (
              <label class="field" key={role}>{text}
                <select value={l[role]} onChange={(e) => assign(n, role, e.currentTarget.value)}>
                  <option value="">(none)</option>
                  {[...new Set([l[role], ...pems].filter(Boolean))].map((f) => <option key={f} value={f}>{f}</option>)}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
