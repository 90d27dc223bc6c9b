// Renderers whose module loads on first use (lazy-renderer.js): a placeholder at once, the real
// element in its place once the module arrives, built from the latest node; a clear error when the
// module cannot be loaded. DOM from fake-dom.js.

import assert from "./assert.js";
import { installFakeDocument } from "./fake-dom.js";
import { lazyRenderer, PendingLoads } from "../../Sources/SwiftlitWebClient/client/lazy-renderer.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").TextNode} TextNode */
/** @typedef {import("../../Sources/SwiftlitWebClient/client/render-context.js").RenderContext} RenderContext */
/** @typedef {import("../../Sources/SwiftlitWebClient/client/render-context.js").Renderer<TextNode>} TextRenderer */

const ctx = /** @type {RenderContext} */ ({});

/**
 * @param {string} text
 * @returns {TextNode}
 */
const textNode = (text) => ({ kind: "text", text });

/**
 * A renderer that draws a text node as a `<p>` and notes every call.
 */
function recordingRenderer() {
  /** @type {string[]} */
  const calls = [];
  /** @type {TextRenderer} */
  const renderer = {
    create(node) {
      calls.push(`create ${node.text}`);
      const element = document.createElement("p");
      element.append(node.text);
      return element;
    },
    update(element, node) {
      calls.push(`update ${node.text}`);
      element.replaceChildren(node.text);
    },
    matches(_element, node) {
      calls.push(`matches ${node.text}`);
      return node.text !== "refuse";
    },
    attached(element) {
      calls.push(`attached ${element.tagName}`);
    },
  };
  return { renderer, calls };
}

/**
 * A module load the test resolves or rejects when it chooses; counts how often it was started.
 * @returns {{load: () => Promise<TextRenderer>, resolve: (r: TextRenderer) => void, reject: (e: Error) => void, starts: () => number}}
 */
