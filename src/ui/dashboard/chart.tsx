// A uPlot chart with its text alternative: the canvas is hidden from screen readers, the sentence
// above it says what it means, and a table below it holds every number it draws.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { barGroupLayout, barXRange, xStep } from './bar-groups';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

export interface ChartProps {
  /** X positions: UTC day numbers. */
  days: number[];
  series: ChartSeries[];
  kind: 'line' | 'bars';
  /** Formats an x tick (a UTC day number) and a y tick. */
  formatDay(day: number): string;
  formatValue(value: number): string;
  /** Accessible name of the picture; the table carries the numbers. */
  label: string;
}

const DAY_S = 86_400;
const PALETTE_SIZE = 6;

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

const SCALE_VALUE = 1 as uPlot.Series.BarsPathBuilderFacetUnit;

/** Bars of each series side by side around their x (several series would otherwise overlap). */
function groupedBars(xs: number[], seriesCount: number, index: number, step: number): uPlot.Series.PathBuilder | undefined {
  if (!uPlot.paths.bars) return undefined;
  const layout = barGroupLayout(xs, seriesCount, index, step);
  return uPlot.paths.bars({
    disp: {
      x0: { unit: SCALE_VALUE, values: () => layout.left },
      size: { unit: SCALE_VALUE, values: () => [layout.width] },
    },
  });
}

/** Every n-th x, so labels at least `space` px apart fit in `width`. */
function everyFew(xs: number[], width: number, space: number): number[] {
  const every = Math.max(1, Math.ceil((xs.length * space) / Math.max(1, width)));
  return xs.filter((_, index) => index % every === 0);
}

function options(props: ChartProps, width: number): uPlot.Options {
  const fg = cssVar('--muted', '#57606a');
  const grid = cssVar('--border', '#d0d7de');
  const bars = props.kind === 'bars';
  const xs = props.days.map((day) => day * DAY_S);
  const step = xStep(xs, DAY_S);
  return {
    width,
    height: 220,
    legend: { show: props.series.length > 1, live: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      // One day alone gets a day either side; otherwise uPlot spreads fractions of a second.
      x: bars ? { time: false, range: () => barXRange(xs, step) } : { time: false, range: (_u, min, max) => (min === max ? [min - DAY_S, max + DAY_S] : [min, max]) },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
    },
    axes: [
      {
        stroke: fg,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid },
        values: (_u, ticks) => ticks.map((tick) => props.formatDay(Math.round(tick / DAY_S))),
        space: 70,
        // Ticks on the days themselves (every few when they are crowded): under each bar group, and
        // never between days on a line.
        splits: (u: uPlot) => everyFew(xs, u.bbox.width / uPlot.pxRatio, 70),
      },
      {
        stroke: fg,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid },
        values: (_u, ticks) => ticks.map((tick) => props.formatValue(tick)),
        size: 56,
      },
    ],
    series: [
      {},
      ...props.series.map((item, index) => {
        const color = cssVar(`--chart-${(index % PALETTE_SIZE) + 1}`, '#1f7a55');
        const paths = bars ? groupedBars(xs, props.series.length, index, step) : undefined;
        return {
          label: item.label,
          stroke: color,
          width: bars ? 0 : 2,
          fill: bars ? color : undefined,
          points: { show: !bars && props.days.length < 40 },
          spanGaps: false,
          ...(paths ? { paths } : {}),
        };
      }),
    ],
  };
}

export function Chart(props: ChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  // formatDay changes with the UI language (a new Formatters), and the axes are drawn again.
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const data: uPlot.AlignedData = [props.days.map((day) => day * DAY_S), ...props.series.map((item) => item.values)];
    let plot: uPlot | null = null;
    const build = (): void => {
      plot?.destroy();
      plot = new uPlot(options(props, Math.max(280, element.clientWidth)), data, element);
    };
    build();
    const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(280, element.clientWidth), height: 220 }));
    resize.observe(element);
    // Colours come from CSS variables that change with the colour scheme.
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', build);
    return () => {
      resize.disconnect();
      scheme.removeEventListener('change', build);
      plot?.destroy();
    };
  }, [props.days, props.series, props.kind, props.formatDay]);
  return (
    <div class="chart" role="img" aria-label={props.label}>
      <div ref={holder} aria-hidden="true" />
    </div>
  );
}

export interface TableProps {
  caption: string;
  head: string[];
  rows: ComponentChildren[][];
  /** Closed behind a "show the numbers" toggle when the table repeats a chart. */
  collapsed?: string;
}

export function DataTable({ caption, head, rows, collapsed }: TableProps) {
  const table = (
    <div class="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!collapsed) return table;
  return (
    <details class="numbers">
      <summary>{collapsed}</summary>
      {table}
    </details>
  );
}
