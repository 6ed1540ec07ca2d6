// A thin uPlot wrapper: bars or lines over a time axis, resized with its container.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
}

interface Props {
  /** Unix seconds. */
  x: number[];
  series: Series[];
  kind: 'bar' | 'line';
  unit: string;
  height?: number;
  testId?: string;
}

export function Chart({ x, series, kind, unit, height = 280, testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const bars = uPlot.paths.bars?.({ size: [0.8, 40] });
    const plot = new uPlot({
      width: el.clientWidth || 320,
      height,
      scales: { x: { time: true } },
      axes: [{}, { label: unit, size: 60 }],
      series: [{}, ...series.map((s) => ({
        label: s.label,
        stroke: s.color,
        fill: kind === 'bar' ? s.color + '99' : undefined,
        width: kind === 'bar' ? 1 : 2,
        paths: kind === 'bar' ? bars : undefined,
        points: { show: false },
      }))],
    }, [x, ...series.map((s) => s.values)], el);
    const resize = () => plot.setSize({ width: el.clientWidth || 320, height });
    window.addEventListener('resize', resize);
    return () => { window.removeEventListener('resize', resize); plot.destroy(); };
  }, [x, series, kind, unit, height]);
  return <div class="chart" ref={host} data-testid={testId} />;
}
