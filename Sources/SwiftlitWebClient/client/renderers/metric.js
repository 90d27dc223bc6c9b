// Metrics (st.metric): a label, a big value, its change and its trend. The delta's arrow follows its
// sign (a leading "-" is down) unless `deltaArrow` says up, down or off; its colour says whether the
// change is good, from the sign: green up and red down, the other way round with `inverse`, gray
// with `off`. `chart` draws the trend as a small line, bar or area chart under the value.
//
//   <div data-kind="metric" data-border>
//     <div class="st-metric__label">Revenue <button class="st-help">?</button></div>
//     <div class="st-metric__value">$1.2M</div>
//     <div class="st-metric__delta" data-direction="up" data-tone="negative"><span>▲</span> +4%</div>
//     <svg class="st-metric__chart" data-chart-type="line" data-tone="negative" role="img">…</svg>

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { syncHelp } from "./help.js";
import { sparklineSvg } from "./sparkline.js";

/** @typedef {import("../protocol-elements.js").MetricNode} MetricNode */
/** @typedef {import("../protocol-elements.js").DeltaColor} DeltaColor */
/** @typedef {import("../protocol-types.js").DeltaArrow} DeltaArrow */
/** @typedef {import("../render-context.js").Renderer<MetricNode>} MetricRenderer */

/**
 * @typedef {object} DeltaStyle
 * @property {"up" | "down"} direction
 * @property {"positive" | "negative" | "neutral"} tone green, red or gray
 */

/**
 * How a delta is drawn: its direction from its sign, its tone from the direction and `deltaColor`.
 * @param {string} delta the delta's text, e.g. `+4%`, `-3 °C`, `−2` (a minus sign also counts)
 * @param {DeltaColor | undefined} color omitted means `normal`
 * @returns {DeltaStyle}
 */
export function deltaStyle(delta, color) {
  const text = delta.trim();
  const direction = text.startsWith("-") || text.startsWith("−") ? "down" : "up";
  if (color === "off") return { direction, tone: "neutral" };
  const good = (direction === "up") !== (color === "inverse");
  return { direction, tone: good ? "positive" : "negative" };
}

/**
 * The arrow a delta shows: its direction, unless the app chose one, or none.
 * @param {"up" | "down"} direction from the delta's sign
 * @param {DeltaArrow | undefined} arrow omitted follows the sign
 * @returns {"up" | "down" | null}
 */
export function deltaArrow(direction, arrow) {
  if (arrow === "off") return null;
  return arrow ?? direction;
}

/** The drawing size of a metric's chart; CSS stretches it to the metric's width. */
const CHART_BOX = { width: 200, height: 40, inset: 2 };

/**
 * What a metric's chart says to a screen reader.
 * @param {number[]} values
 * @param {string} type
 * @returns {string}
 */
export function metricChartLabel(values, type) {
  const name = type === "bar" ? "Bar chart" : type === "area" ? "Area chart" : "Line chart";
  if (values.length === 0) return `${name}, no values`;
  return `${name} of ${values.length} value${values.length === 1 ? "" : "s"}, from ${values[0]} to ${
    values[values.length - 1]
  }`;
}

/** The values and type a metric's chart last drew. */
const chartsDrawn = /** @type {WeakMap<HTMLElement, string>} */ (new WeakMap());

/**
 * Adds, redraws or removes a metric's chart.
 * @param {HTMLElement} root
 * @param {MetricNode} node
 * @param {string | null} tone the delta's tone, which colours the chart; `null` without a delta
 */
function syncChart(root, node, tone) {
  let chart = root.querySelector(`:scope > .${CLASS.metricChart}`);
  const values = (node.chart ?? []).filter((value) => Number.isFinite(value));
  if (node.chart === undefined || values.length === 0) {
    chart?.remove();
    chartsDrawn.delete(root);
    return;
  }
  const type = node.chartType ?? "line";
  const signature = JSON.stringify([values, type]);
  if (chart === null || chartsDrawn.get(root) !== signature) {
    const drawn = sparklineSvg(values, type, CHART_BOX, metricChartLabel(values, type), CLASS.metricChart);
    drawn.setAttribute(DATA.testId, TEST_ID.metricChart);
    if (chart === null) root.append(drawn);
    else chart.replaceWith(drawn);
    chart = drawn;
    chartsDrawn.set(root, signature);
  }
  setAttribute(chart, DATA.chartType, type);
  setAttribute(chart, DATA.tone, tone);
}

/** @type {MetricRenderer} */
export const metric = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.metric}` }, [
      h("div", { class: CLASS.metricLabel, [DATA.testId]: TEST_ID.metricLabel }, [h("span")]),
      h("div", { class: CLASS.metricValue, [DATA.testId]: TEST_ID.metricValue }),
      h("div", { class: CLASS.metricDelta, [DATA.testId]: TEST_ID.metricDelta }, [
        h("span", { class: CLASS.metricArrow, "aria-hidden": "true" }),
        h("span"),
      ]),
    ]);
    metric.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    setAttribute(root, DATA.border, node.border === true);
    const label = part(root, `.${CLASS.metricLabel}`, HTMLDivElement);
    setText(part(label, "span", HTMLSpanElement), node.label);
    const value = part(root, `.${CLASS.metricValue}`, HTMLDivElement);
    setText(value, node.value);
    syncHelp(label, node.help, [value]);
    const delta = part(root, `.${CLASS.metricDelta}`, HTMLDivElement);
    const shown = node.delta !== undefined && node.delta.trim() !== "";
    delta.hidden = !shown;
    if (!shown) {
      syncChart(root, node, null);
      return;
    }
    const style = deltaStyle(/** @type {string} */ (node.delta), node.deltaColor);
    const arrow = deltaArrow(style.direction, node.deltaArrow);
    setAttribute(delta, DATA.direction, arrow ?? "none");
    setAttribute(delta, DATA.tone, style.tone);
    const arrowElement = part(delta, `.${CLASS.metricArrow}`, HTMLSpanElement);
    arrowElement.hidden = arrow === null;
    setText(arrowElement, arrow === "down" ? "▼" : arrow === "up" ? "▲" : "");
    setText(/** @type {HTMLSpanElement} */ (delta.lastElementChild), /** @type {string} */ (node.delta));
    syncChart(root, node, style.tone);
  },
};
