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

/** 11234567890 → "10.5 GiB": memory and file sizes in binary units, as people read them. */
export function bytes(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = value;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return u === 0 ? `${v} B` : `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

/** "2026-12-05T10:07:31" (the gateway's wall clock) → "05.12.2026 10:07:31", the manual's way of writing it. */
export function localText(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}(:\d{2})?)/.exec(iso ?? '');
  return m ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}` : iso ?? '—';
}

/** A wall-clock time "2026-12-05T10:15:00" read as if it were UTC: seconds on an axis drawn in UTC, so a chart shows
 *  the gateway's local time whatever the browser's zone. */
export const wallSeconds = (iso: string) => Date.parse(iso.slice(0, 19) + 'Z') / 1000;
