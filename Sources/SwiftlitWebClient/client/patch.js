// Applies operations to the DOM, mirroring tree.js: elements are keyed by position. A `set` on an
// element of the same kind (and, for widgets, the same widget id; for blocks, the same layout)
// updates it in place through its renderer, so a rerun never moves focus, caret, scroll or an
// open expander; anything else is built anew (a block with a new layout starts with no children).
// `insert` and `remove` shift the elements after them, which keep their DOM nodes (and focus).
//
//   <main data-st-children>            root 0 (index.html); root 1 is the sidebar, 2 the event root
//     <div data-kind="heading">        [0, 0]
//     <details data-kind="block" data-layout="expander">            [0, 1]
//       <summary>…</summary>           (a block's own parts come before its children)
//       <div data-st-children>         the first [data-st-children] inside a block is its own
//         <div data-kind="slider" data-widget-id="slider:Repeat">   [0, 1, 0]

import { DATA, testIdForNode } from "./dom-names.js";
import { childrenChanged } from "./dom.js";
import { rendererFor } from "./registry.js";
import { widgetOf } from "./protocol.js";

/** @typedef {import("./protocol.js").Node} Node */
/** @typedef {import("./protocol.js").PageOp} PageOp */
/** @typedef {import("./protocol.js").Path} Path */
/** @typedef {import("./render-context.js").RenderContext} RenderContext */

/**
 * Applies one operation. tree.js has already accepted it, so a failure here means the DOM and the
 * tree disagree, which is a client bug.
 * @param {HTMLElement[]} roots the child containers of main (0), sidebar (1) and event root (2)
 * @param {PageOp} op
 * @param {RenderContext} ctx
 * @returns {void}
 * @throws {Error} when the path does not lead to a container
 */
export function patchOp(roots, op, ctx) {
  if (op.op === "trim") {
    const container = containerAt(roots, op.path);
    if (container.children.length <= op.count) return;
    while (container.children.length > op.count) container.lastElementChild?.remove();
    childrenChanged(container);
    return;
  }
  const container = containerAt(roots, op.path.slice(0, -1));
  const index = op.path[op.path.length - 1];
  const limit = op.op === "remove" ? container.children.length - op.count : container.children.length;
  if (index > limit) {
    throw new Error(
      `DOM out of step: cannot ${op.op} at [${op.path}], its container has ${container.children.length} elements`,
    );
  }
  const existing = /** @type {HTMLElement | undefined} */ (container.children[index]);
  if (op.op === "remove") {
    for (let removed = 0; removed < op.count; removed += 1) container.children[index].remove();
    if (op.count > 0) childrenChanged(container);
    return;
  }
  const renderer = rendererFor(op.node);
  if (
    op.op === "set" && existing !== undefined && isSameElement(existing, op.node) &&
    (renderer.matches?.(existing, op.node) ?? true)
  ) {
    renderer.update(existing, op.node, ctx);
    return;
  }
  const created = renderer.create(op.node, ctx);
  stamp(created, op.node);
  if (existing === undefined) container.append(created);
  else if (op.op === "insert") existing.before(created);
  else existing.replaceWith(created);
  renderer.attached?.(created, op.node, ctx);
  childrenChanged(container);
}

/**
 * Whether `element` was built for a node like `node`.
 * @param {HTMLElement} element
 * @param {Node} node
 * @returns {boolean}
 */
function isSameElement(element, node) {
  if (element.getAttribute(DATA.kind) !== node.kind) return false;
  const widget = widgetOf(node);
  return widget === undefined || element.getAttribute(DATA.widgetId) === widget.id;
}

/**
 * The attributes every element root carries, set here once for all renderers (the ones
 * ELEMENT_STAMP in dom-names.js lists, which a lazy renderer carries over to its real element).
 * @param {HTMLElement} element
 * @param {Node} node
 */
function stamp(element, node) {
  element.setAttribute(DATA.kind, node.kind);
  element.setAttribute(DATA.testId, testIdForNode(node));
  const widget = widgetOf(node);
  if (widget !== undefined) element.setAttribute(DATA.widgetId, widget.id);
}

/**
 * The DOM element holding the children of the container at `path`.
 * @param {HTMLElement[]} roots
 * @param {Path} path
 * @returns {HTMLElement}
 */
function containerAt(roots, path) {
  let container = roots[path[0]];
  if (container === undefined) throw new Error(`DOM out of step: no root ${path[0]}`);
  for (let depth = 1; depth < path.length; depth += 1) {
    const child = container.children[path[depth]];
    // In document order a block's own child container comes before those of the blocks inside it.
    const inner = child?.querySelector(`[${DATA.children}]`);
    if (!(inner instanceof HTMLElement)) {
      throw new Error(`DOM out of step: [${path.slice(0, depth + 1)}] is not a container`);
    }
    container = inner;
  }
  return container;
}
