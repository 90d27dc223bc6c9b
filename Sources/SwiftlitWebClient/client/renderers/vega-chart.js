// Vega-Lite charts (st.vega_lite_chart, st.altair_chart, and the simple charts the Swift side builds
// on them): Vega-Embed draws the node's spec, with its columnar data sets as the spec's `datasets`
// (chart-data.js), in the app theme (chart-theme.js) or Vega's own look. Vega loads on the first
// chart of the page (chart-libraries.js).
//
//   <div data-kind="vegaLiteChart" role="figure" aria-label="<title>" data-chart-state="ready"
//        data-chart-width="stretch">
//     <div class="st-chart__view vega-embed"><svg class="marks" aria-label="<title>">…</svg>
//       <details title="Click to view actions">…</details></div>
//     <p class="st-chart__error" role="alert" hidden></p>
//
// SVG rather than canvas: Vega's SVG renderer gives every mark, axis and legend ARIA roles and
// labels (a canvas is one opaque image), draws text crisply at any zoom, and lets end-to-end tests
// find marks in the DOM; the data sets the Swift side sends are small enough (it thins large ones)
// for a DOM node per mark. Expressions run in Vega's interpreter (`ast: true`), so the page's CSP
// needs no 'unsafe-eval'. The export menu stays (PNG and SVG downloads); the source, compiled and
// editor entries go: the editor would send the spec and data to an external site.
//
// A node that changes only the data sets' values updates the running view in place (its DOM,
// scroll and selections stay); any other change embeds the chart again into the same element.
// Tests reach the view as `element.vegaView`.

import { chartName, chartUpdate, chartWidth, datasetRows, embeddableSpec } from "../chart-data.js";
import {
  chartFrame,
  chartView,
  observeChartSize,
  onColourSchemeChange,
  pageChartStyle,
  setChartState,
} from "../chart-frame.js";
import { loadVega } from "../chart-libraries.js";
import { chartSelectionValue, selectionKinds, unknownParams } from "../chart-selection.js";
import { vegaThemeConfig } from "../chart-theme.js";
import { DATA } from "../dom-names.js";
import { setAttribute } from "../dom.js";

/** @typedef {import("../protocol-data.js").VegaLiteChartNode} VegaLiteChartNode */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../render-context.js").Renderer<VegaLiteChartNode>} VegaChartRenderer */
/** @typedef {import("../chart-library-types.js").VegaView} VegaView */
/** @typedef {import("../chart-library-types.js").VegaEmbedResult} VegaEmbedResult */
/** @typedef {import("../chart-selection.js").SelectionTuple} SelectionTuple */
/** @typedef {HTMLElement & {vegaView?: VegaView}} ChartElement */

/** How long the selection must rest before it is committed (a drag fires many changes). */
export const SELECTION_DEBOUNCE_MS = 150;

/**
 * One chart's state.
 * @typedef {object} ChartState
 * @property {VegaLiteChartNode} node the latest node (an embed in flight draws it when it starts)
 * @property {RenderContext} ctx
 * @property {number} epoch counts embeds, so that a slow one finishing late is dropped
 * @property {boolean} loading an embed is in flight
 * @property {VegaEmbedResult | null} embedded the running chart
 * @property {string | null} committed the last selection value sent (or the stored one)
 * @property {ReturnType<typeof setTimeout> | undefined} timer a pending selection commit
 * @property {AbortController | null} listening removes the running chart's DOM listeners
 */

const charts = /** @type {WeakMap<HTMLElement, ChartState>} */ (new WeakMap());

