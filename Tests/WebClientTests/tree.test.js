import assert from "./assert.js";
import { applyOp, createTree, walkNodes, widgetIds } from "../../Sources/SwiftlitWebClient/client/tree.js";
import { decodeServerMessage } from "../../Sources/SwiftlitWebClient/client/protocol.js";
import { fixtureText } from "./fixtures.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/tree.js").Tree} Tree */
/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Node} Node */

/**
 * @param {Tree} tree
 * @param {string} name
 */
function applyFixture(tree, name) {
  const message = decodeServerMessage(fixtureText(name));
  if (!("ops" in message)) throw new Error(`${name} is not a delta or runFinished`);
  for (const op of message.ops) applyOp(tree, op);
}

/**
 * @param {import("../../Sources/SwiftlitWebClient/client/tree.js").TreeNode} container
 * @returns {string[]}
 */
const kinds = (container) => container.children.map((child) => child.node.kind);

/** @type {Node} */
const TEXT = { kind: "text", text: "a" };
/** @type {Node} */
const BLOCK = { kind: "block", layout: "vertical" };

Deno.test("the fixture run builds the expected page", () => {
  const tree = createTree();
  applyFixture(tree, "server-delta.json");
  assert.deepEqual(kinds(tree.roots[0]), [
    "heading",
    "markdown",
    "caption",
    "text",
    "code",
    "divider",
    "json",
    "alert",
    "exception",
  ]);
  assert.deepEqual(kinds(tree.roots[1]), ["block"]);
  assert.deepEqual(kinds(tree.roots[1].children[0]), ["text"]);

  applyFixture(tree, "server-runFinished.json");
  assert.equal(tree.roots[0].children.length, 19);
  assert.deepEqual(kinds(tree.roots[0]).slice(9), [
    "button",
    "checkbox",
    "toggle",
    "textInput",
    "textArea",
    "numberInput",
    "slider",
    "selectbox",
    "radio",
    "multiselect",
  ]);
  assert.equal(tree.roots[1].children.length, 0, "the trim of [1] to 0 empties the sidebar");
  assert.equal([...walkNodes(tree)].length, 19);
  assert.deepEqual([...widgetIds(tree)].sort(), [
    "button:Clear",
    "checkbox:Shout",
    "multiselect#colors",
    "numberInput:Price",
    "radio:Size",
    "selectbox:Pick",
    "slider:Repeat",
    "textArea:Notes",
    "textInput#name",
    "toggle:Dark",
  ]);
});

Deno.test("the shift fixture inserts, removes and sets on top of the fixture run", () => {
  const tree = createTree();
  applyFixture(tree, "server-delta.json");
  applyFixture(tree, "server-runFinished.json");
  applyFixture(tree, "server-shift.json");
  // 19 nodes; insert at 1 → 20; remove 2 at 3 → 18; set at 5; trim to 10.
  assert.deepEqual(kinds(tree.roots[0]), [
    "heading",
    "markdown",
    "markdown",
    "code",
    "divider",
    "text",
    "alert",
    "exception",
    "button",
    "checkbox",
  ]);
  assert.equal(/** @type {{html: string}} */ (tree.roots[0].children[1].node).html, "<p>inserted</p>\n");
  assert.equal(/** @type {{text: string}} */ (tree.roots[0].children[5].node).text, "replaced");
});

Deno.test("insert shifts later siblings, and may append", () => {
  const tree = createTree();
  applyOp(tree, { op: "set", path: [0, 0], node: TEXT });
  applyOp(tree, { op: "insert", path: [0, 0], node: { kind: "divider" } });
  applyOp(tree, { op: "insert", path: [0, 2], node: BLOCK });
  assert.deepEqual(kinds(tree.roots[0]), ["divider", "text", "block"]);
  assert.throws(() => applyOp(tree, { op: "insert", path: [0, 4], node: TEXT }), /index can be at most 3/);
});

Deno.test("remove takes out a run of siblings, keeping a moved block's children", () => {
  const tree = createTree();
  applyOp(tree, { op: "set", path: [0, 0], node: TEXT });
  applyOp(tree, { op: "set", path: [0, 1], node: { kind: "divider" } });
  applyOp(tree, { op: "set", path: [0, 2], node: BLOCK });
  applyOp(tree, { op: "set", path: [0, 2, 0], node: TEXT });
  applyOp(tree, { op: "remove", path: [0, 0], count: 2 });
  assert.deepEqual(kinds(tree.roots[0]), ["block"]);
  assert.deepEqual(kinds(tree.roots[0].children[0]), ["text"]);
  applyOp(tree, { op: "remove", path: [0, 1], count: 0 });
  assert.throws(() => applyOp(tree, { op: "remove", path: [0, 0], count: 2 }), /has only 1 children/);
  assert.deepEqual(kinds(tree.roots[0]), ["block"], "a refused remove changes nothing");
});

Deno.test("set at the child count appends", () => {
  const tree = createTree();
  applyOp(tree, { op: "set", path: [0, 0], node: TEXT });
  applyOp(tree, { op: "set", path: [0, 1], node: { kind: "divider" } });
  assert.deepEqual(kinds(tree.roots[0]), ["text", "divider"]);
});

