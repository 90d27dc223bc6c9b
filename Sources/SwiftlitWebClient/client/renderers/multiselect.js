// Multiselect: the chosen options as chips, each with a remove button, and a native <select>
// (named by the widget's label) to add one more. When `maxSelections` is reached the select is
// disabled and says so. Every change commits.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part } from "../dom.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").MultiselectNode} MultiselectNode */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../render-context.js").Renderer<MultiselectNode>} MultiselectRenderer */

/** Shown when the app gave no placeholder, as Streamlit does. */
export const DEFAULT_MULTISELECT_PLACEHOLDER = "Choose options";

/**
 * @typedef {object} MultiselectState
 * @property {MultiselectNode} node the latest node, for the event handlers
 * @property {string} shown what the chips and options were built from
 */

const states = /** @type {WeakMap<HTMLElement, MultiselectState>} */ (new WeakMap());

/** @type {MultiselectRenderer} */
export const multiselect = {
  create(node, ctx) {
    const frame = createWidgetFrame();
    const chips = h("ul", { class: CLASS.chips });
    const add = h("select", {
      id: frame.controlId,
      class: CLASS.select,
      [DATA.testId]: TEST_ID.multiselectAdd,
    });
    labelControl(add, frame.labelId);
    frame.root.append(chips, add);
    states.set(frame.root, { node, shown: "" });
    add.addEventListener("change", () => {
      const { node: current } = /** @type {MultiselectState} */ (states.get(frame.root));
      const label = current.options[Number(add.value)];
      if (add.value !== "" && label !== undefined) {
        change(frame.root, ctx, [...selected(ctx, current), label]);
      }
    });
    chips.addEventListener("click", (event) => {
      const remove = /** @type {Element} */ (event.target).closest(`.${CLASS.chipRemove}`);
      if (!(remove instanceof HTMLButtonElement)) return;
      const { node: current } = /** @type {MultiselectState} */ (states.get(frame.root));
      change(
        frame.root,
        ctx,
        selected(ctx, current).filter((label) => label !== remove.getAttribute(DATA.option)),
      );
      add.focus(); // the removed chip's button is gone; keep focus in the widget
    });
    ctx.values.reconcile(node.widget.id, [...node.value]);
    multiselect.update(frame.root, node, ctx);
    return frame.root;
  },
  update(root, node, ctx) {
    const state = /** @type {MultiselectState} */ (states.get(root));
    state.node = node;
    ctx.values.reconcile(node.widget.id, [...node.value]);
    render(root, ctx);
  },
};

/**
 * @param {RenderContext} ctx
 * @param {MultiselectNode} node
 * @returns {string[]}
 */
function selected(ctx, node) {
  const value = ctx.values.get(node.widget.id);
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}

/**
 * @param {HTMLElement} root
 * @param {RenderContext} ctx
 * @param {string[]} value
 */
function change(root, ctx, value) {
  const { node } = /** @type {MultiselectState} */ (states.get(root));
  ctx.commit(node.widget.id, value);
  render(root, ctx);
}

/**
 * Builds chips and the add list from the stored value (the DOM holds nothing a user could be in
 * the middle of, so it always shows the stored value).
 * @param {HTMLElement} root
 * @param {RenderContext} ctx
 */
function render(root, ctx) {
  const state = /** @type {MultiselectState} */ (states.get(root));
  const { node } = state;
  const value = selected(ctx, node);
  const chips = part(root, `.${CLASS.chips}`, HTMLUListElement);
  const add = part(root, `.${CLASS.select}`, HTMLSelectElement);
  const disabled = node.widget.disabled === true;
  const full = node.maxSelections !== undefined && value.length >= node.maxSelections;
  const signature = JSON.stringify([
    node.options,
    value,
    node.placeholder,
    disabled,
    full,
    node.widget.label,
  ]);
  if (state.shown !== signature) {
    state.shown = signature;
    chips.setAttribute("aria-label", `Selected ${node.widget.label}`);
    chips.replaceChildren(
      ...value.map((label) =>
        h("li", { class: CLASS.chip, [DATA.testId]: TEST_ID.multiselectChip }, [
          h("span", {}, [label]),
          h("button", {
            type: "button",
            class: CLASS.chipRemove,
            [DATA.testId]: TEST_ID.multiselectRemove,
            [DATA.option]: label,
            "aria-label": `Remove ${label}`,
            disabled,
          }, ["×"]),
        ])
      ),
    );
    const prompt = full
      ? `You can only select up to ${node.maxSelections} option${node.maxSelections === 1 ? "" : "s"}`
      : node.placeholder ?? DEFAULT_MULTISELECT_PLACEHOLDER;
    add.replaceChildren(
      h("option", { value: "", disabled: true }, [prompt]),
      ...node.options.flatMap((label, i) =>
        value.includes(label) ? [] : [h("option", { value: i }, [label])]
      ),
    );
    add.value = "";
  }
  syncWidgetInfo(root, node.widget, {
    label: part(root, `.${CLASS.widgetLabel}`, HTMLLabelElement),
    helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
    controls: [add],
  });
  // After syncWidgetInfo, which only knows about `disabled`.
  add.disabled = disabled || full;
}
