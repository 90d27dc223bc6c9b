// Containers. A block's children are other elements, which arrive as their own operations and live
// in the block's child container (marked with data-st-children, which patch.js looks for). How a
// block looks depends on its `layout`: this module picks the layout's renderer and sets what every
// block root shares (classes, data-layout). A block whose layout changes is built anew (`matches`),
// with no children, as tree.js drops them.

import { CLASS, DATA } from "../dom-names.js";
import { setAttribute } from "../dom.js";
import { chatMessage } from "./chat-message.js";
import { dialog } from "./dialog.js";
import { expander } from "./expander.js";
import { form } from "./form.js";
import { column, columns, slot, vertical } from "./layout.js";
import { popover } from "./popover.js";
import { status } from "./status.js";
import { stream } from "./stream.js";
import { tab, tabs } from "./tabs.js";

/** @typedef {import("../protocol-elements.js").BlockNode} BlockNode */
/** @typedef {import("../protocol-elements.js").BlockLayout} BlockLayout */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/**
 * Which renderer draws which layout; checked by the type checker to cover every layout.
 * @type {{[L in BlockLayout]: Renderer<Extract<BlockNode, {layout: L}>>}}
 */
export const LAYOUTS = {
  vertical,
  columns,
  column,
  expander,
  tabs,
  tab,
  popover,
  form,
  dialog,
  status,
  slot,
  chatMessage,
  stream,
};

/**
 * @param {BlockNode} node
 * @returns {Renderer<BlockNode>}
 */
function layoutRenderer(node) {
  // Sound because LAYOUTS pairs each layout with the renderer of exactly that node type.
  return /** @type {Renderer<BlockNode>} */ (/** @type {unknown} */ (LAYOUTS[node.layout]));
}

/** @type {Renderer<BlockNode>} */
export const block = {
  create(node, ctx) {
    const root = layoutRenderer(node).create(node, ctx);
    root.classList.add(CLASS.element, CLASS.block);
    setAttribute(root, DATA.layout, node.layout);
    return root;
  },
  update(root, node, ctx) {
    layoutRenderer(node).update(root, node, ctx);
  },
  matches(root, node) {
    return root.getAttribute(DATA.layout) === node.layout;
  },
  attached(root, node, ctx) {
    layoutRenderer(node).attached?.(root, node, ctx);
  },
};
