// Where each series' bar goes when several series share an x position: side by side inside one
// group centred on the x value, so no bar hides another. Positions are in x-scale units.

export interface BarGroupLayout {
  /** The left edge of series `index`'s bar at each x. */
  left: number[];
  /** Width of one bar. */
  width: number;
}

/** Space between neighbouring x values that the group may fill. */
const GROUP_SHARE = 0.76;

/** The distance between neighbouring x values (the smallest, when they are uneven); `fallback` for one point. */
export function xStep(xs: readonly number[], fallback: number): number {
  let step = Infinity;
  for (let i = 1; i < xs.length; i += 1) {
    const gap = (xs[i] as number) - (xs[i - 1] as number);
    if (gap > 0 && gap < step) step = gap;
  }
  return Number.isFinite(step) ? step : fallback;
}

export function barGroupLayout(xs: readonly number[], seriesCount: number, index: number, step: number): BarGroupLayout {
  const group = step * GROUP_SHARE;
  const width = group / Math.max(1, seriesCount);
  return { left: xs.map((x) => x - group / 2 + index * width), width };
}

/** The x range that shows every group whole, half a step beyond the first and last x. */
export function barXRange(xs: readonly number[], step: number): [number, number] {
  if (xs.length === 0) return [0, step];
  return [(xs[0] as number) - step / 2, (xs[xs.length - 1] as number) + step / 2];
}
