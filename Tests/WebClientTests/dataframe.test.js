import assert from "./assert.js";
import {
  BLOCK_SIZE,
  blocksOf,
  blockStart,
  bodyHeight,
  columnLayout,
  contentOffset,
  csvUrl,
  DEFAULT_TABLE_HEIGHT,
  keptSort,
  MAX_BODY_HEIGHT,
  missingBlocks,
  nextSort,
  normalizeQuery,
  offsetShowing,
  ROW_HEIGHT,
  rowAfterKey,
  rowsRequest,
  rowTop,
  scrollTopFor,
  SELECT_COLUMN_PX,
  tableHeight,
  viewKey,
  visibleRows,
  wheelOffset,
  WIDTH_PRESETS,
} from "../../Sources/SwiftlitWebClient/client/renderers/dataframe-model.js";
import {
  MAX_CACHED_VIEWS,
  MAX_IN_FLIGHT,
  TableRows,
} from "../../Sources/SwiftlitWebClient/client/table-rows.js";
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
    () =>
      decodeServerMessage(
        '{"type":"rows","table":"t","offset":0,"rowCount":1,"rows":[[{"a":"x","b":1e999}]]}',
      ),
    /rows\[0\]\[0\]\.b/,
  );
  assert.throws(
    () => decodeServerMessage('{"type":"rows","table":"t","offset":0,"rowCount":1,"rows":[1]}'),
    /rows\[0\]/,
  );
  assert.throws(
    () => decodeServerMessage('{"type":"rows","table":"t","offset":0,"rows":[]}'),
    /"rowCount" is missing/,
  );
  assert.doesNotThrow(() =>
    checkClientMessage({
      type: "rows",
      table: "t",
      offset: 0,
      count: 5,
      sort: { column: "a", descending: true },
      search: "x",
    })
  );
  assert.throws(
    () => checkClientMessage({ type: "rows", table: "t", offset: 0, count: 5, sort: { column: "a" } }),
    /sort: the required field "descending"/,
  );
});

Deno.test("data nodes are checked: columns, rows and chart data sets", () => {
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
  assert.doesNotThrow(() => decodeServerMessage(op({ ...table, columns: [{ name: "a", type: "date" }] })));
  assert.throws(
    () => decodeServerMessage(op({ ...table, columns: [{ name: "a", type: "money" }] })),
    /columns\[0\]\.type/,
  );
  assert.throws(
    () => decodeServerMessage(op({ ...table, columns: [{ name: "a", type: "text", kind: "video" }] })),
    /columns\[0\]\.kind/,
  );
  assert.throws(
    () => decodeServerMessage(op({ ...table, selectionModes: ["everything"] })),
    /selectionModes\[0\]/,
  );
  assert.throws(
    () => decodeServerMessage(op({ ...table, editor: { rows: "dynamic" } })),
    /"issues" is missing/,
  );
  const json = { ...table, columns: [{ name: "a", type: "json" }], rows: [[[1, 2, null]], [{ a: [true] }]] };
  assert.doesNotThrow(() => decodeServerMessage(op(json))); // JSON cells: lists and objects
  assert.throws(
    () => decodeServerMessage(op({ kind: "table", columns: [], rows: [[1]], border: "dotted" })),
    /border/,
  );
  assert.throws(() => decodeServerMessage(op({ ...table, rowCount: -1 })), /node\.rowCount/);
  const chart = {
    kind: "vegaLiteChart",
    spec: { mark: "bar", data: { name: "d" } },
    datasets: [{
      name: "d",
      columns: [{ name: "k", texts: ["A", ""], missing: [1] }, { name: "v", numbers: [1, 0], missing: [1] }],
    }],
  };
  assert.doesNotThrow(() => decodeServerMessage(op(chart)));
  assert.throws(
    () =>
      decodeServerMessage(
        op({ ...chart, datasets: [{ name: "d", columns: [{ name: "v", numbers: ["1"] }] }] }),
      ),
    /datasets\[0\]\.columns\[0\]\.numbers\[0\]/,
  );
  assert.throws(
    () =>
      decodeServerMessage(
        op({ ...chart, datasets: [{ name: "d", columns: [{ name: "v", numbers: [], texts: [] }] }] }),
      ),
    /exactly one of numbers, texts, booleans or codes/,
  );
  assert.doesNotThrow(() =>
    decodeServerMessage(
      op({
        ...chart,
        datasets: [{ name: "d", columns: [{ name: "s", codes: [0, 1, 0], categories: ["a", "b"] }] }],
      }),
    )
  );
  for (
    const column of [{ name: "s", codes: [0, 2], categories: ["a", "b"] }, { name: "s", codes: [0] }, {
      name: "s",
      texts: ["a"],
      categories: ["a"],
    }]
  ) {
    assert.throws(() => decodeServerMessage(op({ ...chart, datasets: [{ name: "d", columns: [column] }] })));
  }
  for (const missing of [[2], [-1], ["0"]]) {
    assert.throws(
      () =>
        decodeServerMessage(
          op({ ...chart, datasets: [{ name: "d", columns: [{ name: "v", numbers: [1, 2], missing }] }] }),
        ),
      /missing\[0\]/,
    );
  }
  assert.throws(
    () =>
      decodeServerMessage(
        op({ ...chart, datasets: [{ name: "d", columns: [{ name: "v", numbers: [1, null] }] }] }),
      ),
    /numbers\[1\]/,
  );
  assert.throws(() => decodeServerMessage(op({ kind: "vegaLiteChart", spec: {} })), /"datasets" is missing/);
  const plotly = { kind: "plotlyChart", figure: { data: [] }, selectionModes: ["box"] };
  assert.doesNotThrow(() => decodeServerMessage(op(plotly)));
  assert.throws(
    () => decodeServerMessage(op({ ...plotly, selectionModes: ["circle"] })),
    /selectionModes\[0\]/,
  );
  assert.throws(() => decodeServerMessage(op({ ...plotly, theme: "dark" })), /theme/);
});

