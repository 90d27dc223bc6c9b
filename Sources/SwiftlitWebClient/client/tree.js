// The page as data: what the server's operations build, with no DOM. patch.js mirrors every
// operation applied here onto the DOM, so the two always have the same shape.
//
//   tree.roots
//   ├── [0] main      { node: block, children: [ {node: heading}, {node: block, children: […]}, … ] }
//   ├── [1] sidebar   { node: block, children: [ … ] }
//   └── [2] event     { node: block, children: [ {node: pageConfig}, {node: dialog block, …}, … ] }
//
// `set` replaces the node at a position (an index equal to the child count appends); when a block
// replaces a block of the same layout, the old children stay (the server resends them only where
// they changed), any other replacement starts with no children. `insert` and `remove` shift later
// siblings, so that a page that grew or shrank in the middle is not resent. `trim` keeps the first
// `count` children. `splice` changes the end of a markdown element's HTML in place (a streamed
// reply); applied here, it becomes the `set` of the whole node that patch.js performs.

import { widgetOf } from "./protocol.js";

/** @typedef {import("./protocol.js").Node} Node */
/** @typedef {import("./protocol.js").Op} Op */
/** @typedef {import("./protocol.js").PageOp} PageOp */
/** @typedef {import("./protocol.js").Path} Path */

/**
 * @typedef {object} TreeNode
 * @property {Node} node
 * @property {TreeNode[]} children empty unless `node` is a block
 */

/**
 * @typedef {object} Tree
 * @property {TreeNode[]} roots `[main, sidebar, event]`
 */

/** The number of roots: main area, sidebar and event root (out-of-flow UI). */
export const ROOT_COUNT = 3;

/**
 * An empty page: three empty roots.
 * @returns {Tree}
 */
export function createTree() {
  /** @returns {TreeNode} */
  const root = () => ({ node: { kind: "block", layout: "vertical" }, children: [] });
  return { roots: [root(), root(), root()] };
}

/**
 * Applies one operation in place and returns it as the DOM applies it (a `splice` as a `set`).
 * @param {Tree} tree changed in place
 * @param {Op} op
 * @returns {PageOp}
 * @throws {Error} when the path names no container or skips past the end of one, or a splice
 *   names no markdown element that long
 */
export function applyOp(tree, op) {
  if (op.op === "trim") {
    const container = containerAt(tree, op.path);
    if (op.count < container.children.length) container.children.length = op.count;
    return op;
  }
  const siblings = containerAt(tree, op.path.slice(0, -1)).children;
  const index = op.path[op.path.length - 1];
  if (op.op === "splice") {
    const target = siblings[index];
    if (target?.node.kind !== "markdown" || op.keep > target.node.html.length) {
      throw new Error(
        `cannot splice [${op.path}]: it is not a markdown element of at least ${op.keep} characters`,
      );
    }
    target.node = { ...target.node, html: target.node.html.slice(0, op.keep) + op.text };
    return { op: "set", path: op.path, node: target.node };
  }
  if (op.op === "remove") {
    if (index + op.count > siblings.length) {
      throw new Error(
        `cannot remove ${op.count} at [${op.path}]: its container has only ${siblings.length} children`,
      );
    }
    siblings.splice(index, op.count);
    return op;
  }
  if (index > siblings.length) {
    throw new Error(
      `cannot ${op.op} at [${op.path}]: its container has ${siblings.length} children, so the index can be at most ${siblings.length}`,
    );
  }
  if (op.op === "insert") {
    siblings.splice(index, 0, { node: op.node, children: [] });
    return op;
  }
  const old = siblings[index];
  siblings[index] = {
    node: op.node,
    children: old !== undefined && keepsChildren(old.node, op.node) ? old.children : [],
  };
  return op;
}

/**
 * Whether `node`, replacing `old`, keeps `old`'s children: both are blocks of the same layout
 * (docs/protocol.md, "Operations"). A block whose layout changes is another container.
 * @param {Node} old
 * @param {Node} node
 * @returns {boolean}
 */
export function keepsChildren(old, node) {
  return old.kind === "block" && node.kind === "block" && old.layout === node.layout;
}

/**
 * The container at `path` (a root is `[0]`, `[1]` or `[2]`).
 * @param {Tree} tree
 * @param {Path} path
 * @returns {TreeNode}
 * @throws {Error} when the path leaves the tree or reaches a node that is not a block
 */
export function containerAt(tree, path) {
  if (path.length === 0 || !(path[0] >= 0 && path[0] < ROOT_COUNT)) {
    throw new Error(`invalid path [${path}]: it must start with root 0 (main), 1 (sidebar) or 2 (event)`);
  }
  let container = tree.roots[path[0]];
  for (let depth = 1; depth < path.length; depth += 1) {
    const child = container.children[path[depth]];
    if (child === undefined) {
      throw new Error(`invalid path [${path}]: [${path.slice(0, depth + 1)}] does not exist`);
    }
    if (child.node.kind !== "block") {
      throw new Error(
        `invalid path [${path}]: [${path.slice(0, depth + 1)}] is a ${child.node.kind}, not a container`,
      );
    }
    container = child;
  }
  return container;
}

/**
 * Every node in document order, roots excluded.
 * @param {Tree} tree
 * @returns {Generator<Node>}
 */
export function* walkNodes(tree) {
  for (const root of tree.roots) yield* walkDescendants(root);
}

/**
 * The ids of every widget on the page.
 * @param {Tree} tree
 * @returns {Set<string>}
 */
export function widgetIds(tree) {
  const ids = new Set();
  for (const node of walkNodes(tree)) {
    const widget = widgetOf(node);
    if (widget !== undefined) ids.add(widget.id);
  }
  return ids;
}

/**
 * @param {TreeNode} container
 * @returns {Generator<Node>}
 */
function* walkDescendants(container) {
  for (const child of container.children) {
    yield child.node;
    yield* walkDescendants(child);
  }
}
