import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const chart = await load('chartData.ts');

test('the y axis starts at zero however narrow the values are (no 0.1 W autoscale)', () => {
  const [lo, hi] = chart.yRange([3423.5, 3423.6, null]);
  assert.equal(lo, 0);
  assert.ok(hi >= 3423.6);
  assert.deepEqual(chart.yRange([null]), [0, 1]);
});

test('negative values (export) keep zero inside the range', () => {
  const [lo, hi] = chart.yRange([-200, 100]);
  assert.ok(lo <= -200 && hi >= 100);
});

test('the CSV has a local-time column and one column per series, empty where there is no value', () => {
  const csv = chart.toCsv([Date.UTC(2026, 11, 5, 0, 15) / 1000],
    [{ label: 'Grid "main"', values: [null], color: '#000' }, { label: 'PV', values: [12.5], color: '#000' }], 'W');
  assert.equal(csv, '"local time","Grid ""main"" (W)","PV (W)"\n2026-12-05 00:15,,12.5\n');
});

test('a recorder\'s consumption is each reading minus the one before', () => {
  assert.deepEqual(chart.differences([{ value: 100 }, { value: 130 }, { value: 130.5 }]), [null, 30, 0.5]);
});

test('tariff bands join the intervals of one tariff and leave gaps and unknown tariffs blank', () => {
  const at = (end, tariff) => ({ end, tariff });
  assert.deepEqual(chart.tariffBands([at(1800, 1), at(900, 1), at(2700, 2), at(3600, null), at(5400, 2)], 900), [
    { from: 0, to: 1800, tariff: 1 },
    { from: 1800, to: 2700, tariff: 2 },
    { from: 4500, to: 5400, tariff: 2 },
  ]);
});
