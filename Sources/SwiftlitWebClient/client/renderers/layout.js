// Plain containers: `vertical` (st.container, and a fragment's body), `columns` and `column`, and
// `slot` (st.empty). Every block keeps its children in one element marked data-st-children, which
// patch.js looks for; block.js sets the classes and data-layout every block root shares.
//
//   <div data-layout="columns" data-gap="medium" data-vertical-alignment="top">
//     <div data-st-children>                       a flex row (a column on narrow screens)
//       <div data-layout="column" style="flex-grow: 3">
//         <div data-st-children>…</div>

import { CLASS, DATA } from "../dom-names.js";
import { h, setAttribute } from "../dom.js";

/** @typedef {import("../protocol-elements.js").VerticalBlockNode} VerticalBlockNode */
/** @typedef {import("../protocol-elements.js").ColumnsBlockNode} ColumnsBlockNode */
/** @typedef {import("../protocol-elements.js").ColumnBlockNode} ColumnBlockNode */
/** @typedef {import("../protocol-elements.js").SlotBlockNode} SlotBlockNode */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/**
 * The element that holds a block's children.
 * @returns {HTMLDivElement}
 */
export function childrenBox() {
  return h("div", { class: CLASS.blockChildren, [DATA.children]: true });
}

/** @type {Renderer<VerticalBlockNode>} */
export const vertical = {
  create(node, ctx) {
    const root = h("div", {}, [childrenBox()]);
    vertical.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    setAttribute(root, DATA.border, node.border === true);
    setAttribute(root, DATA.fragment, node.fragment);
    // A fixed height scrolls the children inside it.
    root.style.height = node.height === undefined ? "" : `${node.height}px`;
    root.style.overflowY = node.height === undefined ? "" : "auto";
  },
};

/** @type {Renderer<ColumnsBlockNode>} */
export const columns = {
  create(node, ctx) {
    const root = h("div", { class: CLASS.columns }, [childrenBox()]);
    columns.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    setAttribute(root, DATA.gap, node.gap);
    setAttribute(root, DATA.verticalAlignment, node.verticalAlignment);
  },
};

/** @type {Renderer<ColumnBlockNode>} */
export const column = {
  create(node, ctx) {
    const root = h("div", { class: CLASS.column }, [childrenBox()]);
    column.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    // Columns share the row by weight: flex-basis 0 (CSS) and this grow factor.
    const grow = String(Number.isFinite(node.weight) && node.weight > 0 ? node.weight : 1);
    if (root.style.flexGrow !== grow) root.style.flexGrow = grow;
  },
};

/** @type {Renderer<SlotBlockNode>} */
export const slot = {
  create() {
    // No box of its own (CSS: display: contents), so an empty slot takes no room.
    return h("div", {}, [childrenBox()]);
  },
  update() {},
};
