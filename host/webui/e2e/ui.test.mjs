// End-to-end: the real host on its simulator, driven through the web UI in headless Chromium.
// Tests marked "needs" depend on host pieces listed in API-NEEDS.md.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { call, eventually, repo, shots, start } from './harness.mjs';

let env;
let page;
let cookie;
const password = 'e2e-secret';

const shot = (name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
/** Opens a page afresh (a hash change alone would not reload a page already shown). */
const go = async (hash) => {
  const url = `${env.base}/#/${hash}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.waitForLoadState('networkidle').catch(() => {});
};

before(async () => {
  env = await start();
  page = env.page;
  // Turn the web lock on, as a user would, so every page needs the login.
  const r = await call(env.api, 'POST', '/api/settings', { auth: { enabled: true, password, current_password: 'iskra' } });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  cookie = 'Authorization=' + encodeURIComponent('Basic ' + Buffer.from(`admin:${password}`).toString('base64'));
});

after(async () => { await env?.stop(); });

test('the login page appears when the lock is on, and logging in shows the status page', async () => {
  await go('status');
  await page.getByRole('button', { name: 'Log in' }).waitFor();
  await shot('login');
  await page.fill('input[name=password]', 'wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  // The first wrong password says so; the throttle's message is for throttled clients only.
  await page.getByTestId('login-error').getByText('wrong username or password').waitFor();
  await page.fill('input[name=password]', password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('status-device').getByText('IS000966').waitFor();
  await shot('status');
});

test('measurements show every phase and the totals of the selected meter', async () => {
  await go('measurements');
  const table = page.getByTestId('measurements');
  await table.getByText('Real power').waitFor();
  assert.match(await table.innerText(), /L1[\s\S]*L2[\s\S]*L3[\s\S]*Total/);
  assert.match(await table.innerText(), /\d+\.\d+ V/);
  await shot('measurements');
});

test('energy counters are scaled to kWh or MWh', async () => {
  await go('counters');
  await page.getByTestId('counters-nonres').getByText('Counter 1').waitFor();
  assert.match(await page.getByTestId('counters-nonres').innerText(), /\d+\.\d{3} (k|M)Wh/);
  await shot('counters');
});

test('external devices list the 18 slots with editable descriptions', async () => {
  await go('devices');
  await page.getByTestId('devices').getByText('Left IR', { exact: false }).first().waitFor();
  assert.equal(await page.getByTestId('devices').locator('tbody tr').count(), 18);
  await page.getByLabel('Description 0').fill('Main meter (e2e)');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Slot 0 saved.').waitFor();
  const devices = await call(env.api, 'GET', '/api/devices', undefined, cookie);
  assert.equal(devices.body.devices[0].description, 'Main meter (e2e)');
  await shot('devices');
});

test('Bicom control switches a relay on, off and toggles it', async () => {
  await go('bicoms');
  const state = page.getByTestId('bicom-0-state');
  await state.waitFor();
  await page.getByTestId('bicom-0').getByRole('button', { name: 'On' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=bicom-0-state]')?.textContent === 'on');
  await page.getByTestId('bicom-0').getByRole('button', { name: 'Toggle' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=bicom-0-state]')?.textContent === 'off');
  await shot('bicoms');
});

test('the HVAC automation of §4.5.6.1 is built in the block editor and saved as the automation JSON', async () => {
  // A new gateway runs the manual's examples; this test builds its rule set from nothing.
  const cleared = await call(env.api, 'POST', '/api/automations', { version: 1, automations: [] }, cookie);
  assert.equal(cleared.status, 200, JSON.stringify(cleared.body));
  await go('settings/automation');
  await page.getByTestId('add-automation').click();
  const card = page.getByTestId('automation-0');
  await card.getByLabel('Automation name').fill('HVAC eco mode');
  await page.getByTestId('a0-c-input-0').fill('ir.left.P');
  await page.getByTestId('a0-c-op').selectOption('>');
  await page.getByTestId('a0-c-value').fill('10000');
  await page.getByTestId('a0-c-hysteresis').fill('500');
  await card.getByLabel('Add On True action').selectOption('modbus');
  await card.getByLabel('Add On True action').selectOption('bicom');
  await card.getByLabel('Add On False action').selectOption('bicom');
  const onTrue = card.getByTestId('on-true');
  await onTrue.locator('input').nth(0).fill('4');
  await onTrue.locator('input').nth(1).fill('3011');
  await onTrue.locator('input').nth(2).fill('5');
  await onTrue.getByLabel('Bicom function').selectOption('off');
  await card.getByTestId('on-false').getByLabel('Bicom function').selectOption('on');
  await shot('automation-blocks');
  await page.getByTestId('save').click();
  await page.getByTestId('message').getByText('Saved').waitFor();
  // The band edges are the gateway's (its preview of the saved rules), not computed in the page.
  await page.getByTestId('a0-c-band').waitFor();
  assert.equal(await page.getByTestId('a0-c-band').innerText(), 'on at 10.5 kW, off at 9.5 kW');

  const stored = await call(env.api, 'GET', '/api/automations', undefined, cookie);
  assert.equal(stored.body.format, 'json');
  const rules = JSON.parse(stored.body.source);
  assert.deepEqual(rules.automations[0].condition, {
    compare: { inputs: [{ sign: '+', input: 'ir.left.P' }], op: '>', value: 10000, hysteresis: 500, for: 0 },
  });
  assert.deepEqual(rules.automations[0].on_true, [
    { modbus: { address: 4, function: 6, register: 3011, type: 'int16', value: 5 } },
    { bicom: { target: 'ir.right', function: 'off' } },
  ]);
  assert.deepEqual(rules.automations[0].on_false, [{ bicom: { target: 'ir.right', function: 'on' } }]);
});

test('export gives the stored automation JSON, and importing a file replaces the rules in the editor', async () => {
  await go('settings/automation');
  await page.getByTestId('automation-0').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  assert.equal(download.suggestedFilename(), 'automations.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  const stored = await call(env.api, 'GET', '/api/automations', undefined, cookie);
  assert.deepEqual(exported, JSON.parse(stored.body.source));

  // Duplicate, then import the export: the editor shows the imported set (one automation) again.
  await page.getByTestId('automation-0').getByRole('button', { name: 'Duplicate' }).click();
  await eventually(() => page.locator('[data-testid^=automation-]').filter({ has: page.getByLabel('Automation name') }).count(), 2);
  await page.getByTestId('import').setInputFiles({ name: 'automations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await page.getByTestId('message').getByText('Imported automations.json').waitFor();
  assert.equal(await page.locator('[data-testid^=automation-]').filter({ has: page.getByLabel('Automation name') }).count(), 1);
  assert.equal(await page.getByTestId('automation-0').getByLabel('Automation name').inputValue(), 'HVAC eco mode');
});

test('needs preview + simulator hook: the HVAC block turns green above the band and the Bicom switches off', async () => {
  const low = await call(env.api, 'POST', '/api/simulator/inputs', { slot: 0, active_power_w: 9000 }, cookie);
  assert.equal(low.status, 200, 'POST /api/simulator/inputs (API-NEEDS.md §6) is not served yet');
  await go('settings/automation');
  await page.waitForFunction(() => document.querySelector('[data-testid=a0-c]')?.getAttribute('data-state') === 'false', null, { timeout: 10_000 });
  await go('bicoms');
  await page.waitForFunction(() => document.querySelector('[data-testid=bicom-0-state]')?.textContent === 'on', null, { timeout: 10_000 });

  await call(env.api, 'POST', '/api/simulator/inputs', { slot: 0, active_power_w: 11000 }, cookie);
  await go('settings/automation');
  await page.waitForFunction(() => document.querySelector('[data-testid=a0-c]')?.getAttribute('data-state') === 'true', null, { timeout: 10_000 });
  assert.match(await page.getByTestId('a0-c-value-0').innerText(), /11\.00 kW/);
  // The actions that ran are coloured too (§4.5.5): On True ran when the result turned true, On False did not.
  await page.getByTestId('on-true-ran').getByText(/^ran \d+ (s|min) ago$/).waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId('on-true').getAttribute('data-ran'), 'true');
  assert.equal(await page.getByTestId('on-false').getAttribute('data-ran'), 'false');
  await shot('automation-preview-true');
  await go('bicoms');
  await page.waitForFunction(() => document.querySelector('[data-testid=bicom-0-state]')?.textContent === 'off', null, { timeout: 10_000 });
  await shot('bicoms-after-automation');
});

test('needs convert endpoint: a rule round-trips through the text view', async () => {
  await go('settings/automation');
  await page.getByTestId('automation-0').waitFor();
  await page.getByTestId('view-text').click();
  const dsl = page.getByTestId('dsl');
  await dsl.or(page.getByTestId('message')).waitFor();
  assert.ok(await dsl.isVisible(), await page.getByTestId('message').innerText().catch(() => 'no text view'));
  const text = await dsl.inputValue();
  assert.match(text, /automation "HVAC eco mode"/);
  await dsl.fill(text.replace(/10 kW|10000( W)?/, '12 kW'));
  await shot('automation-text');
  await page.getByTestId('view-blocks').click();
  await page.getByTestId('a0-c-value').or(page.getByTestId('diagnostics')).waitFor();
  assert.equal(await page.getByTestId('a0-c-value').inputValue(), '12000');
  await page.getByTestId('save').click();
  await page.getByTestId('message').getByText('Saved').waitFor();
  await page.getByTestId('a0-c-band').getByText('on at 12.5 kW, off at 11.5 kW').waitFor();
});

test('an Unknown block says which input has no value and since when', async () => {
  const rules = 'automation "Absent meter" on change {\n  when rs485.40.P > 1 kW\n  then bicom rs485.32 on\n}\n';
  const r = await fetch(`${env.api}/api/automations`, { method: 'POST', headers: { 'Content-Type': 'text/x-sg-dsl', Cookie: cookie }, body: rules });
  assert.equal(r.status, 200, await r.text());
  await go('settings/automation');
  await page.getByTestId('a0-c').getByText('Unknown: rs485.40.P has had no value since the gateway started').waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId('a0-c-value-0').innerText(), '= no value');
  assert.equal(await page.getByTestId('on-true').getAttribute('data-ran'), 'false');
  await shot('automation-unknown');
});

test('a for timer counts down in the block view while the condition holds', async () => {
  await call(env.api, 'POST', '/api/simulator/inputs', { slot: 0, active_power_w: 11000 }, cookie);
  const rules = 'automation "Late" on change {\n  when ir.left.P > 1 kW for 90 s\n  then bicom ir.right off\n}\n';
  const r = await fetch(`${env.api}/api/automations`, { method: 'POST', headers: { 'Content-Type': 'text/x-sg-dsl', Cookie: cookie }, body: rules });
  assert.equal(r.status, 200, await r.text());
  await go('settings/automation');
  const timer = page.getByTestId('a0-c-timer');
  await timer.waitFor({ timeout: 10_000 });
  const left = async () => Number(/timer: (\d+) s left/.exec(await timer.innerText())[1]);
  const first = await left();
  await page.waitForFunction((n) => Number(/(\d+) s left/.exec(document.querySelector('[data-testid=a0-c-timer]')?.textContent ?? '')?.[1] ?? n) < n, first, { timeout: 10_000 });
  assert.ok(await left() < first);
  await shot('automation-timer');
});

test('needs the compiler: a DSL error is shown at its line and column and nothing is saved', async () => {
  // Rules stored as DSL open in the block view; the text view shows them as written.
  const hvac = await readFile(join(repo, 'rules/examples/hvac.sgr'), 'utf8');
  const posted = await fetch(env.api + '/api/automations', { method: 'POST', headers: { 'Content-Type': 'text/x-sg-dsl', Cookie: cookie }, body: hvac });
  assert.equal(posted.status, 200);
  await go('settings/automation');
  await page.getByTestId('automation-0').waitFor();
  await page.getByTestId('view-text').click();
  await page.getByTestId('dsl').fill('automation "broken" on change {\n  when ir.left.P >> 5\n  then bicom ir.right on\n}\n');
  await page.getByTestId('save').click();
  await page.getByTestId('diagnostics').waitFor();
  await page.getByTestId('message').getByText('Not saved').waitFor({ timeout: 5000 });
  assert.match(await page.getByTestId('diagnostics').innerText(), /\(2,\d+\) error SG\d+/);
  const stored = await call(env.api, 'GET', '/api/automations', undefined, cookie);
  assert.equal(stored.body.source, hvac);
  assert.equal(await page.locator('.gutter .err').innerText(), '2');
  await shot('automation-text-error');
});

test('needs the compiler: a refused block is outlined in the block view', async () => {
  await call(env.api, 'POST', '/api/automations', { version: 1, automations: [] }, cookie);
  await go('settings/automation');
  await page.getByTestId('add-automation').click();
  await page.getByTestId('a0-c-hysteresis').fill('-5');
  await page.getByTestId('save').click();
  await page.getByTestId('message').getByText('Not saved').waitFor({ timeout: 5000 });
  await page.locator('[data-testid=a0-c].has-error').waitFor();
  await shot('automation-blocks-error');
});

test('the load profile chart and daily statistics render', async () => {
  await go('load-profile');
  await page.getByTestId('load-profile-chart').locator('canvas').waitFor();
  await page.getByTestId('load-profile-stats').locator('tbody tr').first().waitFor();
  await page.getByLabel('Chart type').selectOption('line');
  await page.getByLabel('Day', { exact: true }).selectOption('1');
  await page.getByLabel('Equation').fill('0 - 2');
  await page.getByTestId('load-profile-chart').getByText('= 0 - 2').waitFor();
  await page.getByLabel('Equation').fill('0 -');
  await page.getByText('use metering indices').waitFor();
  await page.getByTestId('load-profile-chart').locator('canvas').waitFor();
  await shot('load-profile');
});

test('the recorder graph renders and exports its CSV', async () => {
  const r = await call(env.api, 'POST', '/api/settings',
    { recorders: [{ enabled: true, source: 'device', slot: 0, counter_kind: 'non_resettable', counter: 1 }] }, cookie);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  await go('recorders');
  await page.getByTestId('recorder-chart').locator('canvas').waitFor();
  await page.getByTestId('period').selectOption('monthly');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()]);
  assert.equal(download.suggestedFilename(), 'recorder1-monthly.csv');
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /^date,value,unit/);
  await shot('recorders');
});

test('settings, tariffs, files and upgrade pages render', async () => {
  for (const tab of ['general', 'communication', 'ir-devices', 'rs485', 'recorders']) {
    await go(`settings/${tab}`);
    await page.getByRole('tab', { name: 'General' }).waitFor();
    await shot(`settings-${tab}`);
  }
  // A known calendar (day tariff 1 from 06:00 to 22:00, night tariff 2) instead of the gateway's default.
  const calendar = { version: 1, timezone: 'CET-1CEST,M3.5.0,M10.5.0/3', tariffs: [{ id: 1, name: 'High' }, { id: 2, name: 'Low' }],
    seasons: [{ name: 'All year', start: '01-01', days: ['workday', 'weekend'], schedule: [{ hour: 0, tariff: 2 }, { hour: 6, tariff: 1 }, { hour: 22, tariff: 2 }] }],
    holidays: [] };
  const posted = await call(env.api, 'POST', '/api/tariffs', calendar, cookie);
  assert.equal(posted.status, 200, JSON.stringify(posted.body));
  await go('settings/tariffs');
  const monday = page.getByTestId('tariff-week').locator('tbody tr').first().locator('td');
  await page.getByTestId('tariff-week').locator('tbody tr').nth(6).waitFor();
  // Tariff 2 until 06:00, then 1 until 22:00; moving the 6 to 8 moves the edge.
  assert.equal(await monday.nth(5).innerText(), '2');
  assert.equal(await monday.nth(6).innerText(), '1');
  await page.locator('.card input[type=number]').nth(2).fill('8');
  await eventually(() => monday.nth(7).innerText(), '2');
  await eventually(() => monday.nth(8).innerText(), '1');
  await shot('settings-tariffs');
  await go('files');
  await page.getByTestId('file-upload').setInputFiles({ name: 'ca.pem', mimeType: 'text/plain', buffer: Buffer.from('-----BEGIN CERTIFICATE-----\n') });
  await page.getByTestId('files').getByText('ca.pem').waitFor();
  await shot('files');
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('files').getByRole('button', { name: 'Delete' }).click();
  await page.getByTestId('files').getByText('ca.pem').waitFor({ state: 'detached' });
  await go('upgrade');
  const rules = JSON.stringify({ version: 1, automations: [{ name: 'HVAC eco mode', mode: 'on_change',
    condition: { compare: { inputs: [{ sign: '+', input: 'ir.left.P' }], op: '>', value: 10000, hysteresis: 500 } },
    on_true: [{ bicom: { target: 'ir.right', function: 'off' } }], on_false: [{ bicom: { target: 'ir.right', function: 'on' } }] }] });
  await page.getByTestId('upgrade-file').setInputFiles({ name: 'hvac.json', mimeType: 'application/json', buffer: Buffer.from(rules) });
  await page.getByTestId('upgrade-result').getByText('accepted').waitFor();
  await shot('upgrade');
});

test('a phone-sized screen gets the menu button and the editor in one column', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await go('measurements');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'Bicom Control' }).click();
  await page.getByTestId('bicoms').waitFor();
  await go('settings/automation');
  await shot('phone-automation');
  await go('measurements');
  await page.getByTestId('measurements').waitFor();
  await shot('phone-measurements');
  await page.setViewportSize({ width: 1280, height: 900 });
});