/** @type {VegaChartRenderer} */
export const vegaLiteChart = {
  create(node, ctx) {
    const root = chartFrame(chartName(node.spec));
    charts.set(root, {
      node,
      ctx,
      epoch: 0,
      loading: false,
      embedded: null,
      committed: null,
      timer: undefined,
      listening: null,
    });
    observeChartSize(root, () => resizeToContainer(root), () => finalize(root));
    onColourSchemeChange("vegaLiteChart", (chart) => {
      const state = charts.get(chart);
      if (state !== undefined && (state.node.theme ?? "app") === "app") embed(chart);
    });
    vegaLiteChart.update(root, node, ctx);
    return root;
  },
  update(root, node, ctx) {
    const state = charts.get(root);
    if (state === undefined) return;
    const change = chartUpdate(state.node, node);
    state.node = node;
    state.ctx = ctx;
    setAttribute(root, "aria-label", chartName(node.spec));
    labelSurface(root, node);
    setAttribute(root, DATA.chartWidth, chartWidth(node).mode);
    root.style.setProperty("--st-chart-height", node.height === undefined ? null : `${node.height}px`);
    if (change === "embed" || (state.embedded === null && !state.loading)) embed(root);
    else if (change === "data" && state.embedded !== null) updateData(root, state.embedded.view, node);
    // A data change while an embed is in flight: that embed draws state.node.
  },
};

/**
 * Embeds the chart for its current node, replacing what the element showed.
 * @param {HTMLElement} root
 */
function embed(root) {
  const state = charts.get(root);
  if (state === undefined) return;
  const epoch = ++state.epoch;
  state.loading = true;
  if (state.embedded === null) setChartState(root, "loading");
  loadVega().then(
    async ({ vegaEmbed }) => {
      if (state.epoch !== epoch) return;
      const node = state.node;
      const theme = (node.theme ?? "app") === "app" ? vegaThemeConfig(pageChartStyle()) : undefined;
      const holder = chartView(root);
      // Vega-Embed empties the element first: hold its height so the page does not jump.
      if (holder.offsetHeight > 0) holder.style.minHeight = `${holder.offsetHeight}px`;
      /** @type {VegaEmbedResult} */
      let result;
      try {
        result = await vegaEmbed(holder, embeddableSpec(node, theme), {
          // Every spec is Vega-Lite; the simple charts' specs leave `$schema` out to save bytes.
          mode: "vega-lite",
          ast: true,
          renderer: "svg",
          actions: { export: true, source: false, compiled: false, editor: false },
          downloadFileName: "chart",
        });
      } catch (error) {
        holder.style.minHeight = "";
        if (state.epoch !== epoch) return;
        state.loading = false;
        stopChart(root, state);
        setChartState(root, "error", `This chart's specification is not valid: ${messageOf(error)}`);
        return;
      }
      holder.style.minHeight = "";
      if (state.epoch !== epoch) {
        result.finalize();
        return;
      }
      state.loading = false;
      // Vega-Embed has replaced the element's content; what ran before only needs stopping.
      stopChart(root, state);
      state.embedded = result;
      // Vega-Embed always adds a <form> for input bindings: a chart without any keeps no form.
      for (const bindings of holder.querySelectorAll("form.vega-bindings")) {
        if (bindings.childElementCount === 0) bindings.remove();
      }
      /** @type {ChartElement} */ (root).vegaView = result.view;
      labelSurface(root, node);
      watchSelections(root, state, result.view, node);
      setChartState(root, "ready");
      // New data arrived while the chart was being drawn.
      if (state.node !== node) updateData(root, result.view, state.node);
    },
    (error) => {
      if (state.epoch !== epoch) return;
      state.loading = false;
      setChartState(root, "error", `The chart library (Vega) could not be loaded: ${messageOf(error)}`);
    },
  );
}

/**
 * Names the drawing (Vega labels its marks, axes and legends, but not the SVG itself).
 * @param {HTMLElement} root
 * @param {VegaLiteChartNode} node
 */
function labelSurface(root, node) {
  const surface = chartView(root).querySelector("svg.marks, canvas.marks");
  if (surface !== null) setAttribute(surface, "aria-label", chartName(node.spec));
}

/**
 * Replaces the rows of every data set in the running view.
 * @param {HTMLElement} root
 * @param {VegaView} view
 * @param {VegaLiteChartNode} node
 */
