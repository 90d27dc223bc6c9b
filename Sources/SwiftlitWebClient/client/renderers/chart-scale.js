// The arithmetic of a line chart, without the DOM: data extents, "nice" axis ticks (Heckbert's
// nice-number algorithm), linear scales, tick labels, the SVG path of a line, the plot's margins
// and the chart's spoken summary. Tested in Tests/WebClientTests/line-chart.test.js.

/** @typedef {import("../protocol-data.js").ChartSeries} ChartSeries */
/** @typedef {import("../protocol-data.js").LineChartNode} LineChartNode */

/** Ticks an axis aims for. */
export const TICK_COUNT = 5;

/**
 * A "nice" number near `x`: 1, 2, 5 or 10 times a power of ten.
 * @param {number} x > 0
 * @param {boolean} round the nearest nice number when true, the smallest one ≥ x otherwise
 * @returns {number}
 */
export function niceNumber(x, round) {
  const exponent = Math.floor(Math.log10(x));
  const fraction = x / 10 ** exponent;
  let nice;
  if (round) nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  else nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * 10 ** exponent;
}

/**
 * @typedef {object} Ticks
 * @property {number} min the axis' start, a multiple of `step` at or below the data
 * @property {number} max the axis' end, at or above the data
 * @property {number} step
 * @property {number[]} values from `min` to `max`
 */

/**
 * About `count` nice ticks covering `min…max`. An empty range is widened around its value.
 * @param {number} min
 * @param {number} max
 * @param {number} [count]
 * @returns {Ticks}
 */
export function niceTicks(min, max, count = TICK_COUNT) {
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    [min, max] = [min - pad, max + pad];
  }
  // Heckbert's loose labelling rounds the range first (niceNumber(max - min, false)); rounding the
  // step alone keeps the axis closer to the data (2000…2024 ends at 2025, not 2030).
  const step = niceNumber((max - min) / Math.max(1, count - 1), true);
  const decimals = decimalsOf(step);
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const values = [];
  for (let i = 0; start + i * step <= end + step / 2; i += 1) {
    values.push(Number((start + i * step).toFixed(decimals)));
  }
  return { min: values[0], max: values[values.length - 1], step, values };
}

/**
 * Decimal places that show multiples of `step` exactly (0.25 → 2, 5 → 0).
 * @param {number} step
 * @returns {number}
 */
function decimalsOf(step) {
  for (let decimals = 0; decimals < 12; decimals += 1) {
    if (Math.abs(Number(step.toFixed(decimals)) - step) < step * 1e-9) return decimals;
  }
  return 12;
}

/**
 * A tick's label: as many decimals as the step needs, thousands grouped, large values compact
 * (`2.5M`).
 * @param {number} value
 * @param {number} step
 * @returns {string}
 */
export function formatTick(value, step) {
  if (Math.abs(value) >= 1e6) {
    return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 }).format(value);
  }
  const decimals = Math.min(10, decimalsOf(step));
  const text = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals }).format(value);
  return text === "-0" ? "0" : text;
}

/**
 * The smallest and largest of one coordinate over every series, or `null` when there is none.
 * @param {ChartSeries[]} series
 * @param {"x" | "y"} axis
 * @returns {[number, number] | null}
 */
export function extent(series, axis) {
  let min = Infinity;
  let max = -Infinity;
  for (const line of series) {
    const count = pointCount(line);
    for (let i = 0; i < count; i += 1) {
      const value = line[axis][i];
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return min <= max ? [min, max] : null;
}

/**
 * The points a series has: its shorter array's length (x and y should be parallel).
 * @param {ChartSeries} line
 * @returns {number}
 */
export function pointCount(line) {
  return Math.min(line.x.length, line.y.length);
}

/**
 * A linear map from `domain` to `range`.
 * @param {[number, number]} domain
 * @param {[number, number]} range
 * @returns {(value: number) => number}
 */
export function linearScale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ratio = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * ratio;
}

/**
 * The `d` of an SVG path through a series' points, in order: `M x,y L x,y …` with coordinates
 * rounded to 0.01 px. Empty for no points.
 * @param {number[]} xs
 * @param {number[]} ys
 * @param {(value: number) => number} scaleX
 * @param {(value: number) => number} scaleY
 * @returns {string}
 */
export function linePath(xs, ys, scaleX, scaleY) {
  const count = Math.min(xs.length, ys.length);
  const parts = [];
  for (let i = 0; i < count; i += 1) {
    parts.push(`${i === 0 ? "M" : "L"}${round2(scaleX(xs[i]))},${round2(scaleY(ys[i]))}`);
  }
  return parts.join("");
}

/**
 * @param {number} value
 * @returns {number}
 */
function round2(value) {
  return Math.round(value * 100) / 100;
}

/**
 * @typedef {object} Margins pixels around the plot
 * @property {number} top
 * @property {number} right
 * @property {number} bottom
 * @property {number} left
 */

/** Pixels per character of tick labels (0.75rem), as an estimate. */
const TICK_CHAR_PX = 7;

/**
 * Room for the axes: the y tick labels' width (estimated from their length), the x tick labels'
 * height, and the axis labels when there are any.
 * @param {string[]} yTickLabels
 * @param {boolean} hasXLabel
 * @param {boolean} hasYLabel
 * @returns {Margins}
 */
export function chartMargins(yTickLabels, hasXLabel, hasYLabel) {
  const longest = Math.max(1, ...yTickLabels.map((label) => label.length));
  return {
    top: 12,
    right: 16,
    bottom: 28 + (hasXLabel ? 20 : 0),
    left: longest * TICK_CHAR_PX + 14 + (hasYLabel ? 22 : 0),
  };
}

/**
 * What a screen reader says about the chart: its lines, their sizes and the ranges shown.
 * @param {LineChartNode} node
 * @returns {string}
 */
export function chartSummary(node) {
  const lines = node.series.map((line) => `${line.name || "unnamed"} (${plural(pointCount(line), "point")})`);
  const x = extent(node.series, "x");
  const y = extent(node.series, "y");
  if (x === null || y === null) return "Line chart with no data";
  const name = (/** @type {string | undefined} */ label, /** @type {string} */ axis) =>
    label === undefined || label === "" ? axis : `${axis} (${label})`;
  const range = (/** @type {[number, number]} */ [low, high]) =>
    `${shortNumber(low)} to ${shortNumber(high)}`;
  return `Line chart, ${plural(node.series.length, "series", "series")}: ${lines.join(", ")}; ${
    name(node.xLabel, "x")
  } from ${range(x)}, ` +
    `${name(node.yLabel, "y")} from ${range(y)}`;
}

/**
 * @param {number} count
 * @param {string} one
 * @param {string} [many] defaults to `one` and an s
 * @returns {string}
 */
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * @param {number} value
 * @returns {string}
 */
function shortNumber(value) {
  return String(Number(value.toPrecision(6)));
}
