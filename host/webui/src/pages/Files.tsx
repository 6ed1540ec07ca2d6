// §4.1.10 File manager: the files on the gateway (certificates and others) and the automations and tariff
// calendar it stores, each downloadable; uploaded files can be deleted.
import { useState } from 'preact/hooks';
import { del, get, putFile } from '../api';
import { bytes } from '../format';
import { usePoll } from '../hooks';

interface Stored { name: string; size: number; text: string; edit: string }

/** The automations and the tariff calendar as the File manager of the SG lists them (automation.json, tariffs.json). */
async function storedSources(): Promise<Stored[]> {
  const [a, t] = await Promise.all([
    get('/api/automations'),
    get('/api/tariffs'),
  ]);
  const size = (s: string) => new TextEncoder().encode(s).length;
  const out: Stored[] = [];
  if (a.source) out.push({ name: a.format === 'json' ? 'automation.json' : 'automation.sgr', size: size(a.source), text: a.source, edit: '#/settings/automation' });
  if (t.source) out.push({ name: t.source.trim().startsWith('{') ? 'tariffs.json' : 'tariffs.sgt', size: size(t.source), text: t.source, edit: '#/settings/tariffs' });
  return out;
}

export function FilesPage() {
  const { data, error, reload } = usePoll(() => get('/api/files'), 0);
  const { data: stored } = usePoll(storedSources, 0);
  const [message, setMessage] = useState('');
  const upload = async (file: File) => {
    try {
      await putFile(`/api/files/${encodeURIComponent(file.name)}`, file);
      setMessage(`Uploaded ${file.name}.`);
    } catch (e) {
      setMessage((e as Error).message);
    }
    reload();
  };
  const remove = async (name: string) => {
    if (!confirm(`Delete ${name}?`)) return;
    try {
      await del(`/api/files/${encodeURIComponent(name)}`);
      setMessage(`Deleted ${name}.`);
    } catch (e) {
      setMessage((e as Error).message);
    }
    reload();
  };
  return (
    <div>
      <h2>File Manager</h2>
      {error && <p class="error">{error}</p>}
      {message && <p class="message" role="status">{message}</p>}
      <table class="data" data-testid="files">
        <thead><tr><th scope="col">Filename</th><th scope="col">Type</th><th scope="col">Size</th><th /></tr></thead>
        <tbody>
          {(stored ?? []).map((f) => (
            <tr key={f.name} data-testid={`stored-${f.name}`}>
              <td><a href={URL.createObjectURL(new Blob([f.text], { type: 'text/plain' }))} download={f.name}>{f.name}</a></td>
              <td>{f.name.startsWith('automation') ? 'automations in force' : 'tariff calendar in force'}</td>
              <td class="num">{bytes(f.size)}</td>
              <td><a class="button" href={f.edit}>Edit</a></td>
            </tr>
          ))}
          {(data?.files ?? []).map((f) => (
            <tr key={f.name}>
              <td><a href={`/api/files/${encodeURIComponent(f.name)}`} download={f.name}>{f.name}</a></td>
              <td>file</td>
              <td class="num">{bytes(f.size)}</td>
              <td><button type="button" class="danger" onClick={() => remove(f.name)}>Delete</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <label class="button">Upload a file<input type="file" class="visually-hidden" data-testid="file-upload" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) upload(f); e.currentTarget.value = ''; }} /></label>
    </div>
  );
}
