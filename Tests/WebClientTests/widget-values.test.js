import assert from "./assert.js";
import {
  nodeWins,
  valueOfNode,
  valuesEqual,
  WidgetValues,
} from "../../Sources/SwiftlitWebClient/client/widget-values.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Node} Node */

const widget = (/** @type {string} */ id) => ({ id, label: id });

Deno.test("a node's value in the wire form", () => {
  /** @type {Array<[Node, unknown]>} */
  const cases = [
    [{ kind: "checkbox", widget: widget("c"), value: true }, true],
    [{ kind: "textInput", widget: widget("t") }, null],
    [{ kind: "textArea", widget: widget("a"), value: "x" }, "x"],
    [{ kind: "numberInput", widget: widget("n"), number: { step: 1 } }, null],
    [{ kind: "slider", widget: widget("s"), value: [3], number: { step: 1 } }, 3],
    [{ kind: "slider", widget: widget("r"), value: [10, 20], number: { step: 1 } }, [10, 20]],
    [{ kind: "selectbox", widget: widget("p"), options: ["a"] }, null],
    [{ kind: "radio", widget: widget("o"), options: ["a"], value: "a" }, "a"],
    [{ kind: "multiselect", widget: widget("m"), options: ["a", "b"], value: ["b"] }, ["b"]],
    [{ kind: "dateInput", widget: widget("d"), value: ["2026-11-30"], format: "YYYY/MM/DD" }, "2026-11-30"],
    [{ kind: "dateInput", widget: widget("e"), value: [], format: "YYYY/MM/DD" }, null],
    [{ kind: "dateInput", widget: widget("r"), value: ["2026-11-30"], range: true, format: "YYYY/MM/DD" }, [
      "2026-11-30",
    ]],
    [{ kind: "timeInput", widget: widget("t"), value: "07:30", step: 900 }, "07:30"],
    [{ kind: "datetimeInput", widget: widget("u"), step: 60, format: "YYYY/MM/DD" }, null],
    [{ kind: "colorPicker", widget: widget("c"), value: "#ff4b4b" }, "#ff4b4b"],
    [{ kind: "selectSlider", widget: widget("s"), options: ["a", "b"], value: ["b"] }, "b"],
    [{ kind: "selectSlider", widget: widget("q"), options: ["a", "b"], value: ["a", "b"] }, ["a", "b"]],
    [{ kind: "pills", widget: widget("p"), options: ["a"], value: [] }, null],
    [{ kind: "segmentedControl", widget: widget("g"), options: ["a"], value: ["a"], multi: true }, ["a"]],
    [{ kind: "feedback", widget: widget("f"), style: "stars", value: 0 }, 0],
    [{ kind: "linkButton", link: { label: "L", href: "https://x.org" } }, undefined],
    [{ kind: "button", widget: widget("b") }, undefined],
    [{ kind: "divider" }, undefined],
  ];
  for (const [node, expected] of cases) assert.deepEqual(valueOfNode(node), expected, node.kind);
});

Deno.test("values compare by content", () => {
  assert.ok(valuesEqual([1, 2], [1, 2]));
  assert.ok(!valuesEqual([1, 2], [2, 1]));
  assert.ok(!valuesEqual([1], 1));
  assert.ok(valuesEqual(null, null));
  assert.ok(!valuesEqual(null, ""));
  assert.ok(!valuesEqual(undefined, null));
});

Deno.test("the node wins when its value differs, or when the widget is new", () => {
  assert.equal(nodeWins(undefined, 3), true, "new widget");
  assert.equal(nodeWins(3, 5), true, "the app moved it");
  assert.equal(nodeWins(["a"], ["a", "b"]), true);
  assert.equal(nodeWins(null, ""), true);
});

Deno.test("an equal value leaves the DOM alone", () => {
  assert.equal(nodeWins("Ada", "Ada"), false);
  assert.equal(nodeWins([10, 20], [10, 20]), false);
  assert.equal(nodeWins(null, null), false);
});

Deno.test("reconcile stores the winner and says whether to write the DOM", () => {
  const values = new WidgetValues();
  assert.equal(values.reconcile("slider:Repeat", 3), true);
  assert.equal(values.get("slider:Repeat"), 3);
  values.set("slider:Repeat", 7); // the user moved it
  assert.equal(values.reconcile("slider:Repeat", 7), false, "the server echoes what we sent");
  assert.equal(values.reconcile("slider:Repeat", 1), true, "the app moved it back");
  assert.equal(values.get("slider:Repeat"), 1);
});

Deno.test("snapshot has every value; prune forgets widgets that left the page", () => {
  const values = new WidgetValues();
  values.set("a", 1);
  values.set("b", ["x"]);
  values.set("c", null);
  assert.deepEqual(values.snapshot(), { a: 1, b: ["x"], c: null });
  values.prune(new Set(["b", "z"]));
  assert.deepEqual(values.snapshot(), { b: ["x"] });
  assert.equal(values.size, 1);
});

Deno.test("a staged (form) value shows but is not sent until its form is submitted", () => {
  const values = new WidgetValues();
  values.reconcile("a", 1);
  values.reconcile("b", "x");
  values.stage("a", "form1", 2);
  values.stage("b", "form2", "y");
  assert.equal(values.get("a"), 2);
  assert.deepEqual(values.snapshot(), { a: 1, b: "x" });
  assert.equal(values.submitForm("form1"), 1);
  assert.deepEqual(values.snapshot(), { a: 2, b: "x" }, "only that form's values");
  assert.equal(values.get("b"), "y");
  assert.equal(values.submitForm("form1"), 0);
});

Deno.test("a node equal to the sent value keeps a staged edit; a moved widget drops it", () => {
  const values = new WidgetValues();
  values.reconcile("t", "old");
  values.stage("t", "f", "typing");
  assert.ok(!values.reconcile("t", "old"), "the app did not move it: keep the edit");
  assert.equal(values.get("t"), "typing");
  assert.ok(values.reconcile("t", "set by app"), "the app moved it");
  assert.equal(values.get("t"), "set by app");
  assert.equal(values.submitForm("f"), 0, "the edit is gone");
});

Deno.test("prune forgets staged values of widgets that left the page", () => {
  const values = new WidgetValues();
  values.stage("gone", "f", 1);
  values.prune(new Set());
  assert.equal(values.get("gone"), undefined);
  assert.equal(values.submitForm("f"), 0);
});
