// §4.1.10 File manager: certificates and other files on the gateway.
import { useState } from 'preact/hooks';
import { del, get, putFile } from '../api';
import { usePoll } from '../hooks';

export function FilesPage() {
  const { data, error, reload } = usePoll(() => get<{ files: { name: string; size: number }[] }>('/api/files'), 0);
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
  return (
    <div>
      <h2>File Manager</h2>
      {error && <p class="error">{error}</p>}
      {message && <p class="message">{message}</p>}
      <label class="button">Upload file<input type="file" hidden data-testid="file-upload" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) upload(f); }} /></label>
      <table class="data" data-testid="files">
        <thead><tr><th>Name</th><th>Size</th><th /></tr></thead>
        <tbody>
          {(data?.files ?? []).map((f) => (
            <tr key={f.name}>
              <td><a href={`/api/files/${encodeURIComponent(f.name)}`} download={f.name}>{f.name}</a></td><td class="num">{f.size} B</td>
              <td><button type="button" class="danger" onClick={async () => { if (confirm(`Delete ${f.name}?`)) { await del(`/api/files/${encodeURIComponent(f.name)}`); reload(); } }}>Delete</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
