// Containers. A block's children are other elements, which arrive as their own `set`s and live in
// the block's child container (marked with data-st-children, which patch.js looks for).

import { CLASS, DATA } from "../dom-names.js";
import { h, setAttribute } from "../dom.js";

/** @typedef {import("../protocol.js").BlockNode} BlockNode */
/** @typedef {import("../render-context.js").Renderer<BlockNode>} BlockRenderer */

/** @type {BlockRenderer} */
export const block = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.block}` }, [
      h("div", { class: CLASS.blockChildren, [DATA.children]: true }),
    ]);
    block.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    setAttribute(root, DATA.layout, node.layout);
  },
};
