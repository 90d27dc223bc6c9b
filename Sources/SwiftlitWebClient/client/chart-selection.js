// A Vega-Lite chart's selections as the widget value the server reads (ChartSelection in
// ChartWidgetValues.swift), pure and without Vega: each reported parameter's `<param>_store` data set
// (Vega-Lite's selection tuples) becomes `{"points": [{field: value}…]}` or
// `{"interval": {field: [low, high] | [values…]}}`; a parameter holding nothing is left out, and
// nothing selected is `{}`.

/** @typedef {import("./protocol-data.js").VegaLiteChartNode} VegaLiteChartNode */

/**
 * One tuple of a Vega-Lite selection store: the projected fields and their values. A field of type
 * `E` holds one value (a point) or the covered values (a discrete interval); `R` and its variants
 * (`R-E`, `R-LE`, `R-RE`) hold a `[start, end]` range.
 * @typedef {object} SelectionTuple
 * @property {Array<{field: string, type?: string, channel?: string}>} fields
 * @property {unknown[]} values
 */

/** @typedef {"point" | "interval"} SelectionKind */

/**
 * A value JSON carries.
 * @typedef {null | boolean | number | string | WireArray | WireObject} WireValue
 */
/** @typedef {WireValue[]} WireArray */
/** @typedef {{[key: string]: WireValue}} WireObject */

/** How deep selectionKinds looks for parameters (specs nest layers, concatenations, facets). */
const MAX_SPEC_DEPTH = 32;

/**
 * The kind of each selection parameter the spec defines, wherever it is (top level, in a layer, in
 * a concatenated or faceted view). A parameter without `select` is a variable, not a selection.
 * @param {unknown} spec
 * @returns {Map<string, SelectionKind>}
 */
export function selectionKinds(spec) {
  /** @type {Map<string, SelectionKind>} */
  const kinds = new Map();
  /**
   * @param {unknown} value
   * @param {number} depth
   */
  const visit = (value, depth) => {
    if (depth > MAX_SPEC_DEPTH || typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const object = /** @type {Record<string, unknown>} */ (value);
    if (Array.isArray(object.params)) {
      for (const param of object.params) {
        if (typeof param !== "object" || param === null) continue;
        const { name, select } = /** @type {{name?: unknown, select?: unknown}} */ (param);
        const type = typeof select === "object" && select !== null
          ? /** @type {{type?: unknown}} */ (select).type
          : select;
        if (typeof name === "string" && (type === "point" || type === "interval")) kinds.set(name, type);
      }
    }
    for (const [key, child] of Object.entries(object)) {
      // Data sets are rows, not specs: do not walk them.
      if (key !== "datasets" && key !== "data" && key !== "params") visit(child, depth + 1);
    }
  };
  visit(spec, 0);
  return kinds;
}

/**
 * A value as JSON can carry it: a Date as its milliseconds since 1970, a non-finite number as null.
 * @param {unknown} value
 * @returns {WireValue}
 */
export function wireValue(value) {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) return value.map(wireValue);
  if (typeof value === "object" && value !== undefined) {
    /** @type {{[key: string]: WireValue}} */
    const object = {};
    for (const [key, item] of Object.entries(value)) object[key] = wireValue(item);
    return object;
  }
  return null;
}

/**
 * Whether a store field holds a range rather than values.
 * @param {{type?: string}} field
 * @returns {boolean}
 */
function isRange(field) {
  return typeof field.type === "string" && field.type.startsWith("R");
}

/**
 * One parameter's selection from its store; `undefined` when it holds nothing.
 * @param {SelectionKind} kind
 * @param {readonly SelectionTuple[]} tuples
 * @returns {{points: Array<Record<string, WireValue>>} | {interval: Record<string, WireValue[]>} | undefined}
 */
export function paramSelection(kind, tuples) {
  const valid = tuples.filter((tuple) => Array.isArray(tuple.fields) && Array.isArray(tuple.values));
  if (valid.length === 0) return undefined;
  if (kind === "point") {
    const points = valid.map((tuple) => {
      /** @type {Record<string, WireValue>} */
      const point = {};
      tuple.fields.forEach((field, index) => {
        Object.defineProperty(point, field.field, {
          value: wireValue(tuple.values[index]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      });
      return point;
    });
    return { points };
  }
  /** @type {Record<string, WireValue[]>} */
  const interval = {};
  // A layered or faceted chart keeps a tuple per view; the first one naming a field wins.
  for (const tuple of valid) {
    tuple.fields.forEach((field, index) => {
      if (Object.hasOwn(interval, field.field)) return;
      const value = tuple.values[index];
      const items = Array.isArray(value) ? value.map(wireValue) : [wireValue(value)];
      const bounds = isRange(field) && items.length === 2 && items.every((item) => typeof item === "number")
        ? /** @type {number[]} */ (items).sort((a, b) => a - b)
        : items;
      Object.defineProperty(interval, field.field, {
        value: bounds,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
  }
  return Object.keys(interval).length === 0 ? undefined : { interval };
}

/**
 * The widget value of a chart: each reported parameter that holds something, in `params` order.
 * @param {readonly string[]} params the node's `selections`
 * @param {Map<string, SelectionKind>} kinds from selectionKinds(spec)
 * @param {(param: string) => readonly SelectionTuple[]} storeOf the tuples of `<param>_store`
 * @returns {Record<string, unknown>}
 */
export function chartSelectionValue(params, kinds, storeOf) {
  /** @type {Record<string, unknown>} */
  const value = {};
  for (const param of params) {
    const kind = kinds.get(param);
    if (kind === undefined) continue;
    const selection = paramSelection(kind, storeOf(param));
    if (selection !== undefined) {
      Object.defineProperty(value, param, {
        value: selection,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return value;
}

/**
 * Which selection parameters of the node's list the spec lacks (a mistake the app should hear of).
 * @param {readonly string[]} params
 * @param {Map<string, SelectionKind>} kinds
 * @returns {string[]}
 */
export function unknownParams(params, kinds) {
  return params.filter((param) => !kinds.has(param));
}
