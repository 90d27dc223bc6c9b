// Metrics (st.metric): a label, a big value and its change. The delta's arrow follows its sign (a
// leading "-" is down); its colour says whether the change is good: green up and red down, the
// other way round with `inverse`, gray with `off`.
//
//   <div data-kind="metric" data-border>
//     <div class="st-metric__label">Revenue <button class="st-help">?</button></div>
//     <div class="st-metric__value">$1.2M</div>
//     <div class="st-metric__delta" data-direction="up" data-tone="negative"><span>▲</span> +4%</div>

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { syncHelp } from "./help.js";

/** @typedef {import("../protocol-elements.js").MetricNode} MetricNode */
/** @typedef {import("../protocol-elements.js").DeltaColor} DeltaColor */
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
    if (!shown) return;
    const style = deltaStyle(/** @type {string} */ (node.delta), node.deltaColor);
    setAttribute(delta, DATA.direction, style.direction);
    setAttribute(delta, DATA.tone, style.tone);
    setText(part(delta, `.${CLASS.metricArrow}`, HTMLSpanElement), style.direction === "up" ? "▲" : "▼");
    setText(/** @type {HTMLSpanElement} */ (delta.lastElementChild), /** @type {string} */ (node.delta));
  },
};