Deno.test("set inside the list replaces, and a non-block replacement drops the children", () => {
  const tree = createTree();
  applyOp(tree, { op: "set", path: [0, 0], node: BLOCK });
  applyOp(tree, { op: "set", path: [0, 0, 0], node: TEXT });
  applyOp(tree, { op: "set", path: [0, 0], node: { kind: "divider" } });
  assert.deepEqual(kinds(tree.roots[0]), ["divider"]);
  assert.deepEqual(tree.roots[0].children[0].children, []);
  applyOp(tree, { op: "set", path: [0, 0], node: BLOCK });
  assert.deepEqual(tree.roots[0].children[0].children, [], "a block replacing a divider starts empty");
});

Deno.test("a block replacing a block of the same layout keeps its children", () => {
  const tree = createTree();
  applyOp(tree, { op: "set", path: [1, 0], node: BLOCK });
  applyOp(tree, { op: "set", path: [1, 0, 0], node: TEXT });
  applyOp(tree, { op: "set", path: [1, 0], node: { kind: "block", layout: "vertical", border: true } });
  assert.deepEqual(kinds(tree.roots[1].children[0]), ["text"]);
  const expander = { kind: "block", layout: "expander", label: "A", expanded: false };
  applyOp(tree, { op: "set", path: [0, 0], node: /** @type {Node} */ (expander) });
  applyOp(tree, { op: "set", path: [0, 0, 0], node: TEXT });
  applyOp(tree, {
    op: "set",
    path: [0, 0],
    node: /** @type {Node} */ ({ ...expander, label: "B", expanded: true }),
  });
  assert.deepEqual(
    kinds(tree.roots[0].children[0]),
    ["text"],
    "an expander whose label changed is the same one",
  );
});

Deno.test("a block whose layout changes starts with no children", () => {
  const tree = createTree();
  applyOp(tree, { op: "set", path: [0, 0], node: BLOCK });
  applyOp(tree, { op: "set", path: [0, 0, 0], node: TEXT });
  applyOp(tree, {
    op: "set",
    path: [0, 0],
    node: { kind: "block", layout: "form", id: "f", enterToSubmit: true, border: true },
  });
  assert.deepEqual(tree.roots[0].children[0].children, [], "a form replacing a container starts empty");
  applyOp(tree, { op: "set", path: [0, 0, 0], node: TEXT });
  applyOp(tree, { op: "set", path: [0, 0], node: { kind: "block", layout: "slot" } });
  assert.deepEqual(tree.roots[0].children[0].children, []);
});

Deno.test("trim keeps the first children, and a larger count changes nothing", () => {
  const tree = createTree();
  for (let i = 0; i < 4; i += 1) {
    applyOp(tree, { op: "set", path: [0, i], node: { kind: "text", text: String(i) } });
  }
  applyOp(tree, { op: "trim", path: [0], count: 6 });
  assert.equal(tree.roots[0].children.length, 4);
  applyOp(tree, { op: "trim", path: [0], count: 2 });
  assert.deepEqual(tree.roots[0].children.map((child) => /** @type {{text: string}} */ (child.node).text), [
    "0",
    "1",
  ]);
  applyOp(tree, { op: "trim", path: [0], count: 0 });
  assert.equal(tree.roots[0].children.length, 0);
});

Deno.test("invalid paths throw clear errors", () => {
  const tree = createTree();
  applyOp(tree, { op: "set", path: [0, 0], node: TEXT });
  assert.throws(() => applyOp(tree, { op: "set", path: [0, 2], node: TEXT }), /index can be at most 1/);
  assert.throws(
    () => applyOp(tree, { op: "set", path: [3, 0], node: TEXT }),
    /root 0 \(main\), 1 \(sidebar\) or 2 \(event\)/,
  );
  applyOp(tree, { op: "set", path: [2, 0], node: { kind: "toast", html: "<p>hi</p>", nonce: 1 } });
  assert.deepEqual(kinds(tree.roots[2]), ["toast"], "root 2 is the event root");
  assert.throws(
    () => applyOp(tree, { op: "set", path: [0, 0, 0], node: TEXT }),
    /\[0,0\] is a text, not a container/,
  );
  assert.throws(() => applyOp(tree, { op: "set", path: [0, 5, 0], node: TEXT }), /\[0,5\] does not exist/);
  assert.throws(() => applyOp(tree, { op: "trim", path: [0, 0], count: 0 }), /not a container/);
  assert.deepEqual(kinds(tree.roots[0]), ["text"], "a refused operation changes nothing");
});

Deno.test("a splice grows a streamed reply in place and reaches the DOM as a set of the whole node", () => {
  const tree = createTree();
  applyFixture(tree, "server-stream.json");
  const stream = tree.roots[0].children[0].children[0];
  assert.deepEqual(stream.node, { kind: "block", layout: "stream", streaming: false });
  assert.deepEqual(stream.children[0].node, {
    kind: "markdown",
    html: "<p>Once upon a time, there was a stream 😀</p>\n",
  });
  const patched = applyOp(tree, { op: "splice", path: [0, 0, 0, 0], keep: 3, text: "Twice</p>\n" });
  assert.deepEqual(patched, {
    op: "set",
    path: [0, 0, 0, 0],
    node: { kind: "markdown", html: "<p>Twice</p>\n" },
  });
  assert.throws(
    () => applyOp(tree, { op: "splice", path: [0, 0, 0, 0], keep: 99, text: "" }),
    /at least 99/,
  );
  assert.throws(
    () => applyOp(tree, { op: "splice", path: [0, 0, 0], keep: 0, text: "" }),
    /not a markdown/,
  );
});
