// Where a widget sits, as far as its rerun is concerned: in a form (its commits wait for the form's
// submit) and/or in a fragment (its rerun names the fragment, and only that reruns). Both are the
// nearest such ancestor in the tree (docs/protocol.md, "Block layouts"). Pure functions over the
// data of tree.js, so that they are tested without a DOM.

import { widgetOf } from "./protocol.js";

/** @typedef {import("./protocol.js").Node} Node */
/** @typedef {import("./protocol.js").ButtonNode} ButtonNode */
/** @typedef {import("./protocol-elements.js").FormBlockNode} FormBlockNode */
/** @typedef {import("./tree.js").Tree} Tree */
/** @typedef {import("./tree.js").TreeNode} TreeNode */

/**
 * A widget and the containers around it.
 * @typedef {object} WidgetPlace
 * @property {Node} node the widget's node
 * @property {TreeNode[]} ancestors its containers, root first (the root included)
 */

/**
 * What a widget's commits and clicks depend on.
 * @typedef {object} WidgetScope
 * @property {string} [fragment] the id of the nearest fragment around the widget
 * @property {FormBlockNode} [form] the nearest form around the widget
 */

/**
 * Finds a widget by id, depth-first in page order (main, sidebar, event root).
 * @param {Tree} tree
 * @param {string} id
 * @returns {WidgetPlace | undefined} `undefined` when no widget has this id
 */
export function findWidget(tree, id) {
  for (const root of tree.roots) {
    const place = search([root], id);
    if (place !== undefined) return place;
  }
  return undefined;
}

/**
 * @param {TreeNode[]} chain containers, root first; the widget is looked for inside the last one
 * @param {string} id
 * @returns {WidgetPlace | undefined}
 */
function search(chain, id) {
  for (const child of chain[chain.length - 1].children) {
    if (widgetOf(child.node)?.id === id) return { node: child.node, ancestors: chain };
    if (child.children.length > 0) {
      const found = search([...chain, child], id);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The fragment and form around a widget, from its ancestors' nodes (root first).
 * @param {Node[]} ancestors
 * @returns {WidgetScope}
 */
export function scopeOf(ancestors) {
  /** @type {WidgetScope} */
  const scope = {};
  for (let index = ancestors.length - 1; index >= 0; index -= 1) {
    const node = ancestors[index];
    if (node.kind !== "block") continue;
    if (scope.fragment === undefined && (node.layout === "vertical" || node.layout === "dialog")) {
      if (node.fragment !== undefined) scope.fragment = node.fragment;
    }
    if (scope.form === undefined && node.layout === "form") scope.form = node;
  }
  return scope;
}

/**
 * Whether a widget's commit reruns the app at once: not inside a form, where it waits for the
 * form's submit button (or Enter, with `enterToSubmit`).
 * @param {Node[]} ancestors the widget's containers, root first
 * @returns {boolean}
 */
export function commitSendsRerun(ancestors) {
  return scopeOf(ancestors).form === undefined;
}

/**
 * Whether a node is a form's submit button.
 * @param {Node} node
 * @returns {node is ButtonNode}
 */
export function isSubmitButton(node) {
  return node.kind === "button" && node.formSubmit === true;
}

/**
 * The first submit button inside a container (a form), depth-first.
 * @param {TreeNode} container
 * @returns {ButtonNode | undefined}
 */
export function submitButtonIn(container) {
  for (const child of container.children) {
    if (isSubmitButton(child.node)) return child.node;
    const inner = submitButtonIn(child);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
