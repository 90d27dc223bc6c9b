import assert from "./assert.js";
import {
  BLOCK_SIZE,
  blocksOf,
  blockStart,
  columnWidths,
  DEFAULT_TABLE_HEIGHT,
  formatCell,
  formatCellNumber,
  missingBlocks,
  ROW_HEIGHT,
  rowsRequest,
  tableHeight,
  visibleRows,
} from "../../Sources/SwiftlitWebClient/client/renderers/dataframe-model.js";
import { MAX_IN_FLIGHT, TableRows } from "../../Sources/SwiftlitWebClient/client/table-rows.js";
import { decodeServerMessage, encodeClientMessage } from "../../Sources/SwiftlitWebClient/client/protocol.js";
import { checkClientMessage } from "../../Sources/SwiftlitWebClient/client/protocol-validation.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol-data.js").RowsRequestMessage} Request */

/**
 * Rows `from..<to`, each `[row number, its label]`.
 * @param {number} from
 * @param {number} to
 */
const rowsOf = (from, to) => Array.from({ length: to - from }, (_, i) => [from + i, `r${from + i}`]);

Deno.test("the viewport shows the rows below the header, with a few more on each side", () => {
  // 400 px tall: 32 px of header, then rows 0…11 (the 12th half in view).
  assert.deepEqual(visibleRows(0, 400, 10_000, 0), { start: 0, end: 12 });
  assert.deepEqual(visibleRows(0, 400, 10_000), { start: 0, end: 20 });
  assert.deepEqual(visibleRows(5000 * ROW_HEIGHT, 400, 10_000, 0), { start: 5000, end: 5012 });
  assert.deepEqual(visibleRows(5000 * ROW_HEIGHT + 10, 400, 10_000, 2), { start: 4998, end: 5014 });
  assert.deepEqual(visibleRows(9_990 * ROW_HEIGHT, 400, 10_000, 8), { start: 9982, end: 10_000 });
  assert.deepEqual(visibleRows(0, 400, 3), { start: 0, end: 3 }, "a short table");
  assert.deepEqual(visibleRows(0, 400, 0), { start: 0, end: 0 }, "an empty table");
  assert.deepEqual(visibleRows(0, 0, 100, 8), { start: 0, end: 8 }, "hidden (no height yet)");
});

Deno.test("blocks are 100 rows aligned to 100", () => {
  assert.equal(BLOCK_SIZE, 100);
  assert.equal(blockStart(0), 0);
  assert.equal(blockStart(99), 0);
  assert.equal(blockStart(100), 100);
  assert.equal(blockStart(5_050), 5_000);
  assert.deepEqual(blocksOf({ start: 95, end: 105 }), [0, 100]);
  assert.deepEqual(blocksOf({ start: 100, end: 200 }), [100]);
  assert.deepEqual(blocksOf({ start: 5, end: 5 }), []);
});

Deno.test("missing blocks: only those lacking a row in view, from their first missing row", () => {
  const cached = new Set(rowsOf(0, 50).map(([row]) => Number(row)));
  const has = (/** @type {number} */ row) => cached.has(row);
  assert.deepEqual(missingBlocks({ start: 0, end: 20 }, has), [], "the first page is at hand");
  assert.deepEqual(missingBlocks({ start: 40, end: 60 }, has), [{ block: 0, from: 50 }]);
  assert.deepEqual(missingBlocks({ start: 90, end: 130 }, has), [
    { block: 0, from: 50 },
    { block: 100, from: 100 },
  ]);
  assert.deepEqual(missingBlocks({ start: 5_000, end: 5_030 }, has), [{ block: 5_000, from: 5_000 }]);
});

Deno.test("a rows request asks for the rest of the block, and no further than the table", () => {
  assert.deepEqual(rowsRequest("t", 5_000, 10_000), { type: "rows", table: "t", offset: 5_000, count: 100 });
  assert.deepEqual(rowsRequest("t", 50, 10_000), { type: "rows", table: "t", offset: 50, count: 50 });
  assert.deepEqual(rowsRequest("t", 9_900, 9_950), { type: "rows", table: "t", offset: 9_900, count: 50 });
  const request = rowsRequest("k3x9a", 100, 10_000);
  assert.doesNotThrow(() => checkClientMessage(request));
  assert.deepEqual(JSON.parse(encodeClientMessage(request)), request);
});

