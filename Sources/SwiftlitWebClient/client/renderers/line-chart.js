// Line charts (st.line_chart): an SVG drawn here, no chart library. As wide as its container
// (drawn again when that changes), `height` (300 px by default) tall; nice ticks and light grid
// lines on both axes, the axis labels, one path per series in the palette of data.css, and a
// legend above when there is more than one series. The server has already reduced every series
// to at most 800 points.
//
//   <div data-kind="lineChart">
//     <ul class="st-line-chart__legend"><li><span data-series="1"></span>sales</li>…</ul>
//     <svg role="img" aria-label="Line chart, 2 series: …">
//       <g class="st-line-chart__grid">…</g> <g class="st-line-chart__axis">…</g>
//       <path class="st-line-chart__line" data-series="1" d="M…"/>…

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, svg } from "../dom.js";
import {
  chartMargins,
  chartSummary,
  extent,
  formatTick,
  linearScale,
  linePath,
  niceTicks,
  pointCount,
} from "./chart-scale.js";

/** @typedef {import("../protocol-data.js").LineChartNode} LineChartNode */
/** @typedef {import("../render-context.js").Renderer<LineChartNode>} LineChartRenderer */

/** The height of a chart whose node gives none. */
const DEFAULT_CHART_HEIGHT = 300;
/** Colours in the palette (`--st-chart-1` … in data.css); further series reuse them. */
export const PALETTE_SIZE = 8;

/** What each chart shows and how wide it last drew it. */
const charts = /** @type {WeakMap<HTMLElement, {node: LineChartNode, width: number}>} */ (new WeakMap());

/** The series names each legend lists, as JSON, to rebuild it only when they change. */
const legendShown = /** @type {WeakMap<HTMLElement, string>} */ (new WeakMap());

