// Slider: a native range input (keyboard, touch and screen readers for free), or two of them on
// one track for a range, each named "<label> (low)" / "<label> (high)". The shown value follows
// the thumb while dragging (`input`); the value is committed when the thumb is released (`change`).

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { formatNumber, snapToStepPrecision } from "../number-format.js";
import { valueOfNode } from "../widget-values.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").SliderNode} SliderNode */
/** @typedef {import("../protocol.js").NumberSpec} NumberSpec */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../render-context.js").Renderer<SliderNode>} SliderRenderer */

const latest = /** @type {WeakMap<HTMLElement, SliderNode>} */ (new WeakMap());

/** @type {SliderRenderer} */
export const slider = {
  create(node, ctx) {
    const frame = createWidgetFrame(node.value.length === 2 ? "span" : "label");
    const track = h("div", { class: CLASS.sliderTrack, role: node.value.length === 2 ? "group" : null });
    if (node.value.length === 2) setAttribute(track, "aria-labelledby", frame.labelId);
    const thumbs = node.value.map((_, i) => {
      const input = h("input", { type: "range", class: CLASS.slider });
      const output = h("output", {
        class: CLASS.sliderValue,
        [DATA.testId]: TEST_ID.sliderValue,
        "aria-hidden": "true",
      });
      track.append(input, output);
      input.addEventListener("input", () => showLive(frame.root, i));
      input.addEventListener("change", () => commit(frame.root, ctx));
      return input;
    });
    if (thumbs.length === 1) {
      thumbs[0].id = frame.controlId;
      labelControl(thumbs[0], frame.labelId);
    }
    const bounds = h("div", { class: CLASS.sliderBounds, "aria-hidden": "true" }, [h("span"), h("span")]);
    frame.root.append(track, bounds);
    latest.set(frame.root, node);
    ctx.values.reconcile(node.widget.id, widgetValue(node));
    syncAttributes(frame.root, node);
    showValues(frame.root, node.value);
    slider.update(frame.root, node, ctx);
    return frame.root;
  },
  // A slider that becomes a range (or back) under the same id is built anew.
  matches(root, node) {
    return thumbInputs(root).length === node.value.length;
  },
  update(root, node, ctx) {
    latest.set(root, node);
    const inputs = thumbInputs(root);
    syncAttributes(root, node);
    if (ctx.values.reconcile(node.widget.id, widgetValue(node))) showValues(root, node.value);
    else refreshDisplay(root); // the format or range may have changed; the thumbs stay where the user left them
    syncWidgetInfo(root, node.widget, {
      label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
      helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
      controls: inputs,
    });
  },
};

/**
 * @param {SliderNode} node
 * @returns {import("../protocol.js").WidgetValue}
 */
function widgetValue(node) {
  return /** @type {import("../protocol.js").WidgetValue} */ (valueOfNode(node));
}

/**
 * @param {HTMLElement} root
 * @returns {HTMLInputElement[]}
 */
function thumbInputs(root) {
  return [...root.querySelectorAll(`.${CLASS.sliderTrack} > input`)].map((
    input,
  ) => /** @type {HTMLInputElement} */ (input));
}

/**
 * Range, step, names and the bounds shown under the track. Set before any value, because a range
 * input clamps its value to its current min and max.
 * @param {HTMLElement} root
 * @param {SliderNode} node
 */
function syncAttributes(root, node) {
  const spec = node.number;
  const min = spec.min ?? 0;
  const max = spec.max ?? 100;
  const inputs = thumbInputs(root);
  const names = inputs.length === 2 ? [`${node.widget.label} (low)`, `${node.widget.label} (high)`] : [null];
  inputs.forEach((input, i) => {
    setAttribute(input, "min", min);
    setAttribute(input, "max", max);
    setAttribute(input, "step", spec.step);
    setAttribute(input, "aria-label", names[i]);
  });
  const [low, high] = root.querySelectorAll(`.${CLASS.sliderBounds} > span`);
  setText(low, formatNumber(min, spec));
  setText(high, formatNumber(max, spec));
}

/**
 * Puts the thumbs at `values` and shows them.
 * @param {HTMLElement} root
 * @param {number[]} values
 */
function showValues(root, values) {
  thumbInputs(root).forEach((input, i) => {
    if (Number(input.value) !== values[i] || input.value === "") input.value = String(values[i]);
  });
  refreshDisplay(root);
}

/**
 * While dragging: keep low ≤ high, and update the numbers shown without committing.
 * @param {HTMLElement} root
 * @param {number} moved the index of the thumb that moved
 */
function showLive(root, moved) {
  const inputs = thumbInputs(root);
  if (inputs.length === 2 && Number(inputs[0].value) > Number(inputs[1].value)) {
    inputs[moved].value = inputs[1 - moved].value;
  }
  refreshDisplay(root);
}

/**
 * The numbers above the thumbs, their spoken text, and the filled part of the track.
 * @param {HTMLElement} root
 */
function refreshDisplay(root) {
  const node = /** @type {SliderNode} */ (latest.get(root));
  const inputs = thumbInputs(root);
  const outputs = root.querySelectorAll(`.${CLASS.sliderTrack} > output`);
  const track = part(root, `.${CLASS.sliderTrack}`, HTMLDivElement);
  // Positions as fractions of the track (0…1), which CSS turns into lengths and gradient stops.
  const positions = inputs.map((input) => {
    const min = Number(input.min);
    const max = Number(input.max);
    return max > min ? (Number(input.value) - min) / (max - min) : 0;
  });
  inputs.forEach((input, i) => {
    const text = formatNumber(snapToStepPrecision(Number(input.value), node.number), node.number);
    setText(outputs[i], text);
    setAttribute(input, "aria-valuetext", text);
    /** @type {HTMLElement} */ (outputs[i]).style.setProperty("--position", String(positions[i]));
  });
  track.style.setProperty("--low", String(inputs.length === 2 ? positions[0] : 0));
  track.style.setProperty("--high", String(positions[positions.length - 1]));
}

/**
 * @param {HTMLElement} root
 * @param {RenderContext} ctx
 */
function commit(root, ctx) {
  const node = /** @type {SliderNode} */ (latest.get(root));
  const values = thumbInputs(root).map((input) => snapToStepPrecision(Number(input.value), node.number));
  ctx.commit(node.widget.id, values.length === 1 ? values[0] : values);
}
