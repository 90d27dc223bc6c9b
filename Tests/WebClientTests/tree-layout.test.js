import assert from "./assert.js";
import {
  applyOp,
  createTree,
  keepsChildren,
  widgetIds,
} from "../../Sources/SwiftlitWebClient/client/tree.js";
import { decodeServerMessage } from "../../Sources/SwiftlitWebClient/client/protocol.js";
import { fixtureText } from "./fixtures.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Node} Node */

/** @type {Node} */
const TEXT = { kind: "text", text: "a" };
/** @type {Node} */
const BLOCK = { kind: "block", layout: "vertical" };

/**
 * @param {import("../../Sources/SwiftlitWebClient/client/tree.js").TreeNode} container
 * @returns {string[]}
 */
const kinds = (container) => container.children.map((child) => child.node.kind);

Deno.test("keepsChildren: both blocks, same layout", () => {
  /** @type {Node} */
  const columns = { kind: "block", layout: "columns", gap: "small", verticalAlignment: "top" };
  /** @type {Node} */
  const column = { kind: "block", layout: "column", weight: 1 };
  assert.ok(keepsChildren(columns, { ...columns, gap: "large" }));
  assert.ok(keepsChildren(column, { kind: "block", layout: "column", weight: 3 }));
  assert.ok(!keepsChildren(columns, column));
  assert.ok(!keepsChildren(BLOCK, { kind: "block", layout: "slot" }));
  assert.ok(!keepsChildren(TEXT, BLOCK));
  assert.ok(!keepsChildren(BLOCK, TEXT));
});

Deno.test("the layout fixture fills the main area and the event root", () => {
  const tree = createTree();
  const message = decodeServerMessage(fixtureText("server-layout.json"));
  for (const op of "ops" in message ? message.ops : []) applyOp(tree, op);
  const main = tree.roots[0];
  assert.deepEqual(kinds(main), [
    "block",
    "block",
    "block",
    "block",
    "block",
    "block",
    "block",
    "block",
    "progress",
    "block",
    "chatInput",
  ]);
  assert.deepEqual(
    main.children.filter((child) => child.node.kind === "block")
      .map((child) => /** @type {{layout: string}} */ (child.node).layout),
    ["columns", "vertical", "expander", "tabs", "popover", "form", "status", "slot", "chatMessage"],
  );
  assert.deepEqual(kinds(main.children[0]), ["block", "block"]);
  assert.deepEqual(kinds(main.children[0].children[0]), ["metric"]);
  assert.deepEqual(kinds(main.children[3]), ["block", "block"]);
  assert.deepEqual(kinds(main.children[5]), ["button"]);
  assert.deepEqual(kinds(main.children[7]), ["spinner"]);
  assert.deepEqual(kinds(main.children[9]), ["markdown"]);
  assert.deepEqual(kinds(tree.roots[2]), ["pageConfig", "block", "toast", "celebration"]);
  assert.deepEqual([...widgetIds(tree)], ["button#signup-submit", "chatInput:Say something"]);
});
