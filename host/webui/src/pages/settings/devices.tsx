// The 18 device slots as settings tabs pick them: slot 0 = left IR, 1 = right IR, 2..17 = RS485 devices 1..16.
import { get, isEmptySlot } from '../../api';
import type { DeviceEntry } from '../../api';
import { usePoll } from '../../hooks';

export const useDevices = () => usePoll(() => get('/api/devices').then((d) => d.devices), 0);

/** "Left IR Device — IE38MD 10006494 (Main meter)" */
export const slotText = (d: DeviceEntry) =>
  `${d.interface}${isEmptySlot(d) ? '' : ` — ${d.model || d.bicom?.model || ''} ${d.serial || d.bicom?.serial || ''}`}${d.description ? ` (${d.description})` : ''}`;

/** A device picker over the occupied slots (or the given ones); -1 = none chosen. */
export function DeviceSlotSelect({ label, value, onChange, only, meters }: {
  label: string; value: number; onChange: (slot: number) => void; only?: number[]; meters?: boolean;
}) {
  const { data } = useDevices();
  const slots = (data ?? []).map((d, slot) => ({ d, slot }))
    .filter(({ d, slot }) => (only ? only.includes(slot) : !isEmptySlot(d) || d.bicom != null))
    .filter(({ d }) => !meters || (!isEmptySlot(d) && !d.model.startsWith('BI')));
  return (
    <label class="field">{label}
      <select aria-label={label} value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        <option value={-1}>Select device…</option>
        {slots.map(({ d, slot }) => <option key={slot} value={slot}>{slotText(d)}</option>)}
      </select>
    </label>
  );
}
