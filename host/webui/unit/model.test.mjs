import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const model = await load('automation/model.ts');
const format = await load('format.ts');
const tariffs = await load('pages/tariffModel.ts');

const hvac = {
  version: 1,
  automations: [{
    name: 'HVAC eco mode', mode: 'on_change',
    condition: { and: [{ compare: { inputs: [{ sign: '+', input: 'ir.left.P' }], op: '>', value: 10000, hysteresis: 500 } }, { not: { compare: { inputs: [{ sign: '+', input: 'tariff' }], op: '==', value: 1 } } }] },
    on_true: [{ bicom: { target: 'ir.right', function: 'off' } }], on_false: [],
  }],
};

test('editing a block keeps the members the block view does not edit, such as comments', () => {
  const compare = { comments: ['# too warm'], compare: { inputs: [{ sign: '+', input: 'ir.left.P' }], op: '>', value: 1, extra: 'x' } };
  const edited = model.withPart(compare, 'compare', { ...compare.compare, value: 2 });
  assert.deepEqual(edited, { comments: ['# too warm'], compare: { inputs: [{ sign: '+', input: 'ir.left.P' }], op: '>', value: 2, extra: 'x' } });
  const and = { comments: ['# both'], and: [compare] };
  assert.deepEqual(model.withPart(and, 'and', [edited]).comments, ['# both']);
  assert.deepEqual(model.convertBlock(and, 'or'), { comments: ['# both'], or: [compare] });
  assert.deepEqual(model.convertBlock({ comments: ['# not'], compare: compare.compare }, 'not').comments, ['# not']);
});

test('editing a tariff, season or holiday keeps every member the tariff editor does not edit', () => {
  const cal = {
    version: 1, timezone: 'UTC0', comments: ['# grid operator 2026'],
    tariffs: [{ id: 1, name: 'High', comments: ['# day'] }],
    seasons: [{ name: 'All', start: '01-01', days: ['workday'], schedule: [{ hour: 0, tariff: 1, note: 'n' }], comments: ['# all'] }],
    holidays: [{ name: 'New Year', date: '01-01', comments: ['# fixed'] }],
  };
  const edited = tariffs.editItem(tariffs.editItem(tariffs.editItem(cal, 'tariffs', 0, { name: 'Peak' }), 'seasons', 0, { name: 'Year' }), 'holidays', 0, { duration: 2 });
  assert.deepEqual(edited, {
    ...cal,
    tariffs: [{ id: 1, name: 'Peak', comments: ['# day'] }],
    seasons: [{ ...cal.seasons[0], name: 'Year' }],
    holidays: [{ name: 'New Year', date: '01-01', comments: ['# fixed'], duration: 2 }],
  });
});

test('the posted JSON is exactly JSON.stringify with two spaces, one path per line', () => {
  const pretty = model.prettyWithPaths(hvac);
  assert.equal(pretty.text, JSON.stringify(hvac, null, 2));
  assert.equal(pretty.paths.length, pretty.text.split('\n').length);
});

test('a diagnostic line maps to the JSON path of the block it is in', () => {
  const pretty = model.prettyWithPaths(hvac);
  const lines = pretty.text.split('\n');
  assert.equal(pretty.paths[lines.findIndex((l) => l.includes('"hysteresis"'))], 'automations[0].condition.and[0].compare.hysteresis');
  assert.equal(pretty.paths[lines.findIndex((l) => l.includes('"tariff"'))], 'automations[0].condition.and[1].not.compare.inputs[0].input');
});

test('changing a block to AND keeps it as the only child, and NOT back to a condition keeps the compare', () => {
  const compare = { compare: { inputs: [{ sign: '+', input: 'ir.left.P' }], op: '>', value: 1 } };
  const and = model.convertBlock(compare, 'and');
  assert.deepEqual(and, { and: [compare] });
  const not = model.convertBlock(and, 'not');
  assert.deepEqual(not, { not: compare });
  assert.deepEqual(model.convertBlock(not, 'compare'), compare);
});

test('a file that is not an automation set is refused on import', () => {
  assert.throws(() => model.parseRuleSet('{"automations": []}'), /version/);
  assert.deepEqual(model.parseRuleSet(JSON.stringify(hvac)), hvac);
});

test('memory reads in binary units and the gateway\'s wall clock as the manual writes it', () => {
  assert.equal(format.bytes(11234567890), '10.5 GiB');
  assert.equal(format.bytes(512), '512 B');
  assert.equal(format.localText('2026-12-05T10:07:31'), '05.12.2026 10:07:31');
  assert.equal(format.wallSeconds('2026-12-05T00:15:00'), Date.UTC(2026, 11, 5, 0, 15) / 1000);
});

test('energy is scaled to kWh and MWh, and band edges read as typed', () => {
  assert.equal(format.scaled(20249500, 'Wh', 3), '20.250 MWh');
  assert.equal(format.scaled(999, 'Wh'), '999 Wh');
  assert.equal(format.scaled(10500, 'W', 2, true), '10.5 kW');
  assert.equal(format.scaled(230.3, 'V'), '230.30 V');
});

test('input paths carry the unit of their quantity', () => {
  assert.equal(format.unitOfPath('ir.left.P'), 'W');
  assert.equal(format.unitOfPath('rs485.33.U.L1'), 'V');
  assert.equal(format.unitOfPath('rs485.2.counter.1'), 'Wh');
  assert.equal(format.unitOfPath('time.hour'), '');
});

test('the week view picks the holiday season on a holiday and the weekday schedule otherwise', () => {
  const cal = {
    version: 1, timezone: 'UTC0',
    tariffs: [{ id: 1, name: 'High' }, { id: 2, name: 'Low' }],
    seasons: [
      { name: 'Work', start: '01-01', days: ['workday', 'weekend'], schedule: [{ hour: 0, tariff: 2 }, { hour: 6, tariff: 1 }, { hour: 22, tariff: 2 }] },
      { name: 'Holiday', start: '01-01', days: ['holiday'], schedule: [{ hour: 0, tariff: 2 }] },
    ],
    holidays: [{ name: 'New Year', date: '01-01', duration: 2 }],
  };
  assert.deepEqual(tariffs.tariffsOfDay(cal, new Date(2025, 0, 2)), Array(24).fill(2));
  const day = tariffs.tariffsOfDay(cal, new Date(2025, 0, 3));
  assert.deepEqual([day[5], day[6], day[21], day[22]], [2, 1, 1, 2]);
});

test('with date seasons the latest start on or before the day is in force, wrapping over new year', () => {
  const cal = {
    version: 1, timezone: 'UTC0', tariffs: [{ id: 1, name: 'A' }, { id: 2, name: 'B' }],
    seasons: [
      { name: 'Summer', start: '03-01', days: ['workday', 'weekend'], schedule: [{ hour: 0, tariff: 1 }] },
      { name: 'Winter', start: '11-01', days: ['workday', 'weekend'], schedule: [{ hour: 0, tariff: 2 }] },
    ],
  };
  assert.equal(tariffs.tariffsOfDay(cal, new Date(2025, 0, 15))[0], 2);
  assert.equal(tariffs.tariffsOfDay(cal, new Date(2025, 5, 15))[0], 1);
  assert.equal(tariffs.tariffsOfDay(cal, new Date(2025, 10, 1))[0], 2);
});