Deno.test("a table is as tall as its node says, or as its rows need up to the default", () => {
  assert.equal(tableHeight(300, 10_000), 300);
  assert.equal(tableHeight(undefined, 10_000), DEFAULT_TABLE_HEIGHT);
  assert.equal(tableHeight(undefined, 3), 4 * ROW_HEIGHT + 2);
  assert.equal(tableHeight(undefined, 0), ROW_HEIGHT + 2, "the header alone");
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
  rows.seed("t", rowsOf(0, 50), 10_000);
  const stop = rows.listen("t", shown());
  const missing = missingBlocks({ start: 40, end: 160 }, (row) => rows.has("t", row));
  rows.want("t", missing, 10_000);
  rows.want("t", missing, 10_000);
  assert.deepEqual(sent, [
    { type: "rows", table: "t", offset: 50, count: 50 },
    { type: "rows", table: "t", offset: 100, count: 100 },
  ]);
  assert.ok(rows.isPending("t", 0) && rows.isPending("t", 100));
  rows.receive({ type: "rows", table: "t", offset: 100, rowCount: 10_000, rows: rowsOf(100, 200) });
  assert.ok(!rows.isPending("t", 100));
  assert.deepEqual(rows.row("t", 150), { cells: [150, "r150"], position: 150, label: 150 });
  assert.equal(rows.row("t", 60), undefined, "still pending");
  stop();
});

Deno.test("at most a few requests are in flight; the rest wait for answers", () => {
  const { rows, sent } = fetcher();
  const stop = rows.listen("t", shown());
  const blocks = [0, 100, 200, 300, 400, 500].map((block) => ({ block, from: block }));
  rows.want("t", blocks, 10_000);
  assert.equal(sent.length, MAX_IN_FLIGHT);
  rows.receive({ type: "rows", table: "t", offset: 0, rowCount: 10_000, rows: rowsOf(0, 100) });
  rows.want("t", blocks.filter(({ block }) => !rows.has("t", block)), 10_000);
  assert.deepEqual(sent.map((message) => message.offset), [0, 100, 200, 300, 400]);
  stop();
});

Deno.test("listeners hear of arrivals; a table nobody shows any more is forgotten", () => {
  const { rows, sent } = fetcher();
  let heard = 0;
  const stop = rows.listen("t", shown(() => (heard += 1)));
  rows.want("t", [{ block: 100, from: 100 }], 1_000);
  rows.receive({ type: "rows", table: "t", offset: 100, rowCount: 10_000, rows: rowsOf(100, 200) });
  assert.equal(heard, 1);
  stop();
  assert.equal(rows.row("t", 100), undefined, "the cache went with the last listener");
  rows.receive({ type: "rows", table: "t", offset: 100, rowCount: 10_000, rows: rowsOf(100, 200) });
  assert.equal(rows.row("t", 100), undefined, "late rows of a replaced table are dropped");
  assert.equal(sent.length, 1);
});

