// The tariff calendar JSON (rules/tariffs/README.md) and the tariff of each hour of a week, computed
// here for the week view with the browser's clock rules standing in for the calendar's POSIX zone.

export interface TariffDef { id: number; name: string; price?: number }
export interface SeasonDef { name: string; start: string; days: string[]; schedule: { hour: number; tariff: number }[] }
export interface HolidayDef { name: string; date: string; duration?: number }
export interface Calendar { version: 1; timezone: string; tariffs: TariffDef[]; seasons: SeasonDef[]; holidays?: HolidayDef[] }

/** One colour per tariff (index = tariff id, 0 = none), shared by the week view and the charts' tariff bands. */
export const tariffColors = ['#eeeeee', '#e4572e', '#f3a712', '#29335c', '#669bbc', '#a8c686'];

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const daySelectors = ['workday', 'weekend', 'holiday', ...weekdays];

type Lists = { tariffs: TariffDef; seasons: SeasonDef; holidays: HolidayDef };

/** The calendar with item <code>i</code> of one list patched. Every member the editor does not edit — of the
 *  calendar, of the list and of the item (e.g. "comments") — is kept, so saving loses nothing. */
export function editItem<K extends keyof Lists>(cal: Calendar, list: K, i: number, patch: Partial<Lists[K]>): Calendar {
  const items = (cal[list] ?? []) as Lists[K][];
  return { ...cal, [list]: items.map((x, j) => (j === i ? { ...x, ...patch } : x)) };
}

export const emptyCalendar = (): Calendar => ({
  version: 1,
  timezone: 'CET-1CEST,M3.5.0,M10.5.0/3',
  tariffs: [{ id: 1, name: 'High' }, { id: 2, name: 'Low' }],
  seasons: [{ name: 'All year', start: '01-01', days: ['workday', 'weekend'], schedule: [{ hour: 0, tariff: 2 }, { hour: 6, tariff: 1 }, { hour: 22, tariff: 2 }] }],
  holidays: [],
});

const pad = (n: number) => String(n).padStart(2, '0');
const mmdd = (d: Date) => `${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const ymd = (d: Date) => `${d.getFullYear()}-${mmdd(d)}`;

export function holidayOn(cal: Calendar, day: Date): HolidayDef | undefined {
  return (cal.holidays ?? []).find((h) => {
    for (let k = 0; k < (h.duration ?? 1); k++) {
      const d = new Date(day);
      d.setDate(d.getDate() - k);
      if (h.date === (h.date.length === 5 ? mmdd(d) : ymd(d))) return true;
    }
    return false;
  });
}

/** Summer time by the browser's zone: the offset differs from January's. */
const isSummer = (d: Date) => d.getTimezoneOffset() !== new Date(d.getFullYear(), 0, 1).getTimezoneOffset();

/** The seasons of the period in force on a day (README: latest start on or before the date, wrapping). */
function periodOf(cal: Calendar, day: Date): SeasonDef[] {
  if (cal.seasons.some((s) => s.start.endsWith('time'))) return cal.seasons.filter((s) => s.start === (isSummer(day) ? 'summer time' : 'winter time'));
  const starts = [...new Set(cal.seasons.map((s) => s.start))].sort();
  const today = mmdd(day);
  const start = [...starts].reverse().find((s) => s <= today) ?? starts[starts.length - 1];
  return cal.seasons.filter((s) => s.start === start);
}

/** The 24 hourly tariffs of a day (0 = no season covers it). */
export function tariffsOfDay(cal: Calendar, day: Date): number[] {
  const seasons = periodOf(cal, day);
  const weekday = weekdays[(day.getDay() + 6) % 7];
  const holiday = holidayOn(cal, day) !== undefined;
  const pick = (sel: string) => seasons.find((s) => s.days.includes(sel));
  const season = (holiday ? pick('holiday') : undefined) ?? pick(weekday) ?? pick(day.getDay() % 6 === 0 ? 'weekend' : 'workday');
  const hours: number[] = [];
  for (let h = 0; h < 24; h++) {
    let t = 0;
    for (const e of season?.schedule ?? []) if (e.hour <= h) t = e.tariff;
    hours.push(t);
  }
  return hours;
}