Deno.test("the rows message is held to the server's rules", () => {
  assert.doesNotThrow(() => checkClientMessage({ type: "rows", table: "t", offset: 0, count: 1000 }));
  assert.throws(() => checkClientMessage({ type: "rows", table: "t", offset: 0, count: 0 }), /rows\.count/);
  assert.throws(
    () => checkClientMessage({ type: "rows", table: "t", offset: 0, count: 1001 }),
    /rows\.count/,
  );
  assert.throws(() => checkClientMessage({ type: "rows", table: "t", offset: -1, count: 5 }), /rows\.offset/);
  assert.throws(() => checkClientMessage({ type: "rows", table: "t", offset: 0 }), /"count" is missing/);
  assert.throws(
    () => checkClientMessage({ type: "rows", table: "t", offset: 0, count: 5, run: 1 }),
    /unknown field\(s\) run/,
  );
  assert.throws(
    () => decodeServerMessage('{"type":"rows","table":"t","offset":0,"rows":[[{}]]}'),
    /rows\[0\]\[0\]/,
  );
  assert.throws(() => decodeServerMessage('{"type":"rows","table":"t","offset":0,"rows":[1]}'), /rows\[0\]/);
});

Deno.test("data nodes are checked: columns, rows and series", () => {
  const op = (/** @type {object} */ node) =>
    JSON.stringify({ type: "delta", run: 1, ops: [{ op: "set", path: [0, 0], node }] });
  const table = {
    kind: "dataframe",
    table: "t",
    columns: [{ name: "a", type: "text" }],
    rowCount: 1,
    rows: [["x"]],
  };
  assert.doesNotThrow(() => decodeServerMessage(op(table)));
  assert.throws(
    () => decodeServerMessage(op({ ...table, columns: [{ name: "a", type: "date" }] })),
    /columns\[0\]\.type/,
  );
  assert.throws(() => decodeServerMessage(op({ ...table, rowCount: -1 })), /node\.rowCount/);
  const chart = { kind: "lineChart", series: [{ name: "s", x: [0, 1], y: [1, 2] }] };
  assert.doesNotThrow(() => decodeServerMessage(op(chart)));
  assert.throws(
    () => decodeServerMessage(op({ ...chart, series: [{ name: "s", x: [0], y: ["1"] }] })),
    /series\[0\]\.y\[0\]/,
  );
  assert.throws(() => decodeServerMessage(op({ kind: "lineChart" })), /"series" is missing/);
});

Deno.test("numbers show at most four decimals, trimmed", () => {
  assert.equal(formatCellNumber(4.5), "4.5");
  assert.equal(formatCellNumber(19), "19");
  assert.equal(formatCellNumber(Math.PI), "3.1416");
  assert.equal(formatCellNumber(2.00001), "2");
  assert.equal(formatCellNumber(-0.00001), "-1e-5");
  assert.equal(formatCellNumber(0.00012345), "0.0001");
  assert.equal(formatCellNumber(-0), "0");
  assert.equal(formatCellNumber(-12.25), "-12.25");
  assert.equal(formatCellNumber(1234567.891), "1234567.891");
  assert.equal(formatCellNumber(1.5e20), "1.5e+20");
});

Deno.test("cells read by column type: integers whole, booleans ✓ ✗, null None", () => {
  assert.equal(formatCell(3, "integer"), "3");
  assert.equal(formatCell(3.25, "integer"), "3.25", "a fraction in an integer column still shows");
  assert.equal(formatCell(1 / 3, "number"), "0.3333");
  assert.equal(formatCell(true, "boolean"), "✓");
  assert.equal(formatCell(false, "boolean"), "✗");
  assert.equal(formatCell(null, "text"), "None");
  assert.equal(formatCell(undefined, "number"), "None", "a short row");
  assert.equal(formatCell("Oslo", "text"), "Oslo");
});

Deno.test("a table is as tall as its node says, or as its rows need up to the default", () => {
  assert.equal(tableHeight(300, 10_000), 300);
  assert.equal(tableHeight(undefined, 10_000), DEFAULT_TABLE_HEIGHT);
  assert.equal(tableHeight(undefined, 3), 4 * ROW_HEIGHT + 2);
  assert.equal(tableHeight(undefined, 0), ROW_HEIGHT + 2, "the header alone");
});

Deno.test("columns start wide enough for their header and first rows, within bounds", () => {
  const widths = columnWidths(
    [{ name: "city", type: "text" }, { name: "n", type: "integer" }, { name: "long", type: "text" }],
    [["Oslo, Norway", 1, "x".repeat(200)]],
    10_000,
  );
  assert.equal(widths.columns[1], 64, "at least the minimum");
  assert.equal(widths.columns[2], 320, "at most the maximum");
  assert.ok(widths.columns[0] > 64 && widths.columns[0] < 320);
  assert.ok(widths.index >= 4 * 8, "the index fits 9999");
});

/**
 * An element that shows a table.
 * @param {() => void} [rowsChanged]
 */
const shown = (rowsChanged = () => {}) => ({ rowsChanged, isShown: () => true });

/** A TableRows whose requests land in `sent`, at a settable time. */
function fetcher() {
  /** @type {Request[]} */
  const sent = [];
  const clock = { now: 0 };
  const rows = new TableRows({ send: (message) => (sent.push(message), true), now: () => clock.now });
  return { rows, sent, clock };
}

