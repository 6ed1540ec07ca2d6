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

test('a greater-than compare with hysteresis turns on above value + h and off below value - h', () => {
  assert.deepEqual(model.bandEdges({ op: '>', value: 10000, hysteresis: 500 }), { on: 10500, off: 9500 });
});

test('a less-than compare with hysteresis turns on below value - h and off above value + h', () => {
  assert.deepEqual(model.bandEdges({ op: '<=', value: 20, hysteresis: 2 }), { on: 18, off: 22 });
});

test('equality and a zero hysteresis have no band', () => {
  assert.equal(model.bandEdges({ op: '==', value: 1, hysteresis: 1 }), null);
  assert.equal(model.bandEdges({ op: '>', value: 1, hysteresis: 0 }), null);
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
