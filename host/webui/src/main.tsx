// The shell: hash routing (#/page/tab), the navigation of manual §4.1, and the login gate.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, postJson, setForbiddenHandler } from './api';
import { BicomsPage } from './pages/Bicoms';
import { CertificatesPage } from './pages/Certificates';
import { CountersPage } from './pages/Counters';
import { DevicesPage } from './pages/Devices';
import { FilesPage } from './pages/Files';
import { LoadProfilePage } from './pages/LoadProfile';
import { LoginPage } from './pages/Login';
import { MeasurementsPage } from './pages/Measurements';
import { RecordersPage } from './pages/Recorders';
import { SettingsPage } from './pages/Settings';
import { StatusPage } from './pages/Status';
import { UpgradePage } from './pages/Upgrade';
import './style.css';

const pages: [string, string][] = [
  ['status', 'Status'], ['settings', 'Settings'], ['measurements', 'Measurements'], ['counters', 'Energy Counters'],
  ['load-profile', 'Load Profile'], ['recorders', 'Recorder Graph'], ['devices', 'External Devices'], ['bicoms', 'Bicom Control'],
  ['certificates', 'Certificate Manager'], ['files', 'File Manager'], ['upgrade', 'Upgrade'],
];

const route = () => location.hash.replace(/^#\/?/, '').split('/');

function App() {
  const [[page, tab], setRoute] = useState(route());
  const [needLogin, setNeedLogin] = useState(false);
  const [authOn, setAuthOn] = useState(false);
  const [menu, setMenu] = useState(false);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    const onHash = () => { setRoute(route()); setMenu(false); };
    window.addEventListener('hashchange', onHash);
    setForbiddenHandler(() => setNeedLogin(true));
    get('/api/settings').then((s) => setAuthOn(s.auth.enabled)).catch(() => {});
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const logout = async () => {
    await postJson('/api/logout', {}).catch(() => {});
    setNeedLogin(true);
  };
  if (needLogin) return <LoginPage onLogin={() => { setNeedLogin(false); setAuthOn(true); setRoute(route()); }} />;
  const current = pages.find(([p]) => p === page)?.[0] ?? 'status';
  // A keyboard or screen-reader user who picks a page lands on it, not back at the menu (not on the first load).
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    main.current?.focus();
  }, [current]);
  return (
    <div class="shell">
      <a class="skip" href="#content" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header>
        <button type="button" class="menu" aria-label="Menu" aria-expanded={menu} aria-controls="pages" onClick={() => setMenu(!menu)}>☰</button>
        <h1>SmartGateway</h1>
        {authOn && <button type="button" class="logout" onClick={logout}>Log out</button>}
      </header>
      <nav id="pages" class={menu ? 'side open' : 'side'} aria-label="Pages">
        {pages.map(([p, title]) => <a key={p} href={`#/${p}`} class={p === current ? 'active' : ''} aria-current={p === current ? 'page' : undefined}>{title}</a>)}
      </nav>
      <main key={current} id="content" ref={main} tabIndex={-1}>
        {current === 'status' && <StatusPage />}
        {current === 'settings' && <SettingsPage tab={tab} go={(t) => (location.hash = `#/settings/${t}`)} />}
        {current === 'measurements' && <MeasurementsPage />}
        {current === 'counters' && <CountersPage />}
        {current === 'load-profile' && <LoadProfilePage />}
        {current === 'recorders' && <RecordersPage />}
        {current === 'devices' && <DevicesPage />}
        {current === 'bicoms' && <BicomsPage />}
        {current === 'certificates' && <CertificatesPage />}
        {current === 'files' && <FilesPage />}
        {current === 'upgrade' && <UpgradePage />}
      </main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
