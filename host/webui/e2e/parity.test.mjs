// End-to-end: the main task of every page of manual §4.1, done through the web UI in headless Chromium against
// the host on its simulator, with no console error on any page, labelled inputs, and a layout that fits 360 px.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { call, consoleErrors, eventually, shots, start } from './harness.mjs';
import { zip } from './zip.mjs';

let env;
let page;
let errors;

const shot = (name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const go = async (hash) => {
  const url = `${env.base}/#/${hash}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.waitForLoadState('networkidle').catch(() => {});
};
const api = (method, path, body) => call(env.api, method, path, body);

const pages = ['status', 'settings/general', 'settings/communication', 'settings/ir-devices', 'settings/rs485', 'settings/recorders',
  'settings/automation', 'settings/tariffs', 'measurements', 'counters', 'load-profile', 'recorders', 'devices', 'bicoms',
  'certificates', 'files', 'upgrade'];

before(async () => {
  env = await start();
  page = env.page;
  errors = consoleErrors(page);
});

after(async () => { await env?.stop(); });

afterEach(() => { assert.deepEqual(errors.take(), [], 'console errors'); });

test('the favicon loads, so no page logs a 404 for it', async () => {
  await go('status');
  const r = await fetch(`${env.base}/favicon.svg`);
  assert.equal(r.status, 200);
  assert.equal(await page.locator('link[rel=icon]').getAttribute('href'), '/favicon.svg');
});

test('status shows free memory in binary units, not a raw byte count', async () => {
  await go('status');
  await page.getByTestId('status-free_memory').filter({ hasText: /iB/ }).waitFor();
  assert.match(await page.getByTestId('status-free_memory').innerText(), /^\d+(\.\d+)? (KiB|MiB|GiB|TiB)$/);
  await shot('parity-status');
});

test('Communication: MQTT credentials are set on link 1 and the password is stored, never shown', async () => {
  await go('settings/communication');
  const link = page.getByTestId('link1');
  await link.getByLabel('MQTT', { exact: true }).check();
  await link.getByLabel('MQTT server').fill('127.0.0.1');
  await link.getByLabel('MQTT username').fill('gateway');
  await link.getByLabel('MQTT password').fill('s3cret');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').getByText('Saved.').waitFor();
  const settings = (await api('GET', '/api/settings')).body;
  assert.equal(settings.links[0].mode, 'mqtt');
  assert.equal(settings.links[0].username, 'gateway');
  assert.equal(settings.links[0].password_set, true);
  assert.equal(await link.getByLabel('MQTT password').inputValue(), '');
  await shot('parity-communication');
  await api('POST', '/api/settings', { links: [{ mode: 'disabled' }, {}] });
});

test('IR devices: the left IR meter is switched off and on again', async () => {
  await go('settings/ir-devices');
  const left = page.getByTestId('ir-left');
  await left.getByLabel('Disabled').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').getByText('Saved.').waitFor();
  assert.equal((await api('GET', '/api/devices')).body.devices[0].model, 'Disabled');
  await left.getByLabel('Enabled').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').getByText('Saved.').waitFor();
  assert.equal((await api('GET', '/api/devices')).body.devices[0].model, 'IE38MD');
  await shot('parity-ir-devices');
});

test('RS485: a scan finds the bus devices and "Add all devices" stores them', async () => {
  await go('settings/rs485');
  await page.getByRole('button', { name: 'Scan for RS485 devices' }).click();
  await page.getByTestId('rs485-found').getByText('W4192432').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '+ Add all devices' }).click();
  await page.getByRole('status').getByText(/Added \d+ devices/).waitFor({ timeout: 30_000 });
  // Every address the scan listed (the demo house's meters and Bicom) is now kept by the gateway.
  const found = (await page.getByTestId('rs485-found').locator('tbody tr td:nth-child(3)').allInnerTexts()).map(Number).sort((a, b) => a - b);
  assert.ok(found.includes(1) && found.includes(32), found.join());
  const kept = (await api('GET', '/api/rs485/devices')).body;
  assert.deepEqual(kept.addresses, found);
  await shot('parity-rs485');
});

test('Recorder graph without a recorder shows an empty state that links to adding one', async () => {
  await go('recorders');
  await page.getByTestId('recorders-empty').waitFor();
  await page.getByRole('link', { name: 'Add a recorder' }).click();
  await page.getByRole('button', { name: '+ Add recorder' }).waitFor();
  await shot('parity-recorders-empty');
});

test('Recorders: a recorder is added by picking a device and a counter', async () => {
  await go('settings/recorders');
  await page.getByRole('button', { name: '+ Add recorder' }).click();
  const card = page.getByTestId('recorder-1');
  const device = card.getByLabel('Device', { exact: true });
  const option = await device.locator('option', { hasText: 'W4170632' }).getAttribute('value');
  await device.selectOption(option);
  await card.getByLabel('Counter', { exact: true }).selectOption({ label: 'Non Resettable Counter 2' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').getByText('Saved.').waitFor();
  const recorders = (await api('GET', '/api/recorders')).body.recorders;
  assert.deepEqual(recorders.map((r) => [r.source, r.slot, r.counter_kind, r.counter]), [['device', Number(option), 'non_resettable', 2]]);
  await go('recorders');
  await page.getByTestId('recorder-select').locator('option').first().waitFor({ state: 'attached' });
  assert.match(await page.getByTestId('recorder-select').innerText(), /W4170632 .*non-resettable counter 2/, await page.locator('main').innerText());
  await page.getByTestId('recorder-chart').locator('canvas').waitFor();
  await shot('parity-recorders');
});

test('Energy counters: a counter is assigned to tariffs 1 and 2', async () => {
  await go('counters');
  const row = page.getByTestId('counters-nonres-1');
  await row.waitFor();
  await row.getByLabel('tariff 1', { exact: false }).check();
  await page.getByRole('status').getByText('counts in tariff 1').waitFor();
  await row.getByLabel('tariff 2', { exact: false }).check();
  await page.getByRole('status').getByText('counts in tariffs 1, 2').waitFor();
  const assigned = (await api('GET', '/api/tariff_counters/0')).body.counters;
  assert.deepEqual(assigned.map((a) => [a.counter_kind, a.counter, a.tariffs]), [['non_resettable', 1, [1, 2]]]);
  await shot('parity-counters');
});

test('Measurements: device header, Ind/Cap power factors, tariff and the gateway\'s local time', async () => {
  await go('measurements');
  await page.getByTestId('device-header').getByText('IE38MD', { exact: true }).waitFor();
  const pf = page.getByTestId('power_factor-L1');
  await pf.filter({ hasText: /(Ind|Cap)$/ }).waitFor();
  assert.match(await pf.innerText(), /^-?\d\.\d{4} (Ind|Cap)$/);
  assert.match(await page.getByTestId('power_factor-total').innerText(), /^-?\d\.\d{4} (Ind|Cap)$/);
  const others = await page.getByTestId('measurements-others').innerText();
  assert.match(others, /Local time \(gateway\)\s+\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d/);
  assert.match(others, /Active tariff\s+\d/);
  await shot('parity-measurements');
});

test('Load profile: a day is charted on the gateway\'s clock and exported as CSV and PNG', async () => {
  await go('load-profile');
  const chart = page.getByTestId('load-profile-chart');
  await chart.locator('canvas').waitFor();
  await page.getByTestId('load-profile-pending').waitFor();
  const today = (await api('GET', '/api/load_profile/0')).body.local_now.slice(0, 10);
  assert.match(await page.locator('figcaption').innerText(), new RegExp(today));
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('load-profile-chart-csv').click()]);
  assert.equal(csv.suggestedFilename(), `load-profile-${today}.csv`);
  const text = await readFile(await csv.path(), 'utf8');
  assert.match(text.split('\n')[0], /^"local time",".*\(W\)"/);
  assert.equal(text.trim().split('\n').length, 1 + 96);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('load-profile-chart-png').click()]);
  assert.equal(png.suggestedFilename(), `load-profile-${today}.png`);
  assert.deepEqual([...(await readFile(await png.path())).subarray(1, 4)], [...Buffer.from('PNG')]);
  await page.getByLabel('Day', { exact: true }).selectOption('1');
  await chart.locator('canvas').waitFor();
  await shot('parity-load-profile');
});

test('File manager lists the stored automations and tariff calendar', async () => {
  await go('files');
  await page.getByTestId('stored-automation.sgr').or(page.getByTestId('stored-automation.json')).first().waitFor();
  assert.match(await page.getByTestId('files').innerText(), /tariffs\.(sgt|json)/);
  await shot('parity-files');
});

test('Certificate manager: an uploaded certificate becomes link 1\'s CA certificate', async () => {
  await go('certificates');
  await page.locator('input[type=file]').setInputFiles({ name: 'broker-ca.pem', mimeType: 'text/plain', buffer: Buffer.from('-----BEGIN CERTIFICATE-----\n') });
  await page.getByTestId('certificates').getByText('broker-ca.pem').waitFor();
  await page.getByLabel('CA certificate').first().selectOption('broker-ca.pem');
  await page.getByRole('status').getByText('is broker-ca.pem').waitFor();
  assert.equal((await api('GET', '/api/settings')).body.links[0].ca_certificate, 'broker-ca.pem');
  await shot('parity-certificates');
});

test('Upgrade: the page says the host flashes no firmware, installs a bundle, shows its version and rolls back', async () => {
  await go('upgrade');
  await page.getByTestId('upgrade-firmware').getByText('no firmware to flash').waitFor();
  const before = (await api('GET', '/api/automations')).body.source;
  const bundle = zip([['bundle.json', '{"version": "e2e-1"}'],
    ['automations.sgr', 'automation "Bundle" on change {\n  when ir.left.P > 10 kW\n  then bicom ir.right off\n}\n']]);
  await page.getByTestId('upgrade-file').setInputFiles({ name: 'rules.zip', mimeType: 'application/zip', buffer: bundle });
  await page.getByTestId('upgrade-result').getByText('Bundle e2e-1 installed').waitFor();
  await page.getByTestId('upgrade-versions').getByText('e2e-1').waitFor();
  await page.getByTestId('upgrade-rollback').click();
  await page.getByTestId('upgrade-result').getByText('Rolled back').waitFor();
  assert.equal((await api('GET', '/api/automations')).body.source, before);
  await shot('parity-upgrade');
});

test('every input on every page has a label, and the menu works from the keyboard', async () => {
  for (const hash of pages) {
    await go(hash);
    await page.waitForTimeout(300);
    const unlabelled = await page.locator('input:not([type=hidden]), select, textarea').evaluateAll((els) => els
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title')))
      .map((el) => el.outerHTML.slice(0, 120)));
    assert.deepEqual(unlabelled, [], `unlabelled inputs on #/${hash}`);
  }
  await go('status');
  const link = page.getByRole('link', { name: 'Energy Counters' });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('counters-nonres').waitFor();
});

