import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { documentPath, generate, outputPath } from '../scripts/openapi-types.mjs';
import { load } from './load.mjs';

const contract = await load('contract.ts');
const document = JSON.parse(readFileSync(documentPath, 'utf8'));
const gen = await load('api.gen.ts');

test('the generated types are those of the gateway\'s OpenAPI document (npm run types renews them)', () => {
  assert.equal(readFileSync(outputPath, 'utf8'), generate(document));
});

test('every GET route that answers JSON has a shape the answers are checked against', () => {
  const gets = Object.entries(document.paths).filter(([, ops]) => ops.get?.responses?.['200']?.content?.['application/json']).map(([p]) => p);
  assert.ok(gets.length > 20);
  for (const p of gets) assert.ok(contract.shapeOf(gen.routes, 'GET', p.replace(/\{[^}]+\}/g, '3') + '?x=1'), p);
});

test('an answer that fits its schema passes, one with a member missing or of another type is named', () => {
  const devices = contract.shapeOf(gen.routes, 'GET', '/api/devices');
  const entry = { interface: 'IR left', address: null, model: 'IE38MD', serial: 'x', description: '', location: '', sw_ver: '1', bicom: null };
  assert.equal(contract.mismatch({ devices: [entry] }, devices, gen.shapes), null);
  const { serial: _, ...noSerial } = entry;
  assert.equal(contract.mismatch({ devices: [entry, noSerial] }, devices, gen.shapes), 'answer.devices[1].serial is missing');
  assert.equal(contract.mismatch({ devices: [{ ...entry, address: '33' }] }, devices, gen.shapes), 'answer.devices[0].address is string "33", not a number');
});

test('members the document does not name are allowed: a newer gateway may add some', () => {
  const upgrade = contract.shapeOf(gen.routes, 'GET', '/api/upgrade');
  assert.equal(contract.mismatch({ accepted: true, errors: [], firmware_upgrade: false, sw_ver: '1', current: null, previous: null, extra: 1 }, upgrade, gen.shapes), null);
});

test('a route with a path parameter is found by its URL, query left out', () => {
  assert.deepEqual(contract.shapeOf(gen.routes, 'GET', '/api/recorder/2?period=daily'), { ref: 'RecorderDataResponse' });
  assert.equal(contract.shapeOf(gen.routes, 'GET', '/api/files/cert.pem'), undefined);
});

test('the generator writes nullable, optional and array members as TypeScript reads them', () => {
  const text = generate({
    paths: { '/api/x': { get: { responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/X' } } } } } } } },
    components: { schemas: { X: {
      type: 'object', required: ['n', 'list', 'parent'],
      properties: {
        n: { type: ['integer', 'string'], pattern: '^-?\\d+$' },
        list: { type: ['null', 'array'], items: { type: 'string' } },
        parent: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/X' }] },
        note: { type: 'string' },
      },
    } } },
  });
  assert.match(text, /export interface X \{\n {2}n: number;\n {2}list: string\[\] \| null;\n {2}parent: X \| null;\n {2}note\?: string;\n\}/);
  assert.match(text, /"\/api\/x": X;/);
});
