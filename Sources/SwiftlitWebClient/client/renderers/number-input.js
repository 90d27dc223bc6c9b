// Number input: a text field with the spinbutton role (so that the app's printf-style format,
// such as "12.5%", can be shown), plus − / + step buttons. Commits on Enter, on blur, on a step
// button and on ArrowUp/ArrowDown.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute } from "../dom.js";
import { clampNumber, formatNumber, parseNumber, stepNumber } from "../number-format.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").NumberInputNode} NumberInputNode */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../render-context.js").Renderer<NumberInputNode>} NumberInputRenderer */

/**
 * @typedef {object} FieldState
 * @property {NumberInputNode} node the latest node, for the event handlers
 * @property {boolean} allowsNone whether the app ever showed "no value", so clearing means `null`
 */

const states = /** @type {WeakMap<HTMLElement, FieldState>} */ (new WeakMap());

/** @type {NumberInputRenderer} */
export const numberInput = {
  create(node, ctx) {
    const frame = createWidgetFrame();
    const input = h("input", {
      type: "text",
      inputmode: node.number.integer ? "numeric" : "decimal",
      role: "spinbutton",
      id: frame.controlId,
      class: CLASS.textInput,
      autocomplete: "off",
    });
    labelControl(input, frame.labelId);
    const down = h("button", { type: "button", class: CLASS.stepButton, [DATA.testId]: TEST_ID.stepDown }, [
      "−",
    ]);
    const up = h("button", { type: "button", class: CLASS.stepButton, [DATA.testId]: TEST_ID.stepUp }, ["+"]);
    frame.root.append(h("div", { class: CLASS.numberRow }, [input, down, up]));
    const state = { node, allowsNone: node.value === undefined };
    states.set(input, state);
    wire(input, down, up, state, ctx);
    ctx.values.reconcile(node.widget.id, node.value ?? null);
    show(input, node.value ?? null, node);
    numberInput.update(frame.root, node, ctx);
    return frame.root;
  },
  update(root, node, ctx) {
    const input = part(root, `.${CLASS.numberRow} > input`, HTMLInputElement);
    const state = /** @type {FieldState} */ (states.get(input));
    const formatChanged = JSON.stringify(state.node.number) !== JSON.stringify(node.number);
    state.node = node;
    state.allowsNone ||= node.value === undefined;
    const won = ctx.values.reconcile(node.widget.id, node.value ?? null);
    // Rewrite the field only when the app moved it, or to apply a new format to a field not in use.
    if (won || (formatChanged && document.activeElement !== input)) {
      show(input, storedNumber(ctx, node), node);
    }
    setAttribute(input, "placeholder", node.placeholder);
    setAttribute(input, "aria-valuemin", node.number.min);
    setAttribute(input, "aria-valuemax", node.number.max);
    const [down, up] = root.querySelectorAll(`.${CLASS.stepButton}`);
    setAttribute(down, "aria-label", `Decrease ${node.widget.label}`);
    setAttribute(up, "aria-label", `Increase ${node.widget.label}`);
    syncWidgetInfo(root, node.widget, {
      label: part(root, `.${CLASS.widgetLabel}`, HTMLLabelElement),
      helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
      controls: [input, /** @type {HTMLButtonElement} */ (down), /** @type {HTMLButtonElement} */ (up)],
    });
  },
};

/**
 * @param {HTMLInputElement} input
 * @param {HTMLButtonElement} down
 * @param {HTMLButtonElement} up
 * @param {FieldState} state
 * @param {RenderContext} ctx
 */
function wire(input, down, up, state, ctx) {
  const commit = (/** @type {number | null} */ value) => {
    ctx.commit(state.node.widget.id, value);
    show(input, value, state.node);
  };
  const commitTyped = () => {
    const text = input.value.trim();
    const parsed = parseNumber(text);
    if (text === "") {
      // Cleared: "no value" where the app allows it; otherwise wait for a number (so that a
      // clear-then-type, as Selenium's clear() does with its blur in between, keeps working).
      if (state.allowsNone) commit(null);
      return;
    }
    if (parsed === null) return show(input, storedNumber(ctx, state.node), state.node); // not a number: undo
    commit(clampNumber(parsed, state.node.number));
  };
  const step = (/** @type {1 | -1} */ direction) => {
    // Step from the stored value unless the user typed another one (the display may be rounded).
    const stored = storedNumber(ctx, state.node);
    const typed = input.value === formatNumber(stored, state.node.number) ? null : parseNumber(input.value);
    const current = typed ?? stored;
    commit(stepNumber(current, direction, state.node.number));
  };
  input.addEventListener("keydown", (event) => {
    if (event.isComposing) return;
    if (event.key === "Enter") {
      commitTyped();
      ctx.submit(state.node.widget.id); // in a form with enterToSubmit
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      step(event.key === "ArrowUp" ? 1 : -1);
    }
  });
  input.addEventListener("blur", commitTyped);
  // mousedown would move focus to the button and blur-commit what was typed first: keep focus.
  for (const button of [down, up]) button.addEventListener("mousedown", (event) => event.preventDefault());
  down.addEventListener("click", () => step(-1));
  up.addEventListener("click", () => step(1));
}

/**
 * @param {RenderContext} ctx
 * @param {NumberInputNode} node
 * @returns {number | null}
 */
function storedNumber(ctx, node) {
  const value = ctx.values.get(node.widget.id);
  return typeof value === "number" ? value : null;
}

/**
 * @param {HTMLInputElement} input
 * @param {number | null} value
 * @param {NumberInputNode} node
 */
function show(input, value, node) {
  const text = formatNumber(value, node.number);
  if (input.value !== text) input.value = text;
  setAttribute(input, "aria-valuenow", value);
  setAttribute(input, "aria-valuetext", value === null ? null : text);
}
