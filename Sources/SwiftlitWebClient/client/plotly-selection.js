// A Plotly chart's selection as the widget value the server reads (PlotlySelection in
// ChartWidgetValues.swift), from Plotly's `plotly_selected` and `plotly_click` events, pure:
// `{"points": [{"curve", "index", "x", "y", "z"?}], "boxes": [{"x": [x0, x1], "y": [y0, y1]}],
// "lassos": [{"x": […], "y": […]}]}`.

import { wireValue } from "./chart-selection.js";

/** @typedef {import("./chart-selection.js").WireValue} WireValue */
/** @typedef {{x: WireValue[], y: WireValue[]}} Region */
/**
 * @typedef {object} PlotlySelectionValue
 * @property {Array<{curve: number, index: number, x?: WireValue, y?: WireValue, z?: WireValue}>} points
 * @property {Region[]} boxes
 * @property {Region[]} lassos
 */

/** Nothing selected. */
export const NO_PLOTLY_SELECTION = Object.freeze({ points: [], boxes: [], lassos: [] });

/**
 * The selected points of an event, as the wire's points. A point without a whole-number trace and
 * position (a histogram bin names several) takes its first position or is left out.
 * @param {unknown} points Plotly's `event.points`
 * @returns {PlotlySelectionValue["points"]}
 */
export function plotlyPoints(points) {
  if (!Array.isArray(points)) return [];
  /** @type {PlotlySelectionValue["points"]} */
  const result = [];
  for (const point of points) {
    if (typeof point !== "object" || point === null) continue;
    const { curveNumber, pointIndex, pointNumber, pointNumbers, x, y, z } =
      /** @type {Record<string, unknown>} */ (point);
    const candidates = [pointIndex, pointNumber, Array.isArray(pointNumbers) ? pointNumbers[0] : undefined];
    const index = candidates.find((candidate) => Number.isInteger(candidate) && Number(candidate) >= 0);
    if (!Number.isInteger(curveNumber) || Number(curveNumber) < 0 || index === undefined) continue;
    /** @type {PlotlySelectionValue["points"][number]} */
    const entry = { curve: Number(curveNumber), index: Number(index) };
    if (x !== undefined) entry.x = wireValue(x);
    if (y !== undefined) entry.y = wireValue(y);
    if (z !== undefined) entry.z = wireValue(z);
    result.push(entry);
  }
  return result;
}

/**
 * The points of an SVG path `M x,y L x,y … Z` (a lasso selection's outline, in axis units).
 * @param {string} path
 * @returns {Region | undefined}
 */
export function pathRegion(path) {
  const numbers = path.replace(/[MLZ]/gi, " ").split(/[\s,]+/).filter((part) => part !== "").map(Number);
  if (numbers.length < 2 || numbers.length % 2 !== 0 || !numbers.every(Number.isFinite)) return undefined;
  /** @type {Region} */
  const region = { x: [], y: [] };
  for (let at = 0; at < numbers.length; at += 2) {
    region.x.push(numbers[at]);
    region.y.push(numbers[at + 1]);
  }
  return region;
}

/**
 * The value of a `plotly_selected` event: its points, and its boxes and lassos. Plotly (2.x and
 * later) lists every drawn region in `event.selections` (several with Shift); older events give
 * only `range` (a box) or `lassoPoints` (a lasso).
 * @param {unknown} event
 * @returns {PlotlySelectionValue}
 */
export function plotlySelectedValue(event) {
  if (typeof event !== "object" || event === null) return { points: [], boxes: [], lassos: [] };
  const { points, selections, range, lassoPoints } = /** @type {Record<string, unknown>} */ (event);
  /** @type {PlotlySelectionValue} */
  const value = { points: plotlyPoints(points), boxes: [], lassos: [] };
  if (Array.isArray(selections) && selections.length > 0) {
    for (const selection of selections) {
      if (typeof selection !== "object" || selection === null) continue;
      const shape = /** @type {Record<string, unknown>} */ (selection);
      if (shape.type === "rect") {
        value.boxes.push({
          x: [wireValue(shape.x0), wireValue(shape.x1)],
          y: [wireValue(shape.y0), wireValue(shape.y1)],
        });
      } else if (shape.type === "path" && typeof shape.path === "string") {
        const region = pathRegion(shape.path);
        if (region !== undefined) value.lassos.push(region);
      }
    }
    return value;
  }
  const axes = axisPair(range);
  if (axes !== undefined) value.boxes.push(axes);
  const lasso = axisPair(lassoPoints);
  if (lasso !== undefined) value.lassos.push(lasso);
  return value;
}

/**
 * The first x and y arrays of Plotly's `{x: […], y: […]}` (or `x2`, `y2`… on other axes).
 * @param {unknown} object
 * @returns {Region | undefined}
 */
function axisPair(object) {
  if (typeof object !== "object" || object === null) return undefined;
  const entries = Object.entries(object);
  const x = entries.find(([key, item]) => /^x\d*$/.test(key) && Array.isArray(item))?.[1];
  const y = entries.find(([key, item]) => /^y\d*$/.test(key) && Array.isArray(item))?.[1];
  if (!Array.isArray(x) || !Array.isArray(y)) return undefined;
  return { x: x.map(wireValue), y: y.map(wireValue) };
}

/**
 * The value of a `plotly_click` event (selection by points): the clicked points alone.
 * @param {unknown} event
 * @returns {PlotlySelectionValue}
 */
export function plotlyClickValue(event) {
  const points = typeof event === "object" && event !== null
    ? plotlyPoints(/** @type {{points?: unknown}} */ (event).points)
    : [];
  return { points, boxes: [], lassos: [] };
}

/**
 * Plotly's drag mode for the node's selection modes: a box or lasso selection when asked for (the
 * first of them), else Plotly's own default (zoom).
 * @param {readonly string[] | undefined} modes
 * @returns {"select" | "lasso" | undefined}
 */
export function plotlyDragMode(modes) {
  for (const mode of modes ?? []) {
    if (mode === "box") return "select";
    if (mode === "lasso") return "lasso";
  }
  return undefined;
}