/** @type {LineChartRenderer} */
export const lineChart = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.lineChart}` }, [
      h("ul", { class: CLASS.lineChartLegend, [DATA.testId]: TEST_ID.lineChartLegend }),
      svg("svg", {
        class: CLASS.lineChartSvg,
        role: "img",
        width: "100%",
        "data-testid": TEST_ID.lineChartSvg,
      }),
      h("p", { class: CLASS.lineChartEmpty, [DATA.testId]: TEST_ID.lineChartEmpty }, ["No data to show"]),
    ]);
    charts.set(root, { node, width: 0 });
    // Drawn once the chart has a width, and again whenever the width changes.
    new ResizeObserver(() => draw(root)).observe(root);
    lineChart.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const chart = charts.get(root);
    if (chart === undefined) return;
    chart.node = node;
    chart.width = 0; // draw again even at the same width
    draw(root);
  },
};

/**
 * Draws the chart for its node at the root's current width (nothing while it has none).
 * @param {HTMLElement} root
 */
function draw(root) {
  const chart = charts.get(root);
  if (chart === undefined) return;
  const { node } = chart;
  const height = node.height !== undefined && node.height > 0 ? node.height : DEFAULT_CHART_HEIGHT;
  const image = part(root, `.${CLASS.lineChartSvg}`, SVGSVGElement);
  const empty = part(root, `.${CLASS.lineChartEmpty}`, HTMLParagraphElement);
  const x = extent(node.series, "x");
  const y = extent(node.series, "y");
  const hasData = x !== null && y !== null;
  empty.hidden = hasData;
  image.style.display = hasData ? "" : "none";
  syncLegend(part(root, `.${CLASS.lineChartLegend}`, HTMLUListElement), node, hasData);
  setAttribute(image, "aria-label", chartSummary(node));
  setAttribute(image, "height", height);
  const width = root.clientWidth;
  if (!hasData || width === 0 || width === chart.width) return;
  chart.width = width;

  const xTicks = niceTicks(x[0], x[1]);
  const yTicks = niceTicks(y[0], y[1]);
  const yLabels = yTicks.values.map((value) => formatTick(value, yTicks.step));
  const hasXLabel = node.xLabel !== undefined && node.xLabel !== "";
  const hasYLabel = node.yLabel !== undefined && node.yLabel !== "";
  const margin = chartMargins(yLabels, hasXLabel, hasYLabel);
  const plotRight = Math.max(margin.left + 10, width - margin.right);
  const plotBottom = Math.max(margin.top + 10, height - margin.bottom);
  const scaleX = linearScale([xTicks.min, xTicks.max], [margin.left, plotRight]);
  const scaleY = linearScale([yTicks.min, yTicks.max], [plotBottom, margin.top]);

  const grid = svg("g", { class: CLASS.lineChartGrid, "aria-hidden": "true" });
  const axis = svg("g", { class: CLASS.lineChartAxis, "aria-hidden": "true" });
  yTicks.values.forEach((value, i) => {
    const at = String(scaleY(value));
    grid.append(svg("line", { x1: String(margin.left), x2: String(plotRight), y1: at, y2: at }));
    axis.append(tickText(yLabels[i], margin.left - 8, scaleY(value), "end", "middle"));
  });
  for (const value of xTicks.values) {
    const at = String(scaleX(value));
    grid.append(svg("line", { x1: at, x2: at, y1: String(margin.top), y2: String(plotBottom) }));
    axis.append(tickText(formatTick(value, xTicks.step), scaleX(value), plotBottom + 8, "middle", "hanging"));
  }
  if (hasXLabel) {
    const label = tickText(String(node.xLabel), (margin.left + plotRight) / 2, height - 6, "middle", "auto");
    label.setAttribute("class", CLASS.lineChartLabel);
    axis.append(label);
  }
  if (hasYLabel) {
    const middle = (margin.top + plotBottom) / 2;
    const label = tickText(String(node.yLabel), 0, 0, "middle", "hanging");
    label.setAttribute("class", CLASS.lineChartLabel);
    label.setAttribute("transform", `translate(4 ${middle}) rotate(-90)`);
    axis.append(label);
  }

  const lines = svg("g", { "aria-hidden": "true" });
  node.series.forEach((line, i) => {
    const slot = String((i % PALETTE_SIZE) + 1);
    if (pointCount(line) === 1) {
      // A lone point draws no line: show it as a dot.
      lines.append(svg("circle", {
        class: CLASS.lineChartPoint,
        [DATA.series]: slot,
        cx: String(scaleX(line.x[0])),
        cy: String(scaleY(line.y[0])),
        r: "3",
      }));
      return;
    }
    const d = linePath(line.x, line.y, scaleX, scaleY);
    if (d !== "") lines.append(svg("path", { class: CLASS.lineChartLine, [DATA.series]: slot, d }));
  });
  image.replaceChildren(grid, axis, lines);
}

/**
 * @param {string} text
 * @param {number} x
 * @param {number} y
 * @param {"start" | "middle" | "end"} anchor
 * @param {"middle" | "hanging" | "auto"} baseline
 * @returns {SVGElement}
 */
function tickText(text, x, y, anchor, baseline) {
  const element = svg("text", {
    class: CLASS.lineChartTick,
    x: String(x),
    y: String(y),
    "text-anchor": anchor,
    "dominant-baseline": baseline,
  });
  element.textContent = text;
  return element;
}

/**
 * The legend: one entry per series, shown when there are two or more.
 * @param {HTMLUListElement} legend
 * @param {LineChartNode} node
 * @param {boolean} hasData
 */
function syncLegend(legend, node, hasData) {
  legend.hidden = !hasData || node.series.length < 2;
  const names = node.series.map((line) => line.name);
  const signature = JSON.stringify(names);
  if (legend.hidden || legendShown.get(legend) === signature) return;
  legendShown.set(legend, signature);
  legend.replaceChildren(
    ...names.map((name, i) =>
      h("li", {}, [
        h("span", {
          class: CLASS.lineChartSwatch,
          [DATA.series]: (i % PALETTE_SIZE) + 1,
          "aria-hidden": "true",
        }),
        h("span", {}, [name]),
      ])
    ),
  );
}
