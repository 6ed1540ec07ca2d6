// Number formatting with the manual's auto-scaling (Wh → kWh → MWh, W → kW → MW).

const prefixes: [number, string][] = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/**
 * 12345678 Wh → "12.35 MWh"; values under 1000 keep the base unit. <code>compact</code> drops trailing
 * zeros, for numbers the user typed (band edges read "on at 10.5 kW", as the manual writes them).
 */
export function scaled(value: number | null | undefined, unit: string, digits = 2, compact = false): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const fixed = (v: number) => (compact ? String(Number(v.toFixed(Math.max(digits, 6)))) : v.toFixed(digits));
  const scalable = ['W', 'Wh', 'var', 'varh', 'VA', 'VAh'].includes(unit);
  if (scalable) {
    for (const [factor, prefix] of prefixes) {
      if (Math.abs(value) >= factor) return `${fixed(value / factor)} ${prefix}${unit}`;
    }
  }
  return `${compact ? fixed(value) : round(value, digits)} ${unit}`.trim();
}

export function round(value: number, digits: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

/** The base unit of an input path (docs/FORMATS.md, "Input paths"). */
export function unitOfPath(path: string): string {
  const parts = path.split('.');
  if (path.startsWith('time.')) return '';
  if (path === 'tariff') return '';
  if (path === 'temperature') return '°C';
  if (path === 'pulse') return 'Wh';
  const iface = parts[0] === 'rs485' || parts[0] === 'ir' ? 2 : 0;
  const quantity = parts[iface] ?? '';
  switch (quantity) {
    case 'U': return 'V';
    case 'I': return 'A';
    case 'P': return 'W';
    case 'Q': return 'var';
    case 'S': return 'VA';
    case 'f': return 'Hz';
    case 'temp': return '°C';
    case 'angle': return '°';
    case 'thdU':
    case 'thdI': return '%';
    case 'counter': return 'Wh';
    default: return '';
  }
}

export function seconds(total: number): string {
  if (total >= 3600 && total % 3600 === 0) return `${total / 3600} h`;
  if (total >= 60 && total % 60 === 0) return `${total / 60} min`;
  return `${total} s`;
}