Deno.test("each missing block is asked for once while its request is pending", () => {
  const { rows, sent } = fetcher();
  rows.seed("t", rowsOf(0, 50));
  const stop = rows.listen("t", shown());
  const missing = missingBlocks({ start: 40, end: 160 }, (row) => rows.has("t", row));
  rows.want("t", missing, 10_000);
  rows.want("t", missing, 10_000);
  assert.deepEqual(sent, [
    { type: "rows", table: "t", offset: 50, count: 50 },
    { type: "rows", table: "t", offset: 100, count: 100 },
  ]);
  assert.ok(rows.isPending("t", 0) && rows.isPending("t", 100));
  rows.receive({ type: "rows", table: "t", offset: 100, rows: rowsOf(100, 200) });
  assert.ok(!rows.isPending("t", 100));
  assert.deepEqual(rows.row("t", 150), [150, "r150"]);
  assert.equal(rows.row("t", 60), undefined, "still pending");
  stop();
});

Deno.test("at most a few requests are in flight; the rest wait for answers", () => {
  const { rows, sent } = fetcher();
  const stop = rows.listen("t", shown());
  const blocks = [0, 100, 200, 300, 400, 500].map((block) => ({ block, from: block }));
  rows.want("t", blocks, 10_000);
  assert.equal(sent.length, MAX_IN_FLIGHT);
  rows.receive({ type: "rows", table: "t", offset: 0, rows: rowsOf(0, 100) });
  rows.want("t", blocks.filter(({ block }) => !rows.has("t", block)), 10_000);
  assert.deepEqual(sent.map((message) => message.offset), [0, 100, 200, 300, 400]);
  stop();
});

Deno.test("listeners hear of arrivals; a table nobody shows any more is forgotten", () => {
  const { rows, sent } = fetcher();
  let heard = 0;
  const stop = rows.listen("t", shown(() => (heard += 1)));
  rows.want("t", [{ block: 100, from: 100 }], 1_000);
  rows.receive({ type: "rows", table: "t", offset: 100, rows: rowsOf(100, 200) });
  assert.equal(heard, 1);
  stop();
  assert.equal(rows.row("t", 100), undefined, "the cache went with the last listener");
  rows.receive({ type: "rows", table: "t", offset: 100, rows: rowsOf(100, 200) });
  assert.equal(rows.row("t", 100), undefined, "late rows of a replaced table are dropped");
  assert.equal(sent.length, 1);
});

Deno.test("elements that left the page are dropped, and with the last one their table's rows", () => {
  const { rows } = fetcher();
  let attached = true;
  let heard = 0;
  rows.listen("gone", { rowsChanged: () => (heard += 1), isShown: () => attached });
  rows.seed("gone", rowsOf(0, 50));
  attached = false;
  rows.listen("other", shown());
  assert.equal(rows.row("gone", 0), undefined);
  rows.reconnected();
  assert.equal(heard, 0, "a dropped element hears nothing");
});

Deno.test("unknownTable drops the refused table's requests and stops asking until it is seen again", () => {
  const { rows, sent } = fetcher();
  const stopOld = rows.listen("old", shown());
  const stopNew = rows.listen("new", shown());
  rows.want("old", [{ block: 100, from: 100 }, { block: 200, from: 200 }], 1_000);
  rows.want("new", [{ block: 100, from: 100 }], 1_000);
  rows.refused("table 'old' is no longer on the page; it was replaced by a newer run");
  assert.ok(!rows.isPending("old", 100) && !rows.isPending("old", 200));
  assert.ok(rows.isPending("new", 100));
  rows.want("old", [{ block: 100, from: 100 }], 1_000);
  assert.equal(sent.length, 3, "a gone table is not asked for");
  rows.seed("old", rowsOf(0, 50));
  rows.want("old", [{ block: 100, from: 100 }], 1_000);
  assert.equal(sent.length, 4, "a node naming it again revives it");
  rows.refused("table 'replaced-long-ago' is no longer on the page");
  assert.ok(rows.isPending("new", 100), "a table with nothing pending takes no one else's request");
  rows.refused("no table named");
  assert.ok(!rows.isPending("new", 100), "without a name, the oldest request is the refused one");
  stopOld();
  stopNew();
});

Deno.test("requests lost with the connection or unanswered for long are asked again", () => {
  const { rows, sent, clock } = fetcher();
  const stop = rows.listen("t", shown());
  rows.want("t", [{ block: 0, from: 0 }], 1_000);
  rows.reconnected();
  rows.want("t", [{ block: 0, from: 0 }], 1_000);
  assert.equal(sent.length, 2);
  clock.now = 60_000;
  rows.want("t", [{ block: 0, from: 0 }], 1_000);
  assert.equal(sent.length, 3);
  stop();
});

Deno.test("nothing is marked pending when the request could not be sent", () => {
  const rows = new TableRows({ send: () => false });
  rows.want("t", [{ block: 0, from: 0 }], 1_000);
  assert.equal(rows.pendingCount, 0);
});
