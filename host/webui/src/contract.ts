// The UI's edge: every JSON answer is checked against the gateway's OpenAPI document (its shapes are generated
// into api.gen.ts) before a page sees it, so a contract change shows as one clear error, not a page that breaks
// somewhere later. Members the document does not name are allowed (a newer gateway may add some).

/** A schema of the OpenAPI document in the few forms the gateway's use (scripts/openapi-types.mjs writes them). */
export type Shape =
  | 'string' | 'number' | 'boolean' | 'unknown'
  | { ref: string }
  | { nullable: Shape }
  | { oneOf: Shape[] }
  | { array: Shape }
  | { map: Shape }
  | { object: Record<string, Shape>; required: string[] };

/** The first place where <code>value</code> differs from <code>shape</code> ("devices[3].serial is missing"), or null. */
export function mismatch(value: unknown, shape: Shape, shapes: Record<string, Shape>, at = 'answer'): string | null {
  if (shape === 'unknown') return null;
  if (typeof shape === 'string') return typeof value === shape ? null : `${at} is ${describe(value)}, not a ${shape}`;
  if ('ref' in shape) return mismatch(value, shapes[shape.ref] ?? 'unknown', shapes, at);
  if ('nullable' in shape) return value === null ? null : mismatch(value, shape.nullable, shapes, at);
  if ('oneOf' in shape) {
    return shape.oneOf.some((s) => mismatch(value, s, shapes, at) === null) ? null : `${at} is none of its allowed forms`;
  }
  if ('array' in shape) {
    if (!Array.isArray(value)) return `${at} is ${describe(value)}, not an array`;
    for (let i = 0; i < value.length; i++) {
      const m = mismatch(value[i], shape.array, shapes, `${at}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${at} is ${describe(value)}, not an object`;
  const record = value as Record<string, unknown>;
  if ('map' in shape) {
    for (const [k, v] of Object.entries(record)) {
      const m = mismatch(v, shape.map, shapes, `${at}.${k}`);
      if (m) return m;
    }
    return null;
  }
  for (const name of shape.required) if (!(name in record)) return `${at}.${name} is missing`;
  for (const [name, s] of Object.entries(shape.object)) {
    if (!(name in record)) continue;
    const m = mismatch(record[name], s, shapes, `${at}.${name}`);
    if (m) return m;
  }
  return null;
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`);

/** The shape of the 200 answer of <code>method path</code> (path without its query), or undefined for a route that answers no JSON. */
export function shapeOf(routes: [string, string, Shape][], method: string, path: string): Shape | undefined {
  const bare = path.split('?')[0];
  for (const [m, pattern, shape] of routes) {
    if (m !== method) continue;
    const re = new RegExp('^' + pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+') + '$');
    if (re.test(bare)) return shape;
  }
  return undefined;
}
