// Plotly charts (st.plotly_chart): plotly.js draws the node's figure with Plotly.react, which
// updates the same graph div in place on every new node. plotly.js (4.6 MB) loads on the first
// Plotly chart of the page (chart-libraries.js). In the app theme the figure gets a template of the
// page's colours and font (chart-theme.js); with a widget, box and lasso selections and clicked
// points are the chart's value (plotly-selection.js).
//
//   <div data-kind="plotlyChart" role="figure" aria-label="<title>" data-chart-state="ready">
//     <div class="st-chart__view js-plotly-plot" data-testid="st-chart-view">…</div>
//     <p class="st-chart__error" role="alert" hidden></p>
//
// Tests reach the graph div as `element.plotlyGraph`. Under the page's CSP (no 'unsafe-eval', scripts
// and connections to the app only), checked in headless Chromium: SVG traces (scatter, bar, pie,
// heatmap, histogram, box, contour, candlestick, polar, sunburst) and scatter3d/surface draw; the
// regl-based WebGL traces (scattergl, splom, parcoords) compile code with `Function` and are
// blocked; geo traces (scattergeo, choropleth) fetch their maps from cdn.plot.ly and tile maps
// (scattermap) need a blob: worker and a tile server, all refused.

import { chartName, chartWidth, specObject } from "../chart-data.js";
import {
  chartFrame,
  chartView,
  observeChartSize,
  onColourSchemeChange,
  pageChartStyle,
  setChartState,
} from "../chart-frame.js";
import { loadPlotly } from "../chart-libraries.js";
import { plotlyTemplate } from "../chart-theme.js";
import { plotlyConfig, plotlyFigure } from "../plotly-figure.js";
import { NO_PLOTLY_SELECTION, plotlyClickValue, plotlySelectedValue } from "../plotly-selection.js";
import { DATA } from "../dom-names.js";
import { setAttribute } from "../dom.js";

/** @typedef {import("../protocol-data.js").PlotlyChartNode} PlotlyChartNode */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../render-context.js").Renderer<PlotlyChartNode>} PlotlyChartRenderer */
/** @typedef {import("../chart-library-types.js").PlotlyApi} PlotlyApi */
/** @typedef {import("../chart-library-types.js").PlotlyGraph} PlotlyGraph */
/** @typedef {import("../plotly-selection.js").PlotlySelectionValue} PlotlySelectionValue */
/** @typedef {HTMLElement & {plotlyGraph?: PlotlyGraph}} ChartElement */

/**
 * One chart's state.
 * @typedef {object} ChartState
 * @property {PlotlyChartNode} node
 * @property {RenderContext} ctx
 * @property {number} epoch counts draws, so that a slow one finishing late is dropped
 * @property {PlotlyApi | null} plotly once plotted
 * @property {boolean} listening the graph's selection events are wired
 * @property {string | null} committed the last selection value sent (or the stored one)
 * @property {string | null} widgetId the widget the committed value belongs to
 */

const charts = /** @type {WeakMap<HTMLElement, ChartState>} */ (new WeakMap());

/** @type {PlotlyChartRenderer} */
export const plotlyChart = {
  create(node, ctx) {
    const root = chartFrame(figureName(node));
    charts.set(root, {
      node,
      ctx,
      epoch: 0,
      plotly: null,
      listening: false,
      committed: null,
      widgetId: null,
    });
    observeChartSize(root, () => resize(root), () => purge(root));
    onColourSchemeChange("plotlyChart", (chart) => {
      const state = charts.get(chart);
      if (state !== undefined && (state.node.theme ?? "app") === "app") draw(chart);
    });
    plotlyChart.update(root, node, ctx);
    return root;
  },
  update(root, node, ctx) {
    const state = charts.get(root);
    if (state === undefined) return;
    const unchanged = state.node === node && state.plotly !== null;
    state.node = node;
    state.ctx = ctx;
    setAttribute(root, "aria-label", figureName(node));
    setAttribute(root, DATA.chartWidth, chartWidth(node).mode);
    if (!unchanged) draw(root);
  },
};

