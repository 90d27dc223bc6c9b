// What a vegaLiteChart node becomes before Vega sees it (pure, no DOM): its columnar data sets as
// Vega's row objects, placed in the spec's top-level `datasets`, and its width and height decisions
// (Streamlit's `width="stretch" | "content" | N`). Also whether a new node changes only the data, so
// the renderer can update the view in place and keep its DOM and selections.

/** @typedef {import("./protocol-data.js").ChartColumn} ChartColumn */
/** @typedef {import("./protocol-data.js").ChartDataset} ChartDataset */
/** @typedef {import("./protocol-data.js").VegaLiteChartNode} VegaLiteChartNode */
/** @typedef {Record<string, unknown>} Row */
/** @typedef {Record<string, unknown>} Spec */

/**
 * How wide a chart is: the container's width, the spec's own, or a fixed number of points.
 * @typedef {{mode: "stretch"} | {mode: "content"} | {mode: "fixed", width: number}} ChartWidth
 */

/**
 * The values of a column, whichever typed array it has.
 * @param {ChartColumn} column
 * @returns {ReadonlyArray<number | string | boolean | null>}
 */
function columnValues(column) {
  const categories = column.categories ?? [];
  const values = column.numbers ?? column.texts ?? column.booleans ??
    column.codes?.map((code) => categories[code] ?? null) ?? [];
  if (column.missing === undefined || column.missing.length === 0) return values;
  /** @type {Array<number | string | boolean | null>} */
  const withGaps = [...values];
  for (const position of column.missing) withGaps[position] = null;
  return withGaps;
}

/**
 * A data set's columns as row objects, `{name: value}` per row, for Vega. A missing value stays
 * `null` (Vega-Lite leaves it out of scales and marks); a column shorter than the others is padded
 * with `null`. Dates are already numbers (ms since 1970 UTC), which Vega-Lite's temporal fields read.
 * @param {ChartDataset} dataset
 * @returns {Row[]}
 */
export function datasetRows(dataset) {
  const columns = dataset.columns.map((column) => ({ name: column.name, values: columnValues(column) }));
  const count = Math.max(0, ...columns.map((column) => column.values.length));
  /** @type {Row[]} */
  const rows = [];
  for (let index = 0; index < count; index++) {
    /** @type {Row} */
    const row = {};
    for (const column of columns) {
      // defineProperty: a column named "__proto__" is a field, not the row's prototype.
      Object.defineProperty(row, column.name, {
        value: column.values[index] ?? null,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The spec as a plain object (a spec that is not an object is invalid; Vega-Lite says why).
 * @param {unknown} spec
 * @returns {Spec}
 */
export function specObject(spec) {
  return typeof spec === "object" && spec !== null && !Array.isArray(spec) ? /** @type {Spec} */ (spec) : {};
}

/**
 * The node's width decision.
 * @param {{width?: number, fitContent?: boolean}} node
 * @returns {ChartWidth}
 */
export function chartWidth(node) {
  if (node.width !== undefined && node.width > 0) return { mode: "fixed", width: node.width };
  if (node.fitContent === true) return { mode: "content" };
  return { mode: "stretch" };
}

/**
 * Whether Vega-Lite can size the spec to its container: single views and layers can; concatenated,
 * faceted and repeated charts cannot (Vega-Lite ignores `"container"` there), so they keep their own
 * width.
 * @param {Spec} spec
 * @returns {boolean}
 */
export function canStretch(spec) {
  return !["facet", "repeat", "concat", "hconcat", "vconcat"].some((key) => Object.hasOwn(spec, key));
}

/**
 * The spec Vega-Embed gets: the node's spec with its data sets as top-level `datasets` (rows), its
 * width and height, and the theme's `config` merged under the spec's own.
 * @param {VegaLiteChartNode} node
 * @param {Spec | undefined} themeConfig `undefined` for the library's own look
 * @returns {Spec}
 */
export function embeddableSpec(node, themeConfig) {
  const spec = { ...specObject(node.spec) };
  /** @type {Record<string, unknown>} */
  const datasets = { ...specObject(spec.datasets) };
  for (const dataset of node.datasets) datasets[dataset.name] = datasetRows(dataset);
  spec.datasets = datasets;
  const width = chartWidth(node);
  if (width.mode === "fixed") spec.width = width.width;
  else if (width.mode === "stretch" && canStretch(spec)) {
    spec.width = "container";
    spec.autosize = { type: "fit-x", contains: "padding" };
  }
  if (node.height !== undefined && node.height > 0) spec.height = node.height;
  if (themeConfig !== undefined) spec.config = mergeConfig(themeConfig, specObject(spec.config));
  return spec;
}

/**
 * The theme's config with the spec's own on top (the app's choices win), merged one level deep so a
 * spec's `axis: {grid: false}` keeps the theme's axis colours.
 * @param {Spec} theme
 * @param {Spec} own
 * @returns {Spec}
 */
export function mergeConfig(theme, own) {
  /** @type {Spec} */
  const merged = { ...theme };
  for (const [key, value] of Object.entries(own)) {
    const base = merged[key];
    const bothObjects = [base, value].every((item) =>
      typeof item === "object" && item !== null && !Array.isArray(item)
    );
    merged[key] = bothObjects ? { ...specObject(base), ...specObject(value) } : value;
  }
  return merged;
}

/**
 * What must stay the same for a data-only update: everything but the data sets' values.
 * @param {VegaLiteChartNode} node
 * @returns {string}
 */
export function chartShape(node) {
  return JSON.stringify([
    node.spec,
    node.datasets.map((dataset) => dataset.name),
    node.width ?? null,
    node.fitContent ?? null,
    node.height ?? null,
    node.theme ?? "app",
    node.widget ?? null,
    node.selections ?? null,
  ]);
}

/**
 * What a new node asks of a drawn chart: nothing, new rows for its data sets (the spec, size, theme
 * and widget are the same), or a new embed.
 * @param {VegaLiteChartNode} previous
 * @param {VegaLiteChartNode} next
 * @returns {"none" | "data" | "embed"}
 */
export function chartUpdate(previous, next) {
  if (previous === next) return "none";
  if (chartShape(previous) !== chartShape(next)) return "embed";
  return JSON.stringify(previous.datasets) === JSON.stringify(next.datasets) ? "none" : "data";
}

/**
 * The chart's accessible name: the spec's title, else its description, else "Chart".
 * @param {unknown} spec
 * @returns {string}
 */
export function chartName(spec) {
  const object = specObject(spec);
  const title = object.title;
  /** @type {unknown} */
  const text = typeof title === "object" && title !== null && !Array.isArray(title)
    ? specObject(title).text
    : title;
  const joined = Array.isArray(text) ? text.filter((line) => typeof line === "string").join(" ") : text;
  if (typeof joined === "string" && joined.trim() !== "") return joined.trim();
  if (typeof object.description === "string" && object.description.trim() !== "") {
    return object.description.trim();
  }
  return "Chart";
}