Deno.test("elements that left the page are dropped, and with the last one their table's rows", () => {
  const { rows } = fetcher();
  let attached = true;
  let heard = 0;
  rows.listen("gone", { rowsChanged: () => (heard += 1), isShown: () => attached });
  rows.seed("gone", rowsOf(0, 50), 10_000);
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
  rows.seed("old", rowsOf(0, 50), 10_000);
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

Deno.test("a rows request for a sorted or searched view names its sort and search", () => {
  const sort = { column: "city", descending: true };
  assert.deepEqual(rowsRequest("t", 200, 1_000, { sort, search: "os" }), {
    type: "rows",
    table: "t",
    offset: 200,
    count: 100,
    sort: { column: "city", descending: true },
    search: "os",
  });
  assert.deepEqual(
    rowsRequest("t", 0, 1_000, { search: "" }),
    { type: "rows", table: "t", offset: 0, count: 100 },
    "an empty search is none",
  );
  const request = rowsRequest("t", 0, 1_000, { sort, search: "x" });
  assert.doesNotThrow(() => checkClientMessage(request));
});

Deno.test("each view of a table has its own cache key; empty searches are no search", () => {
  const sort = { column: "a", descending: false };
  const keys = [
    viewKey("t", {}),
    viewKey("t", { sort }),
    viewKey("t", { sort: { column: "a", descending: true } }),
    viewKey("t", { search: "a" }),
    viewKey("t", { sort, search: "a" }),
    viewKey("u", {}),
    viewKey("t", { sort: { column: "b", descending: false } }),
  ];
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(viewKey("t", normalizeQuery({ search: "" })), viewKey("t", {}));
  assert.equal(viewKey("t", normalizeQuery({ sort: null, search: null })), viewKey("t", {}));
  assert.deepEqual(normalizeQuery({ sort, search: "x" }), { sort, search: "x" });
  // A column named like a search does not collide with it.
  assert.ok(viewKey("t", { sort: { column: "x", descending: false } }) !== viewKey("t", { search: "+x" }));
});

Deno.test("a header click cycles ascending, descending, unsorted; another column starts ascending", () => {
  let sort = nextSort(undefined, "price");
  assert.deepEqual(sort, { column: "price", descending: false });
  sort = nextSort(sort, "price");
  assert.deepEqual(sort, { column: "price", descending: true });
  sort = nextSort(sort, "price");
  assert.equal(sort, undefined);
  assert.deepEqual(nextSort({ column: "price", descending: true }, "city"), {
    column: "city",
    descending: false,
  });
});

Deno.test("a sort survives a new table while its column is still there", () => {
  const sort = { column: "price", descending: true };
  assert.deepEqual(keptSort(sort, [{ name: "city", type: "text" }, { name: "price", type: "number" }]), sort);
  assert.equal(keptSort(sort, [{ name: "city", type: "text" }]), undefined);
  assert.equal(keptSort(undefined, [{ name: "city", type: "text" }]), undefined);
});

Deno.test("the CSV download names the session, the table and the view", () => {
  const base = "https://apps.example.com/sales/";
  assert.equal(
    csvUrl(base, "s1", "k3x9a", {}),
    "https://apps.example.com/sales/_stcore/table.csv?session=s1&table=k3x9a",
  );
  assert.equal(
    csvUrl(base, "s1", "k3x9a", { sort: { column: "unit price", descending: true }, search: "a&b" }),
    "https://apps.example.com/sales/_stcore/table.csv?session=s1&table=k3x9a&sort=unit+price&descending=1&search=a%26b",
  );
  assert.equal(
    csvUrl("http://localhost:8501/", "s", "t", { sort: { column: "x", descending: false } }),
    "http://localhost:8501/_stcore/table.csv?session=s&table=t&sort=x",
  );
});

Deno.test("a body too tall for the browser is capped, and scrolling maps to every row", () => {
  const viewport = 400 - ROW_HEIGHT;
  // Small tables: the identity.
  assert.equal(bodyHeight(1_000), 32_000);
  assert.equal(contentOffset(5_000, viewport, 1_000), 5_000);
  assert.equal(scrollTopFor(5_000, viewport, 1_000), 5_000);
  assert.equal(rowTop(100, 3_200, 3_200), 3_200);
  // A million rows: 32 million pixels of rows in a body of MAX_BODY_HEIGHT.
  const rows = 1_000_000;
  assert.equal(bodyHeight(rows), MAX_BODY_HEIGHT);
  assert.ok(MAX_BODY_HEIGHT < 16_000_000, "below Chromium's cap on an element's height");
  const maxScroll = MAX_BODY_HEIGHT - viewport;
  assert.equal(contentOffset(0, viewport, rows), 0);
  const end = contentOffset(maxScroll, viewport, rows);
  assert.equal(end, rows * ROW_HEIGHT - viewport, "the bottom shows the very last row");
  assert.deepEqual(visibleRows(end, 400, rows, 0), { start: rows - 12, end: rows }, "11.5 rows in view");
  // Halfway down the scrollbar is halfway down the rows.
  const middle = contentOffset(maxScroll / 2, viewport, rows);
  assert.equal(Math.round(middle / ROW_HEIGHT), Math.round((rows * ROW_HEIGHT - viewport) / 2 / ROW_HEIGHT));
  // The inverse, and rows drawn where the viewport is.
  assert.ok(Math.abs(scrollTopFor(middle, viewport, rows) - maxScroll / 2) < 1e-6);
  const scrollTop = maxScroll / 2;
  const first = Math.floor(middle / ROW_HEIGHT);
  const top = rowTop(first, scrollTop, middle);
  assert.ok(
    top <= scrollTop && top > scrollTop - ROW_HEIGHT,
    "the first row in view is at the viewport's top",
  );
  assert.equal(rowTop(first + 1, scrollTop, middle) - top, ROW_HEIGHT, "rows keep their height");
  // Last row's bottom is the body's bottom.
  assert.equal(rowTop(rows - 1, maxScroll, end) + ROW_HEIGHT, MAX_BODY_HEIGHT);
  // Out-of-range scroll positions are clamped.
  assert.equal(contentOffset(-10, viewport, rows), 0);
  assert.equal(contentOffset(MAX_BODY_HEIGHT * 2, viewport, rows), end);
  assert.equal(contentOffset(0, 0, 0), 0, "an empty table");
});

Deno.test("keyboard moves keep the active row in view, moving as little as possible", () => {
  const viewport = 320; // ten rows
  assert.equal(offsetShowing(5, 0, viewport, 1_000), 0, "already in view");
  assert.equal(
    offsetShowing(10, 0, viewport, 1_000),
    11 * ROW_HEIGHT - viewport,
    "just below: scroll one row",
  );
  assert.equal(
    offsetShowing(3, 10 * ROW_HEIGHT, viewport, 1_000),
    3 * ROW_HEIGHT,
    "above: it becomes the top",
  );
  assert.equal(offsetShowing(999_999, 0, viewport, 1_000_000), 1_000_000 * ROW_HEIGHT - viewport);
  assert.equal(rowAfterKey("ArrowDown", 3, 10, 5), 4);
  assert.equal(rowAfterKey("ArrowDown", 9, 10, 5), 9, "the last row stays");
  assert.equal(rowAfterKey("ArrowUp", 0, 10, 5), 0);
  assert.equal(rowAfterKey("PageDown", 0, 1_000, 10), 9);
  assert.equal(rowAfterKey("PageUp", 100, 1_000, 10), 91);
  assert.equal(rowAfterKey("End", 0, 1_000_000, 10), 999_999);
  assert.equal(rowAfterKey("Home", 500, 1_000, 10), 0);
  assert.equal(rowAfterKey("ArrowLeft", 5, 10, 5), null, "not a row key");
});

Deno.test("columns: checkboxes and index first, pinned columns next with sticky offsets, then the rest", () => {
  const layout = columnLayout(
    [
      { name: "city", type: "text" },
      { name: "id", type: "integer", pinned: true, width: "small" },
      { name: "notes", type: "text", widthPoints: 333 },
      { name: "ok", type: "boolean" },
      { name: "long", type: "text" },
    ],
    [["Oslo, Norway", 1, "n", true, "x".repeat(200)]],
    { select: true, index: true, rowCount: 10_000 },
  );
  assert.deepEqual(layout.columns.map((entry) => entry.column?.name ?? entry.role), [
    "select",
    "index",
    "id",
    "city",
    "notes",
    "ok",
    "long",
  ]);
  const [select, index, id, city, notes, ok, long] = layout.columns;
  assert.equal(select.width, SELECT_COLUMN_PX);
  assert.deepEqual([select.left, index.left, id.left], [0, SELECT_COLUMN_PX, SELECT_COLUMN_PX + index.width]);
  assert.equal(city.left, null, "not pinned");
  assert.equal(id.width, WIDTH_PRESETS.small);
  assert.equal(notes.width, 333, "widthPoints wins");
  assert.ok(notes.fixed && id.fixed && !city.fixed, "explicit and pinned widths are kept; others may grow");
  assert.equal(long.width, 320, "at most the maximum");
  assert.ok(ok.width >= 64, "a checkbox column");
  assert.ok(city.width > 64 && city.width < 320);
  assert.ok(index.width >= 4 * 8, "the index fits 9999");
  assert.equal(layout.template.split(" ")[0], `${SELECT_COLUMN_PX}px`);
  assert.ok(layout.template.includes("minmax("));
  const bare = columnLayout([{ name: "a", type: "text", label: "A long label for a column" }], [], {
    select: false,
    index: false,
    rowCount: 1,
    fitContent: true,
  });
  assert.deepEqual(bare.columns.map((entry) => entry.role), ["data"]);
  assert.ok(!bare.template.includes("minmax("), "fitContent: no column grows");
  assert.ok(bare.columns[0].width > 25 * 8, "the header's label fits");
  const labelled = columnLayout([], [], { select: false, index: true, rowCount: 3, labels: [1_000_000, 2] });
  assert.ok(labelled.columns[0].width >= 7 * 8, "the index fits its widest label");
});

Deno.test("views of a table are cached apart, with their row counts, positions and labels", () => {
  const { rows, sent } = fetcher();
  rows.seed("t", rowsOf(0, 50), 1_000, Array.from({ length: 50 }, (_, i) => 500 + i));
  const stop = rows.listen("t", shown());
  assert.deepEqual(rows.row("t", 3), { cells: [3, "r3"], position: 3, label: 503 }, "the node's labels");
  assert.equal(rows.rowCount("t"), 1_000);
  const sorted = { sort: { column: "b", descending: true } };
  assert.equal(rows.row("t", 3, sorted), undefined, "a sorted view starts empty");
  assert.equal(rows.rowCount("t", sorted), undefined);
  rows.want("t", [{ block: 0, from: 0 }], Number.MAX_SAFE_INTEGER, sorted);
  assert.deepEqual(sent.at(-1), {
    type: "rows",
    table: "t",
    offset: 0,
    count: 100,
    sort: { column: "b", descending: true },
  });
  assert.ok(rows.isLoading("t", sorted) && !rows.isLoading("t"));
  rows.receive({
    type: "rows",
    table: "t",
    sort: { column: "b", descending: true },
    offset: 0,
    rowCount: 1_000,
    rows: [[9, "r9"], [4, "r4"]],
    positions: [9, 4],
    labels: [509, 504],
  });
  assert.deepEqual(rows.row("t", 1, sorted), { cells: [4, "r4"], position: 4, label: 504 });
  assert.deepEqual(rows.row("t", 1), { cells: [1, "r1"], position: 1, label: 501 }, "the own order is apart");
  const searched = { search: "r1" };
  rows.want("t", [{ block: 0, from: 0 }], Number.MAX_SAFE_INTEGER, searched);
  rows.receive({
    type: "rows",
    table: "t",
    search: "r1",
    offset: 0,
    rowCount: 1,
    rows: [[1, "r1"]],
    positions: [1],
  });
  assert.equal(rows.rowCount("t", searched), 1, "the view's row count");
  assert.deepEqual(
    rows.row("t", 0, searched),
    { cells: [1, "r1"], position: 1, label: 1 },
    "label: position",
  );
  stop();
});

Deno.test("only a few sorted or searched views are kept per table; its own order stays", () => {
  const { rows } = fetcher();
  rows.seed("t", rowsOf(0, 50), 1_000);
  const stop = rows.listen("t", shown());
  const searches = Array.from({ length: MAX_CACHED_VIEWS + 2 }, (_, i) => `s${i}`);
  for (const search of searches) {
    rows.want("t", [{ block: 0, from: 0 }], 100, { search });
    rows.receive({ type: "rows", table: "t", search, offset: 0, rowCount: 1, rows: [[0, search]] });
  }
  assert.equal(rows.row("t", 0, { search: "s0" }), undefined, "the oldest view went");
  assert.ok(rows.has("t", 0, { search: searches.at(-1) }));
  assert.ok(rows.has("t", 0), "the table's own order is kept");
  stop();
});

Deno.test("a wheel moves a scaled body's rows by its own distance, within the rows", () => {
  const viewport = 400 - ROW_HEIGHT;
  assert.equal(wheelOffset(0, 100, 0, viewport, 1_000), null, "a body that holds every row scrolls natively");
  const rows = 1_000_000;
  assert.equal(wheelOffset(3_200, 96, 0, viewport, rows), 3_296, "pixels");
  assert.equal(wheelOffset(3_200, 3, 1, viewport, rows), 3_200 + 3 * ROW_HEIGHT, "lines are rows");
  assert.equal(wheelOffset(3_200, -1, 2, viewport, rows), 3_200 - viewport, "pages are viewports");
  assert.equal(wheelOffset(10, -100, 0, viewport, rows), 0, "not above the first row");
  const end = rows * ROW_HEIGHT - viewport;
  assert.equal(wheelOffset(end - 5, 100, 0, viewport, rows), end, "not below the last row");
});
