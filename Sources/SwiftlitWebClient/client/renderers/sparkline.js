// Small charts without axes: a table cell's line, bar or area chart (Streamlit's chart columns)
// and a metric's trend. `sparklineShape` is the geometry, pure and tested in
// Tests/WebClientTests/sparkline.test.js; `sparklineSvg` draws it.

import { svg } from "../dom.js";

/** @typedef {"line" | "bar" | "area"} SparklineType */

/**
 * @typedef {object} SparklineBox
 * @property {number} width
 * @property {number} height
 * @property {number} [min] the value at the bottom; the smallest value (or 0 for bars) when omitted
 * @property {number} [max] the value at the top; the largest value when omitted
 * @property {number} [inset] pixels kept free on every side, so that a line's stroke is not cut
 */

/**
 * @typedef {object} SparklineShape
 * @property {string} line the path of the line (`line` and `area`); empty for bars or no values
 * @property {string} area the closed path under the line (`area`); empty otherwise
 * @property {Array<{x: number, y: number, width: number, height: number}>} bars one per value (`bar`)
 */

/**
 * The geometry of a sparkline: the values spread across the width, scaled between `min` and `max`
 * (values beyond them are clamped to the edge). One value is a flat line across.
 * @param {number[]} values
 * @param {SparklineType} type
 * @param {SparklineBox} box
 * @returns {SparklineShape}
 */
export function sparklineShape(values, type, box) {
  /** @type {SparklineShape} */
  const shape = { line: "", area: "", bars: [] };
  if (values.length === 0) return shape;
  const inset = box.inset ?? 1;
  let low = box.min ?? Math.min(...values, ...(type === "bar" ? [0] : []));
  let high = box.max ?? Math.max(...values);
  if (!(high > low)) [low, high] = [low - 1, high + 1];
  const top = inset;
  const bottom = box.height - inset;
  const y = (/** @type {number} */ value) => {
    const clamped = Math.min(high, Math.max(low, value));
    return round(bottom - (clamped - low) / (high - low) * (bottom - top));
  };
  if (type === "bar") {
    const slot = (box.width - 2 * inset) / values.length;
    const gap = slot > 4 ? Math.min(2, slot * 0.2) : 0;
    const base = y(Math.min(high, Math.max(low, 0)));
    values.forEach((value, i) => {
      const end = y(value);
      shape.bars.push({
        x: round(inset + i * slot + gap / 2),
        y: Math.min(base, end),
        width: round(Math.max(0.5, slot - gap)),
        height: round(Math.max(0.5, Math.abs(base - end))),
      });
    });
    return shape;
  }
  const points = values.length === 1 ? [values[0], values[0]] : values;
  const step = (box.width - 2 * inset) / (points.length - 1);
  const coordinates = points.map((value, i) => `${round(inset + i * step)},${y(value)}`);
  shape.line = `M${coordinates.join("L")}`;
  if (type === "area") shape.area = `${shape.line}L${round(box.width - inset)},${bottom}L${inset},${bottom}Z`;
  return shape;
}

/**
 * @param {number} value
 * @returns {number} to two decimals: short paths, no visible loss
 */
function round(value) {
  return Math.round(value * 100) / 100;
}

/**
 * Draws a sparkline as an SVG image named by `label`. Its colour is the CSS `color` around it.
 * @param {number[]} values
 * @param {SparklineType} type
 * @param {SparklineBox} box
 * @param {string} label what a screen reader says
 * @param {string} className
 * @returns {SVGElement}
 */
export function sparklineSvg(values, type, box, label, className) {
  const shape = sparklineShape(values, type, box);
  /** @type {Element[]} */
  const parts = shape.bars.map((bar) =>
    svg("rect", {
      x: String(bar.x),
      y: String(bar.y),
      width: String(bar.width),
      height: String(bar.height),
      fill: "currentColor",
    })
  );
  if (shape.area !== "") {
    parts.push(svg("path", { d: shape.area, fill: "currentColor", "fill-opacity": "0.2", stroke: "none" }));
  }
  if (shape.line !== "") {
    parts.push(svg("path", {
      d: shape.line,
      fill: "none",
      stroke: "currentColor",
      "stroke-width": "1.5",
      "stroke-linejoin": "round",
      "stroke-linecap": "round",
      "vector-effect": "non-scaling-stroke",
    }));
  }
  return svg("svg", {
    class: className,
    viewBox: `0 0 ${box.width} ${box.height}`,
    width: String(box.width),
    height: String(box.height),
    preserveAspectRatio: "none",
    role: "img",
    "aria-label": label,
    focusable: "false",
  }, parts);
}
