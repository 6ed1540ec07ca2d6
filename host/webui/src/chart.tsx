// A uPlot wrapper: bars or lines over a time axis drawn on the gateway's wall clock, a y axis from zero,
// optional tariff bands behind the data, and CSV / PNG export of what is shown.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { toCsv, yRange } from './chartData';

import type { Series } from './chartData';

export type { Series };

/** A background band, e.g. the tariff in force from one time to another (seconds on the chart's axis). */
export interface Band {
  from: number;
  to: number;
  color: string;
}

interface Props {
  /** Seconds of the gateway's wall clock written as if UTC (format.ts wallSeconds), so the axis shows its local time. */
  x: number[];
  series: Series[];
  kind: 'bar' | 'line';
  unit: string;
  bands?: Band[];
  height?: number;
  testId?: string;
  /** File name (without extension) of the exports. */
  name: string;
  /** Text above the chart for screen readers: what it shows. */
  title: string;
}

const utc = (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');

function download(name: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

export function Chart({ x, series, kind, unit, bands = [], height = 280, testId, name, title }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const bars = uPlot.paths.bars?.({ size: [0.8, 40] });
    const plot = new uPlot({
      width: el.clientWidth || 320,
      height,
      tzDate: utc,
      scales: { x: { time: true }, y: { range: () => yRange(series.flatMap((s) => s.values)) } },
      axes: [{}, { label: unit, size: 70 }],
      series: [{}, ...series.map((s) => ({
        label: s.label,
        stroke: s.color,
        fill: kind === 'bar' ? s.color + '99' : undefined,
        width: kind === 'bar' ? 1 : 2,
        paths: kind === 'bar' ? bars : undefined,
        points: { show: false },
      }))],
      hooks: {
        // Tariff bands are painted under the grid and the data.
        drawClear: [(u: uPlot) => {
          const { ctx, bbox } = u;
          ctx.save();
          for (const b of bands) {
            const left = u.valToPos(b.from, 'x', true);
            const right = u.valToPos(b.to, 'x', true);
            ctx.fillStyle = b.color;
            ctx.fillRect(Math.max(left, bbox.left), bbox.top, Math.min(right, bbox.left + bbox.width) - Math.max(left, bbox.left), bbox.height);
          }
          ctx.restore();
        }],
      },
    }, [x, ...series.map((s) => s.values)], el);
    plotRef.current = plot;
    const resize = () => plot.setSize({ width: el.clientWidth || 320, height });
    window.addEventListener('resize', resize);
    return () => { window.removeEventListener('resize', resize); plot.destroy(); plotRef.current = null; };
  }, [x, series, kind, unit, height, bands]);

  const png = () => {
    const canvas = plotRef.current?.ctx.canvas;
    if (!canvas) return;
    // The plot canvas is transparent: paint it on white so the file reads in any viewer.
    const out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    download(`${name}.png`, out.toDataURL('image/png'));
  };
  const csv = () => download(`${name}.csv`, URL.createObjectURL(new Blob([toCsv(x, series, unit)], { type: 'text/csv' })));
  return (
    <figure class="chart-box">
      <figcaption class="row wrap"><span>{title}</span><span class="spacer" />
        <button type="button" class="small" onClick={csv} data-testid={`${testId}-csv`}>Export CSV</button>
        <button type="button" class="small" onClick={png} data-testid={`${testId}-png`}>Export PNG</button>
      </figcaption>
      <div class="chart" ref={host} data-testid={testId} role="img" aria-label={title} />
    </figure>
  );
}
