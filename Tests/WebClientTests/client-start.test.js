// What a page loads at start: not the renderers registry.js loads on first use, nor what only
// some pages need (import-graph.js walks main.js's static imports as the browser follows them).

import assert from "./assert.js";
import { clientText, startModules } from "./import-graph.js";
import { RowsLink } from "../../Sources/SwiftlitWebClient/client/rows-link.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol-data.js").RowsMessage} RowsMessage */

Deno.test("the data grid, tables, their row store and code highlighting are not loaded at start", () => {
  const modules = startModules();
  for (
    const lazy of [
      "renderers/dataframe.js",
      "renderers/dataframe-model.js",
      "renderers/table.js",
      "renderers/table-edits.js",
      "renderers/cell-format.js",
      "renderers/cell-content.js",
      "table-rows.js",
      "date-format.js",
      "prism-loader.js",
      "dev-overlay.js",
    ]
  ) assert.ok(!modules.has(lazy), `${lazy} is loaded at start`);
  for (
    const needed of ["main.js", "registry.js", "lazy-renderer.js", "renderers/slider.js", "rows-link.js"]
  ) {
    assert.ok(modules.has(needed), `${needed} is not loaded at start`);
  }
});

Deno.test("registry.js loads its lazy renderers' modules by dynamic import", () => {
  const registry = clientText("registry.js");
  for (const module of ["dataframe", "table"]) {
    assert.ok(
      registry.includes(`lazyRenderer(() => import("./renderers/${module}.js")`),
      `${module} is not lazy`,
    );
  }
});

Deno.test("the page preloads no module", () => {
  assert.ok(!/modulepreload|rel="preload"/.test(clientText("index.html")));
});

Deno.test("the rows link forwards to the row store once it attaches, with the sender set before", () => {
  const link = new RowsLink();
  /** @type {string[]} */
  const calls = [];
  const send = () => true;
  link.setSender(send);
  link.reconnected(); // no store yet: nothing to do, nothing thrown
  link.receive(/** @type {RowsMessage} */ ({}));
  /** @type {unknown} */
  let sender = null;
  link.attach({
    setSender: (given) => {
      sender = given;
      calls.push("setSender");
    },
    receive: () => calls.push("receive"),
    refused: (text) => calls.push(`refused ${text}`),
    reconnected: () => calls.push("reconnected"),
  });
  assert.equal(sender, send, "a store that loads after the connection opened can send at once");
  link.receive(/** @type {RowsMessage} */ ({}));
  link.refused("gone");
  link.reconnected();
  const later = () => false;
  link.setSender(later);
  assert.equal(sender, later);
  assert.deepEqual(calls, ["setSender", "receive", "refused gone", "reconnected", "setSender"]);
});