function controlledLoad() {
  let starts = 0;
  /** @type {(r: TextRenderer) => void} */
  let resolve = () => {};
  /** @type {(e: Error) => void} */
  let reject = () => {};
  const load = () => {
    starts += 1;
    return new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return {
    load,
    resolve: (r) => resolve(r),
    reject: (e) => reject(e),
    starts: () => starts,
  };
}

/**
 * The element at `index` in `container`.
 * @param {HTMLElement} container
 * @param {number} index
 */
const childAt = (container, index) => /** @type {HTMLElement} */ (container.children[index]);

/**
 * What patch.js does with a created element: stamp it, append it, tell it it is attached.
 * @param {HTMLElement} container
 * @param {TextRenderer} renderer
 * @param {TextNode} node
 */
function patchIn(container, renderer, node) {
  const element = renderer.create(node, ctx);
  element.setAttribute("data-kind", node.kind);
  element.setAttribute("data-testid", `st-${node.kind}`);
  container.append(element);
  renderer.attached?.(element, node, ctx);
  return element;
}

Deno.test("a lazy renderer shows a placeholder at once, then the real element in its place", async () => {
  const body = installFakeDocument();
  const pending = new PendingLoads();
  const { renderer: real, calls } = recordingRenderer();
  const module = controlledLoad();
  const lazy = lazyRenderer(module.load, pending);

  const placeholder = patchIn(body, lazy, textNode("first"));
  assert.equal(placeholder.tagName, "DIV");
  assert.equal(placeholder.getAttribute("aria-busy"), "true");
  assert.equal(placeholder.getAttribute("class"), "st-element st-lazy");
  assert.equal(body.children[0], placeholder);
  assert.deepEqual(calls, [], "nothing of the real renderer runs before its module is there");
  assert.equal(module.starts(), 1);
  assert.ok(!pending.isEmpty, "the load counts as pending");

  module.resolve(real);
  await pending.settled();
  assert.ok(pending.isEmpty);
  const element = childAt(body, 0);
  assert.equal(element.tagName, "P");
  assert.equal(element.textContent, "first");
  assert.equal(element.getAttribute("data-kind"), "text", "patch.js's stamp is carried over");
  assert.equal(element.getAttribute("data-testid"), "st-text");
  assert.ok(!placeholder.isConnected);
  assert.deepEqual(calls, ["create first", "attached P"], "attached once the real element is in the page");

  // Loaded: updates work in place, matches is the real renderer's, new elements are built at once.
  assert.ok(lazy.matches?.(element, textNode("second")));
  assert.ok(!lazy.matches?.(element, textNode("refuse")));
  lazy.update(element, textNode("second"), ctx);
  assert.equal(body.children[0], element);
  assert.equal(element.textContent, "second");
  const direct = patchIn(body, lazy, textNode("third"));
  assert.equal(direct.tagName, "P");
  assert.equal(module.starts(), 1, "the module loads once");
  assert.ok(pending.isEmpty);
  assert.deepEqual(calls.slice(2), [
    "matches second",
    "matches refuse",
    "update second",
    "create third",
    "attached P",
  ]);
});

Deno.test("updates that arrive while the module loads are not lost: the latest node is drawn", async () => {
  const body = installFakeDocument();
  const pending = new PendingLoads();
  const { renderer: real, calls } = recordingRenderer();
  const module = controlledLoad();
  const lazy = lazyRenderer(module.load, pending);

  const first = patchIn(body, lazy, textNode("a1"));
  patchIn(body, lazy, textNode("b1"));
  for (const text of ["a2", "a3"]) {
    assert.ok(lazy.matches?.(first, textNode(text)), "a placeholder takes any node of its kind");
    lazy.update(first, textNode(text), ctx);
  }
  assert.equal(module.starts(), 1, "two placeholders, one load");

  module.resolve(real);
  await pending.settled();
  assert.deepEqual([...body.children].map((element) => element.textContent), ["a3", "b1"]);
  assert.deepEqual(calls, ["create a3", "attached P", "create b1", "attached P"]);
});

Deno.test("a placeholder that left the page before its module came is not built", async () => {
  const body = installFakeDocument();
  const pending = new PendingLoads();
  const { renderer: real, calls } = recordingRenderer();
  const module = controlledLoad();
  const lazy = lazyRenderer(module.load, pending);

  const placeholder = patchIn(body, lazy, textNode("gone"));
  placeholder.remove();
  module.resolve(real);
  await pending.settled();
  assert.deepEqual(calls, []);
  assert.equal(body.children.length, 0);
});

Deno.test("a module that fails to load leaves an alert saying so, and the next build retries", async () => {
  const body = installFakeDocument();
  const pending = new PendingLoads();
  const { renderer: real } = recordingRenderer();
  const module = controlledLoad();
  const lazy = lazyRenderer(module.load, pending);
  const warn = console.warn;
  console.warn = () => {};
  try {
    const placeholder = patchIn(body, lazy, textNode("x"));
    module.reject(new TypeError("Failed to fetch dynamically imported module: table.js"));
    await pending.settled();
    assert.ok(pending.isEmpty, "a failed load is no longer pending: the page can go idle");
    assert.equal(body.children[0], placeholder);
    assert.equal(placeholder.getAttribute("role"), "alert");
    assert.equal(placeholder.hasAttribute("aria-busy"), false);
    assert.ok(
      /^This text could not be shown/.test(placeholder.textContent ?? ""),
      placeholder.textContent ?? "",
    );
    assert.ok(
      /Failed to fetch dynamically imported module: table\.js/.test(placeholder.textContent ?? ""),
      placeholder.textContent ?? "",
    );
    assert.ok(
      /Reload the page to try again\.$/.test(placeholder.textContent ?? ""),
      placeholder.textContent ?? "",
    );
    assert.equal(placeholder.getAttribute("data-testid"), "st-text", "still findable as its element");

    // patch.js builds anew what `matches` refuses: the next run's `set` loads again.
    assert.ok(!lazy.matches?.(placeholder, textNode("y")));
    lazy.update(placeholder, textNode("y"), ctx); // harmless if it comes anyway
    const retried = lazy.create(textNode("y"), ctx);
    placeholder.replaceWith(retried);
    assert.equal(module.starts(), 2);
    module.resolve(real);
    await pending.settled();
    assert.equal(childAt(body, 0).tagName, "P");
    assert.equal(childAt(body, 0).textContent, "y");
  } finally {
    console.warn = warn;
  }
});

Deno.test("a real renderer that throws while building a waiting element leaves an alert", async () => {
  const body = installFakeDocument();
  const pending = new PendingLoads();
  const module = controlledLoad();
  const lazy = lazyRenderer(module.load, pending);
  const warn = console.warn;
  console.warn = () => {};
  try {
    const placeholder = patchIn(body, lazy, textNode("x"));
    module.resolve({
      create: () => {
        throw new Error("no columns");
      },
      update: () => {},
    });
    await pending.settled();
    assert.equal(body.children[0], placeholder);
    assert.equal(placeholder.getAttribute("role"), "alert");
    assert.ok(/no columns/.test(placeholder.textContent ?? ""), placeholder.textContent ?? "");
  } finally {
    console.warn = warn;
  }
});

Deno.test("settled waits for loads that start while it waits", async () => {
  const pending = new PendingLoads();
  /** @type {string[]} */
  const order = [];
  /** @type {() => void} */
  let finishSecond = () => {};
  const second = new Promise((resolve) => finishSecond = () => resolve(undefined)).then(() => {
    order.push("second");
  });
  pending.track(
    Promise.resolve().then(() => {
      order.push("first");
      pending.track(second);
    }),
  );
  const settled = pending.settled().then(() => order.push("settled"));
  await Promise.resolve();
  await Promise.resolve();
  finishSecond();
  await settled;
  assert.deepEqual(order, ["first", "second", "settled"]);
  assert.ok(pending.isEmpty);
});
