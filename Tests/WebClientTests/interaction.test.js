import assert from "./assert.js";
import { createRenderContext } from "../../Sources/SwiftlitWebClient/client/interaction.js";
import { applyOp, createTree } from "../../Sources/SwiftlitWebClient/client/tree.js";
import { WidgetValues } from "../../Sources/SwiftlitWebClient/client/widget-values.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Node} Node */
/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Path} Path */
/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").RerunMessage} RerunMessage */

/**
 * @param {string} id
 * @param {Partial<Node>} [extra]
 * @returns {Node}
 */
const widget = (id, extra = {}) => /** @type {Node} */ ({
  kind: id.split(/[:#]/)[0],
  widget: { id, label: id },
  ...extra,
});

/**
 * A page: a text input outside any form, and a form (inside a fragment) with a text input, a
 * slider and a submit button. `enterToSubmit` as given.
 * @param {{enterToSubmit?: boolean, submitButton?: boolean}} [options]
 */
function setUp(options = {}) {
  const tree = createTree();
  /** @type {Array<[Path, Node]>} */
  const ops = [
    [[0, 0], widget("textInput:Search")],
    [[0, 1], { kind: "block", layout: "vertical", fragment: "frag" }],
    [[0, 1, 0], {
      kind: "block",
      layout: "form",
      id: "signup",
      enterToSubmit: options.enterToSubmit ?? true,
      border: true,
    }],
    [[0, 1, 0, 0], widget("textInput:Name")],
    [[0, 1, 0, 1], widget("slider:Age", { value: [30], number: { step: 1 } })],
  ];
  if (options.submitButton ?? true) ops.push([[0, 1, 0, 2], widget("button#go", { formSubmit: true })]);
  for (const [path, node] of ops) applyOp(tree, { op: "set", path, node });
  const values = new WidgetValues();
  values.reconcile("textInput:Search", null);
  values.reconcile("textInput:Name", null);
  values.reconcile("slider:Age", 30);
  /** @type {RerunMessage[]} */
  const sent = [];
  const ctx = createRenderContext({
    values,
    tree,
    send: (message) => sent.push(message),
    configurePage: () => {},
    highlightCode: () => {},
  });
  return { ctx, values, sent };
}

Deno.test("a commit outside forms and fragments reruns with every value", () => {
  const { ctx, sent } = setUp();
  ctx.commit("textInput:Search", "swift");
  assert.deepEqual(sent, [{
    type: "rerun",
    widgets: { "textInput:Search": "swift", "textInput:Name": null, "slider:Age": 30 },
  }]);
  ctx.commit("textInput:Search", "swift");
  assert.equal(sent.length, 1, "an unchanged value sends nothing");
});

Deno.test("a commit inside a form waits; the submit button sends the form's values", () => {
  const { ctx, values, sent } = setUp();
  ctx.commit("textInput:Name", "Ada");
  ctx.commit("slider:Age", 36);
  assert.deepEqual(sent, [], "nothing is sent before the submit");
  assert.equal(values.get("textInput:Name"), "Ada", "the widget still shows what the user chose");

  ctx.commit("textInput:Search", "x");
  assert.deepEqual(
    sent[0].widgets,
    { "textInput:Search": "x", "textInput:Name": null, "slider:Age": 30 },
    "a rerun from outside the form does not submit it",
  );

  ctx.trigger("button#go");
  assert.deepEqual(sent[1], {
    type: "rerun",
    widgets: { "textInput:Search": "x", "textInput:Name": "Ada", "slider:Age": 36 },
    trigger: "button#go",
    fragment: "frag",
  });
});

Deno.test("Enter in a form with enterToSubmit submits it like its button", () => {
  const { ctx, sent } = setUp();
  ctx.commit("textInput:Name", "Grace");
  ctx.submit("textInput:Name");
  assert.deepEqual(sent, [{
    type: "rerun",
    widgets: { "textInput:Search": null, "textInput:Name": "Grace", "slider:Age": 30 },
    trigger: "button#go",
    fragment: "frag",
  }]);
});

Deno.test("Enter submits nothing without enterToSubmit, or outside a form", () => {
  const { ctx, sent } = setUp({ enterToSubmit: false });
  ctx.commit("textInput:Name", "Grace");
  ctx.submit("textInput:Name");
  ctx.submit("textInput:Search");
  assert.deepEqual(sent, []);
});

Deno.test("a form without a submit button still sends its values on Enter", () => {
  const { ctx, sent } = setUp({ submitButton: false });
  ctx.commit("textInput:Name", "Linus");
  ctx.submit("textInput:Name");
  assert.equal(sent.length, 1);
  assert.equal(sent[0].trigger, undefined);
  assert.equal(sent[0].widgets["textInput:Name"], "Linus");
});

Deno.test("a button outside forms and fragments sends its click alone", () => {
  const { ctx, sent } = setUp();
  ctx.trigger("button:Unknown");
  assert.deepEqual(sent, [{
    type: "rerun",
    widgets: { "textInput:Search": null, "textInput:Name": null, "slider:Age": 30 },
    trigger: "button:Unknown",
  }]);
});
