// Colour picker: the browser's native `<input type="color">` (a swatch that opens the system
// picker), with the hex value written beside it. The value is committed on `change`, when the
// picker closes, not on every `input` while the user drags through colours.

import { CLASS } from "../dom-names.js";
import { h, part, setText } from "../dom.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").ColorPickerNode} ColorPickerNode */
/** @typedef {import("../render-context.js").Renderer<ColorPickerNode>} ColorPickerRenderer */

/** @type {ColorPickerRenderer} */
export const colorPicker = {
  create(node, ctx) {
    const frame = createWidgetFrame();
    const id = node.widget.id;
    const input = h("input", { type: "color", id: frame.controlId, class: CLASS.colorInput });
    labelControl(input, frame.labelId);
    const value = h("span", { class: CLASS.colorValue, "aria-hidden": "true" });
    input.addEventListener("input", () => setText(value, input.value));
    input.addEventListener("change", () => {
      setText(value, input.value);
      ctx.commit(id, input.value);
    });
    frame.root.append(h("div", { class: CLASS.colorRow }, [input, value]));
    ctx.values.reconcile(id, node.value);
    input.value = node.value;
    colorPicker.update(frame.root, node, ctx);
    return frame.root;
  },
  update(root, node, ctx) {
    const input = part(root, `.${CLASS.colorInput}`, HTMLInputElement);
    if (ctx.values.reconcile(node.widget.id, node.value)) input.value = node.value;
    setText(part(root, `.${CLASS.colorValue}`, HTMLElement), input.value);
    syncWidgetInfo(root, node.widget, {
      label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
      helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
      controls: [input],
    });
  },
};
