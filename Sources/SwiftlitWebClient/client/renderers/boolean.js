// Checkbox and toggle: a checkbox input; the toggle is the same input with role="switch", drawn
// as a switch by CSS. Both commit on change.

import { CLASS } from "../dom-names.js";
import { h, part } from "../dom.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").BooleanNode} BooleanNode */
/** @typedef {import("../render-context.js").Renderer<BooleanNode>} BooleanRenderer */

/** @type {BooleanRenderer} */
export const checkbox = {
  create(node, ctx) {
    const id = node.widget.id;
    const frame = createWidgetFrame();
    const input = h("input", {
      type: "checkbox",
      id: frame.controlId,
      class: node.kind === "toggle" ? `${CLASS.checkInput} ${CLASS.toggleInput}` : CLASS.checkInput,
      role: node.kind === "toggle" ? "switch" : null,
    });
    labelControl(input, frame.labelId);
    input.addEventListener("change", () => ctx.commit(id, input.checked));
    // The label follows the box on the same row, so the label row becomes the check row.
    frame.labelRow.classList.add(CLASS.checkRow);
    frame.labelRow.prepend(input);
    ctx.values.reconcile(id, node.value);
    input.checked = node.value;
    sync(frame.root, node);
    return frame.root;
  },
  update(root, node, ctx) {
    const input = part(root, `.${CLASS.checkInput}`, HTMLInputElement);
    if (ctx.values.reconcile(node.widget.id, node.value)) input.checked = node.value;
    sync(root, node);
  },
};

/** Toggles render the same way; their input carries role="switch" (see `create`). */
export const toggle = checkbox;

/**
 * @param {HTMLElement} root
 * @param {BooleanNode} node
 */
function sync(root, node) {
  const row = part(root, `.${CLASS.checkRow}`, HTMLDivElement);
  syncWidgetInfo(root, node.widget, {
    label: part(row, `.${CLASS.widgetLabel}`, HTMLLabelElement),
    helpHost: row,
    controls: [part(row, `.${CLASS.checkInput}`, HTMLInputElement)],
  });
}
