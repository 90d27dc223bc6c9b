// Select slider: native range inputs over the options' positions (0 … n-1, step 1), so the
// keyboard, touch and screen readers work as for a slider; each thumb speaks and shows its option's
// label (`aria-valuetext`). A range has two thumbs, "<label> (low)" and "<label> (high)". Uses the
// slider's look (styles/slider.css). Commits the labels when a thumb is released.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { valueOfNode } from "../widget-values.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").SelectSliderNode} SelectSliderNode */
/** @typedef {import("../protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("../render-context.js").Renderer<SelectSliderNode>} SelectSliderRenderer */

const latest = /** @type {WeakMap<HTMLElement, SelectSliderNode>} */ (new WeakMap());

/** @type {SelectSliderRenderer} */
export const selectSlider = {
  create(node, ctx) {
    const range = node.value.length === 2;
    const frame = createWidgetFrame(range ? "span" : "label");
    const track = h("div", { class: CLASS.sliderTrack, role: range ? "group" : null });
    if (range) setAttribute(track, "aria-labelledby", frame.labelId);
    const thumbs = node.value.map((_, i) => {
      const input = h("input", { type: "range", class: CLASS.slider, min: 0, step: 1 });
      const output = h("output", {
        class: CLASS.sliderValue,
        [DATA.testId]: TEST_ID.sliderValue,
        "aria-hidden": "true",
      });
      track.append(input, output);
      input.addEventListener("input", () => {
        keepOrder(frame.root, i);
        refresh(frame.root);
      });
      input.addEventListener("change", () => {
        const current = /** @type {SelectSliderNode} */ (latest.get(frame.root));
        const labels = thumbsOf(frame.root).map((thumb) => current.options[Number(thumb.value)]);
        ctx.commit(current.widget.id, labels.length === 1 ? labels[0] : labels);
      });
      return input;
    });
    if (!range) {
      thumbs[0].id = frame.controlId;
      labelControl(thumbs[0], frame.labelId);
    }
    const bounds = h("div", { class: CLASS.sliderBounds, "aria-hidden": "true" }, [h("span"), h("span")]);
    frame.root.append(track, bounds);
    latest.set(frame.root, node);
    ctx.values.reconcile(node.widget.id, nodeValue(node));
    selectSlider.update(frame.root, node, ctx);
    place(frame.root, node.value);
    return frame.root;
  },
  matches(root, node) {
    return thumbsOf(root).length === node.value.length;
  },
  update(root, node, ctx) {
    latest.set(root, node);
    const thumbs = thumbsOf(root);
    const names = thumbs.length === 2
      ? [`${node.widget.label} (low)`, `${node.widget.label} (high)`]
      : [null];
    thumbs.forEach((thumb, i) => {
      setAttribute(thumb, "max", Math.max(0, node.options.length - 1));
      setAttribute(thumb, "aria-label", names[i]);
    });
    const [low, high] = root.querySelectorAll(`.${CLASS.sliderBounds} > span`);
    setText(low, node.options[0] ?? "");
    setText(high, node.options[node.options.length - 1] ?? "");
    if (ctx.values.reconcile(node.widget.id, nodeValue(node))) place(root, node.value);
    else refresh(root);
    syncWidgetInfo(root, node.widget, {
      label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
      helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
      controls: thumbs,
    });
  },
};

/**
 * @param {SelectSliderNode} node
 * @returns {WidgetValue}
 */
function nodeValue(node) {
  return /** @type {WidgetValue} */ (valueOfNode(node));
}

/**
 * @param {HTMLElement} root
 * @returns {HTMLInputElement[]}
 */
function thumbsOf(root) {
  return [...root.querySelectorAll(`.${CLASS.sliderTrack} > input`)].map((
    input,
  ) => /** @type {HTMLInputElement} */ (input));
}

/**
 * Puts the thumbs on the options labelled `labels`.
 * @param {HTMLElement} root
 * @param {string[]} labels
 */
function place(root, labels) {
  const node = /** @type {SelectSliderNode} */ (latest.get(root));
  thumbsOf(root).forEach((thumb, i) => {
    const position = String(Math.max(0, node.options.indexOf(labels[i])));
    if (thumb.value !== position) thumb.value = position;
  });
  refresh(root);
}

/**
 * While dragging a range, the low thumb never passes the high one.
 * @param {HTMLElement} root
 * @param {number} moved
 */
function keepOrder(root, moved) {
  const thumbs = thumbsOf(root);
  if (thumbs.length === 2 && Number(thumbs[0].value) > Number(thumbs[1].value)) {
    thumbs[moved].value = thumbs[1 - moved].value;
  }
}

/**
 * The labels above the thumbs, their spoken text, and the filled part of the track.
 * @param {HTMLElement} root
 */
function refresh(root) {
  const node = /** @type {SelectSliderNode} */ (latest.get(root));
  const thumbs = thumbsOf(root);
  const outputs = root.querySelectorAll(`.${CLASS.sliderTrack} > output`);
  const track = part(root, `.${CLASS.sliderTrack}`, HTMLDivElement);
  const last = Math.max(1, node.options.length - 1);
  const positions = thumbs.map((thumb) => Number(thumb.value) / last);
  thumbs.forEach((thumb, i) => {
    const label = node.options[Number(thumb.value)] ?? "";
    setText(outputs[i], label);
    setAttribute(thumb, "aria-valuetext", label);
    /** @type {HTMLElement} */ (outputs[i]).style.setProperty("--position", String(positions[i]));
  });
  track.style.setProperty("--low", String(thumbs.length === 2 ? positions[0] : 0));
  track.style.setProperty("--high", String(positions[positions.length - 1]));
}
