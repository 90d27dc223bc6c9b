// Forms: a box whose widgets send nothing until its submit button is clicked. The batching itself
// is not here: interaction.js finds a widget's form in the tree when the widget commits.

import { CLASS, DATA } from "../dom-names.js";
import { h, setAttribute } from "../dom.js";
import { childrenBox } from "./layout.js";

/** @typedef {import("../protocol-elements.js").FormBlockNode} FormBlockNode */
/** @typedef {import("../render-context.js").Renderer<FormBlockNode>} FormRenderer */

/** @type {FormRenderer} */
export const form = {
  create(node, ctx) {
    const root = h("div", { class: CLASS.form }, [childrenBox()]);
    form.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    setAttribute(root, DATA.formId, node.id);
    setAttribute(root, DATA.border, node.border);
  },
};
