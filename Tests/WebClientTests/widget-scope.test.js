import assert from "./assert.js";
import { applyOp, createTree } from "../../Sources/SwiftlitWebClient/client/tree.js";
import {
  commitSendsRerun,
  findWidget,
  isSubmitButton,
  scopeOf,
  submitButtonIn,
} from "../../Sources/SwiftlitWebClient/client/widget-scope.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Node} Node */
/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Path} Path */

/** @type {Record<string, Node>} */
const NODES = {
  plain: { kind: "block", layout: "vertical" },
  fragment: { kind: "block", layout: "vertical", fragment: "app.swift:12" },
  inner: { kind: "block", layout: "vertical", border: true, fragment: "app.swift:20" },
  form: { kind: "block", layout: "form", id: "signup", enterToSubmit: true, border: true },
  dialog: {
    kind: "block",
    layout: "dialog",
    title: "T",
    width: "small",
    dismissible: true,
    opened: 1,
    fragment: "dialog:T",
  },
  expander: { kind: "block", layout: "expander", label: "More", expanded: false },
  columns: { kind: "block", layout: "columns", gap: "small", verticalAlignment: "top" },
  column: { kind: "block", layout: "column", weight: 1 },
};

/**
 * @param {string} id
 * @param {boolean} [submit]
 * @returns {Node}
 */
const button = (id, submit = false) => ({
  kind: "button",
  widget: { id, label: id },
  formSubmit: submit || undefined,
});
/**
 * @param {string} id
 * @returns {Node}
 */
const checkbox = (id) => ({ kind: "checkbox", widget: { id, label: id }, value: false });

/** A page with widgets at several depths; `[path, node]` in the order a run would set them. */
function page() {
  const tree = createTree();
  /** @type {Array<[Path, Node]>} */
  const ops = [
    [[0, 0], checkbox("checkbox:Top")],
    [[0, 1], NODES.fragment],
    [[0, 1, 0], checkbox("checkbox:InFragment")],
    [[0, 1, 1], NODES.form],
    [[0, 1, 1, 0], NODES.columns],
    [[0, 1, 1, 0, 0], NODES.column],
    [[0, 1, 1, 0, 0, 0], checkbox("checkbox:InForm")],
    [[0, 1, 1, 0, 1], NODES.column],
    [[0, 1, 1, 0, 1, 0], button("button#submit", true)],
    [[0, 1, 2], NODES.inner],
    [[0, 1, 2, 0], checkbox("checkbox:Inner")],
    [[1, 0], NODES.expander],
    [[1, 0, 0], checkbox("checkbox:Side")],
    [[2, 0], NODES.dialog],
    [[2, 0, 0], button("button:Ok")],
  ];
  for (const [path, node] of ops) applyOp(tree, { op: "set", path, node });
  return tree;
}

/**
 * @param {import("../../Sources/SwiftlitWebClient/client/tree.js").Tree} tree
 * @param {string} id
 * @returns {Node[]}
 */
function ancestorsOf(tree, id) {
  const place = findWidget(tree, id);
  if (place === undefined) throw new Error(`no widget ${id}`);
  return place.ancestors.map((ancestor) => ancestor.node);
}

Deno.test("findWidget finds a widget at any depth with its containers, root first", () => {
  const tree = page();
  const place = findWidget(tree, "checkbox:InForm");
  assert.ok(place !== undefined);
  assert.equal(place?.node.kind, "checkbox");
  assert.deepEqual(place?.ancestors.map((a) => /** @type {{layout: string}} */ (a.node).layout), [
    "vertical",
    "vertical",
    "form",
    "columns",
    "column",
  ]);
  assert.equal(place?.ancestors[0], tree.roots[0]);
  assert.equal(findWidget(tree, "button:Ok")?.ancestors[0], tree.roots[2], "the event root is searched too");
  assert.equal(findWidget(tree, "checkbox:Missing"), undefined);
});

Deno.test("the nearest fragment names a widget's rerun; widgets outside fragments have none", () => {
  const tree = page();
  assert.deepEqual(scopeOf(ancestorsOf(tree, "checkbox:Top")), {});
  assert.deepEqual(scopeOf(ancestorsOf(tree, "checkbox:Side")), {});
  assert.equal(scopeOf(ancestorsOf(tree, "checkbox:InFragment")).fragment, "app.swift:12");
  assert.equal(scopeOf(ancestorsOf(tree, "checkbox:Inner")).fragment, "app.swift:20", "the nearest wins");
  assert.equal(scopeOf(ancestorsOf(tree, "button:Ok")).fragment, "dialog:T", "a dialog holds a fragment");
});

Deno.test("a widget in a form, in a fragment, has both", () => {
  const scope = scopeOf(ancestorsOf(page(), "checkbox:InForm"));
  assert.equal(scope.fragment, "app.swift:12");
  assert.equal(scope.form?.id, "signup");
  assert.equal(scopeOf(ancestorsOf(page(), "button#submit")).form?.id, "signup");
});

Deno.test("a commit reruns at once unless the widget is inside a form", () => {
  const tree = page();
  assert.ok(commitSendsRerun(ancestorsOf(tree, "checkbox:Top")));
  assert.ok(commitSendsRerun(ancestorsOf(tree, "checkbox:InFragment")));
  assert.ok(!commitSendsRerun(ancestorsOf(tree, "checkbox:InForm")));
  assert.ok(!commitSendsRerun([NODES.plain, NODES.form, NODES.expander]), "any depth inside a form");
  assert.ok(commitSendsRerun([]), "an unknown widget is not in a form");
});

Deno.test("a form's submit button is found at any depth", () => {
  const tree = page();
  const form = tree.roots[0].children[1].children[1];
  assert.equal(submitButtonIn(form)?.widget.id, "button#submit");
  assert.equal(submitButtonIn(tree.roots[2]), undefined, "a plain button is no submit button");
  assert.ok(isSubmitButton(button("b", true)));
  assert.ok(!isSubmitButton(button("b")));
  assert.ok(!isSubmitButton(checkbox("c")));
});
