// The automation JSON of docs/FORMATS.md, used unchanged as the block editor's state, so export, import and
// save all send exactly what the editor shows.

export type Op = '>' | '>=' | '<' | '<=' | '==' | '!=';
export interface InputTerm {
  sign: '+' | '-';
  input: string;
}
export interface Compare {
  inputs: InputTerm[];
  op: Op;
  value: number;
  hysteresis?: number;
  for?: number;
}
export type Block = { and: Block[] } | { or: Block[] } | { not: Block } | { compare: Compare };

export type Action =
  | { bicom: { target: string; function: 'on' | 'off' | 'toggle' } }
  | { modbus: { address: number; function: 6 | 16; register: number; type: string; value: number } }
  | { mqtt: { link: 1 | 2; subtopic: string; message: string } };

export interface Automation {
  name: string;
  enabled?: boolean;
  mode: 'on_change' | 'continuous';
  min_on?: number;
  min_off?: number;
  condition: Block;
  on_true: Action[];
  on_false: Action[];
}
export interface RuleSet {
  version: 1;
  automations: Automation[];
}

export const ops: Op[] = ['>', '>=', '<', '<=', '==', '!='];
export const registerTypes = ['int16', 'uint16', 'int32', 'uint32', 'float32'];

export const newCompare = (): Compare => ({ inputs: [{ sign: '+', input: 'ir.left.P' }], op: '>', value: 0, hysteresis: 0, for: 0 });

export const newAutomation = (n: number): Automation => ({
  name: `Automation ${n}`,
  enabled: true,
  mode: 'on_change',
  min_on: 0,
  min_off: 0,
  condition: { compare: newCompare() },
  on_true: [],
  on_false: [],
});

export function blockKind(b: Block): 'and' | 'or' | 'not' | 'compare' {
  if ('and' in b) return 'and';
  if ('or' in b) return 'or';
  if ('not' in b) return 'not';
  return 'compare';
}

/** The members of a block beside its kind (e.g. "comments", which this editor does not edit but must keep). */
function extras(b: Block): Record<string, unknown> {
  const { and: _a, or: _o, not: _n, compare: _c, ...rest } = b as Record<string, unknown>;
  return rest;
}

/** A block with one part replaced and every other member kept: the editor's only way to change a block. */
export function withPart<K extends 'and' | 'or' | 'not' | 'compare'>(b: Block, kind: K, value: K extends 'not' ? Block : K extends 'compare' ? Compare : Block[]): Block {
  return { ...extras(b), [kind]: value } as Block;
}

/** Changes a block's kind, keeping what can be kept (the children of and/or, the child of not, other members). */
export function convertBlock(b: Block, kind: 'and' | 'or' | 'not' | 'compare'): Block {
  const children: Block[] = 'and' in b ? b.and : 'or' in b ? b.or : 'not' in b ? [b.not] : [b];
  switch (kind) {
    case 'and': return withPart(b, 'and', children.length ? children : [{ compare: newCompare() }]);
    case 'or': return withPart(b, 'or', children.length ? children : [{ compare: newCompare() }]);
    case 'not': return withPart(b, 'not', 'not' in b ? b.not : children.length === 1 ? children[0] : b);
    default:
      if ('compare' in b) return b;
      return children.length === 1 && 'compare' in children[0] ? children[0] : withPart(b, 'compare', newCompare());
  }
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function parseRuleSet(text: string): RuleSet {
  const data = JSON.parse(text) as Partial<RuleSet>;
  if (data.version !== 1 || !Array.isArray(data.automations)) throw new Error('not an automation file: expected {"version": 1, "automations": [...]}');
  return data as RuleSet;
}

/**
 * Pretty JSON (the same text as JSON.stringify(value, null, 2)) together with the JSON path each line
 * starts, so a diagnostic at line L of the posted JSON can be shown on the block it belongs to.
 */
export function prettyWithPaths(value: unknown): { text: string; paths: string[] } {
  const lines: string[] = [];
  const paths: string[] = [];
  const emit = (v: unknown, path: string, indent: string, prefix: string, suffix: string) => {
    if (v !== null && typeof v === 'object') {
      const isArray = Array.isArray(v);
      const entries = isArray ? (v as unknown[]).map((x, i) => [String(i), x] as const) : Object.entries(v as object);
      if (entries.length === 0) {
        lines.push(indent + prefix + (isArray ? '[]' : '{}') + suffix);
        paths.push(path);
        return;
      }
      lines.push(indent + prefix + (isArray ? '[' : '{'));
      paths.push(path);
      entries.forEach(([k, x], i) => {
        const childPath = isArray ? `${path}[${k}]` : path ? `${path}.${k}` : k;
        emit(x, childPath, indent + '  ', isArray ? '' : JSON.stringify(k) + ': ', i < entries.length - 1 ? ',' : '');
      });
      lines.push(indent + (isArray ? ']' : '}') + suffix);
      paths.push(path);
    } else {
      lines.push(indent + prefix + JSON.stringify(v) + suffix);
      paths.push(path);
    }
  };
  emit(value, '', '', '', '');
  return { text: lines.join('\n'), paths };
}
