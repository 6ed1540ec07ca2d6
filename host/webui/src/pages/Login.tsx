// Login when the gateway's web lock is on (§4.1.2.1): the gateway sets the Authorization cookie.
import { useState } from 'preact/hooks';
import { postJson } from '../api';

export function LoginPage({ onLogin }: { onLogin: () => void }) {
  const [username, setUsername] = useState('admin');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await postJson('/api/auth', { username, password });
      onLogin();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="card login" onSubmit={submit}>
      <h2>Log in</h2>
      <label>Username <input name="username" autoComplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} /></label>
      <label>Password <input name="password" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} /></label>
      {error && <p class="error" data-testid="login-error">{error}</p>}
      <button type="submit" class="primary">Log in</button>
    </form>
  );
}