function updateData(root, view, node) {
  loadVega().then(({ vega }) => {
    for (const dataset of node.datasets) {
      view.change(dataset.name, vega.changeset().remove(() => true).insert(datasetRows(dataset)));
    }
    return view.runAsync();
  }).catch((error) => {
    // A data set the compiled view does not know (renamed by the spec) cannot be changed in
    // place: embed the chart anew.
    console.warn("swiftlit: updating a chart's data in place failed, drawing it again:", error);
    embed(root);
  });
}

/**
 * Reports the node's selection parameters as the chart's widget value.
 * @param {HTMLElement} root
 * @param {ChartState} state
 * @param {VegaView} view
 * @param {VegaLiteChartNode} node
 */
function watchSelections(root, state, view, node) {
  const widget = node.widget;
  const params = node.selections ?? [];
  if (widget === undefined || params.length === 0) return;
  const kinds = selectionKinds(node.spec);
  const missing = unknownParams(params, kinds);
  if (missing.length > 0) {
    console.warn(`swiftlit: the chart's spec has no selection parameter ${missing.join(", ")}`);
  }
  const stored = state.ctx.values.get(widget.id);
  // A new chart reflects the app's state: whatever the server holds counts as sent.
  state.committed = typeof stored === "string" ? stored : "{}";
  const commit = () => {
    state.timer = undefined;
    if (charts.get(root)?.embedded?.view !== view || widget.disabled === true) return;
    const value = JSON.stringify(chartSelectionValue(params, kinds, (param) => storeTuples(view, param)));
    if (value === state.committed) return;
    state.committed = value;
    state.ctx.commit(widget.id, value);
  };
  const schedule = () => {
    clearTimeout(state.timer);
    state.timer = setTimeout(commit, SELECTION_DEBOUNCE_MS);
  };
  for (const param of params) if (kinds.has(param)) view.addSignalListener(param, schedule);
  // An interval is committed when the drag ends, without waiting for the pause.
  state.listening = new AbortController();
  const { signal } = state.listening;
  chartView(root).addEventListener("pointerdown", () => {
    addEventListener("pointerup", () => {
      if (state.timer === undefined) return;
      clearTimeout(state.timer);
      // After Vega's own pointerup handler has run.
      setTimeout(commit, 0);
    }, { once: true, signal });
  }, { signal });
}

/**
 * The tuples of a selection parameter's store (none when the view has no such data set).
 * @param {VegaView} view
 * @param {string} param
 * @returns {SelectionTuple[]}
 */
function storeTuples(view, param) {
  try {
    return /** @type {SelectionTuple[]} */ (view.data(`${param}_store`));
  } catch {
    return [];
  }
}

/**
 * Resizes a chart that follows its container's width (Vega itself only listens to the window).
 * @param {HTMLElement} root
 */
function resizeToContainer(root) {
  const state = charts.get(root);
  if (state?.embedded === null || state === undefined || chartWidth(state.node).mode !== "stretch") return;
  const view = state.embedded.view;
  const element = chartView(root);
  const padding = getComputedStyle(element);
  const width = element.clientWidth - parseFloat(padding.paddingLeft) - parseFloat(padding.paddingRight);
  if (width > 0) view.width(width).resize().runAsync().catch(() => {});
}

/**
 * Stops the running chart (listeners, timers, DOM) before another is embedded.
 * @param {HTMLElement} root
 * @param {ChartState} state
 */
function stopChart(root, state) {
  clearTimeout(state.timer);
  state.timer = undefined;
  state.listening?.abort();
  state.listening = null;
  state.embedded?.finalize();
  state.embedded = null;
  delete /** @type {ChartElement} */ (root).vegaView;
}

/**
 * Frees a chart that left the page.
 * @param {HTMLElement} root
 */
function finalize(root) {
  const state = charts.get(root);
  if (state === undefined) return;
  state.epoch++;
  stopChart(root, state);
}

/**
 * @param {unknown} error
 * @returns {string}
 */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