/**
 * Draws (or updates in place) the chart for its current node.
 * @param {HTMLElement} root
 */
function draw(root) {
  const state = charts.get(root);
  if (state === undefined) return;
  const epoch = ++state.epoch;
  if (state.plotly === null) setChartState(root, "loading");
  loadPlotly().then(
    async (plotly) => {
      if (state.epoch !== epoch) return;
      const node = state.node;
      const template = (node.theme ?? "app") === "app" ? plotlyTemplate(pageChartStyle()) : undefined;
      const figure = plotlyFigure(node, template);
      /** @type {PlotlyGraph} */
      let graph;
      try {
        // Resolves to the same element, now with Plotly's event methods.
        graph = await plotly.react(chartView(root), { ...figure, config: plotlyConfig(node) });
      } catch (error) {
        if (state.epoch !== epoch) return;
        setChartState(root, "error", `This Plotly figure could not be drawn: ${messageOf(error)}`);
        return;
      }
      if (state.epoch !== epoch) return;
      state.plotly = plotly;
      /** @type {ChartElement} */ (root).plotlyGraph = graph;
      watchSelections(root, state, graph);
      setChartState(root, "ready");
    },
    (error) => {
      if (state.epoch !== epoch) return;
      setChartState(root, "error", `The chart library (plotly.js) could not be loaded: ${messageOf(error)}`);
    },
  );
}

/**
 * Wires the graph's selection events to the widget (once per graph; they read the current node).
 * @param {HTMLElement} root
 * @param {ChartState} state
 * @param {PlotlyGraph} graph
 */
function watchSelections(root, state, graph) {
  const widget = state.node.widget;
  if (widget !== undefined && state.widgetId !== widget.id) {
    // A new chart reflects the app's state: whatever the server holds counts as sent.
    const stored = state.ctx.values.get(widget.id);
    state.committed = typeof stored === "string" ? stored : JSON.stringify(NO_PLOTLY_SELECTION);
    state.widgetId = widget.id;
  }
  if (state.listening) return;
  state.listening = true;
  /** @param {PlotlySelectionValue} value */
  const commit = (value) => {
    const current = charts.get(root);
    const id = current?.node.widget?.id;
    if (current === undefined || id === undefined || current.node.widget?.disabled === true) return;
    const modes = current.node.selectionModes ?? [];
    const json = JSON.stringify(value);
    if (json === current.committed || (modes.length === 0 && value.points.length > 0)) return;
    current.committed = json;
    current.ctx.commit(id, json);
  };
  graph.on("plotly_selected", (event) => commit(plotlySelectedValue(event)));
  graph.on("plotly_deselect", () => commit({ points: [], boxes: [], lassos: [] }));
  graph.on("plotly_click", (event) => {
    if ((charts.get(root)?.node.selectionModes ?? []).includes("points")) commit(plotlyClickValue(event));
  });
}

/**
 * Follows the container's width (Plotly itself only listens to the window).
 * @param {HTMLElement} root
 */
function resize(root) {
  const state = charts.get(root);
  if (state?.plotly == null || chartWidth(state.node).mode !== "stretch") return;
  Promise.resolve(state.plotly.Plots.resize(chartView(root))).catch(() => {});
}

/**
 * Frees a chart that left the page.
 * @param {HTMLElement} root
 */
function purge(root) {
  const state = charts.get(root);
  if (state === undefined) return;
  state.epoch++;
  state.plotly?.purge(chartView(root));
  state.plotly = null;
  state.listening = false;
  delete /** @type {ChartElement} */ (root).plotlyGraph;
}

/**
 * The chart's accessible name: the figure's title, else "Chart".
 * @param {PlotlyChartNode} node
 * @returns {string}
 */
function figureName(node) {
  const title = specObject(specObject(node.figure).layout).title;
  return chartName({ title: typeof title === "object" && title !== null ? specObject(title).text : title });
}

/**
 * @param {unknown} error
 * @returns {string}
 */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