test('keyboard: skip to content, the settings tabs follow the arrow keys, every button has a name', async () => {
  await go('status');
  await page.reload(); // a fresh document: Tab starts at its top
  await page.getByTestId('status-device').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'content');
  assert.equal(await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Status' }).getAttribute('aria-current'), 'page');

  await go('settings/general');
  await page.getByRole('tab', { name: 'General' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/settings/communication');
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'tab' && document.activeElement.textContent === 'Communication');
  await page.keyboard.press('End');
  await page.waitForFunction(() => location.hash === '#/settings/tariffs');

  for (const hash of pages) {
    await go(hash);
    await page.waitForTimeout(300);
    const nameless = await page.locator('button, a[href], [role=tab]').evaluateAll((els) => els
      .filter((el) => !(el.textContent?.trim() || el.getAttribute('aria-label') || el.getAttribute('title')))
      .map((el) => el.outerHTML.slice(0, 120)));
    assert.deepEqual(nameless, [], `buttons without a name on #/${hash}`);
  }
});

test('on a phone the menu button says whether the menu is open, and picking a page closes it', async () => {
  await page.setViewportSize({ width: 360, height: 740 });
  await go('status');
  const menu = page.getByRole('button', { name: 'Menu' });
  await eventually(() => menu.getAttribute('aria-expanded'), 'false');
  await menu.click();
  await eventually(() => menu.getAttribute('aria-expanded'), 'true');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Measurements' }).click();
  await page.waitForFunction(() => location.hash === '#/measurements');
  await eventually(() => menu.getAttribute('aria-expanded'), 'false');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('at 360 px every page fits the screen width', async () => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const hash of pages) {
    await go(hash);
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    // On failure, name the outermost elements that stick out.
    const wide = width <= 360 ? [] : await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > 362 && !(el.parentElement?.getBoundingClientRect().right > 362))
      .slice(0, 3).map((el) => `${el.outerHTML.slice(0, 100)} ends at ${Math.round(el.getBoundingClientRect().right)}`));
    assert.ok(width <= 360, `#/${hash} is ${width} px wide: ${wide.join('; ')}`);
  }
  await go('measurements');
  await shot('parity-phone-measurements');
  await page.setViewportSize({ width: 1280, height: 900 });
});
