// Buttons. A button holds no value: a click reruns the app with the button as `trigger`, and the
// app reads `true` for that one run.

import { CLASS } from "../dom-names.js";
import { h, part } from "../dom.js";
import { syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").ButtonNode} ButtonNode */
/** @typedef {import("../render-context.js").Renderer<ButtonNode>} ButtonRenderer */

/** @type {ButtonRenderer} */
export const button = {
  create(node, ctx) {
    const id = node.widget.id; // patch.js only updates in place for the same id
    const control = h("button", { type: "button", class: CLASS.button });
    control.addEventListener("click", () => ctx.trigger(id));
    const root = h("div", { class: `${CLASS.element} ${CLASS.widget}` }, [control]);
    button.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const control = part(root, `.${CLASS.button}`, HTMLButtonElement);
    control.classList.toggle(CLASS.buttonPrimary, node.style === "primary");
    // The label is the button's own text, so it is always visible whatever labelVisibility says.
    syncWidgetInfo(root, { ...node.widget, labelVisibility: "visible" }, {
      label: control,
      helpHost: root,
      controls: [control],
    });
  },
};
