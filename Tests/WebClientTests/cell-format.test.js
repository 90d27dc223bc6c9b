import assert from "./assert.js";
import {
  cellText,
  cellView,
  chartRange,
  columnKind,
  formatCellNumber,
  imageSrc,
  isNumericColumn,
  linkHref,
  linkText,
  numberArray,
  progressView,
} from "../../Sources/SwiftlitWebClient/client/renderers/cell-format.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol-data.js").DataColumn} DataColumn */

/**
 * @param {Partial<DataColumn>} fields
 * @returns {DataColumn}
 */
const column = (fields) => ({ name: "c", type: "text", ...fields });
const options = { locale: "en-US", now: Date.parse("2024-05-04T12:00:00Z") };

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

Deno.test("a column's kind defaults from its type", () => {
  assert.equal(columnKind(column({ type: "number" })), "number");
  assert.equal(columnKind(column({ type: "integer" })), "number");
  assert.equal(columnKind(column({ type: "boolean" })), "checkbox");
  assert.equal(columnKind(column({ type: "datetime" })), "datetime");
  assert.equal(columnKind(column({ type: "json" })), "json");
  assert.equal(columnKind(column({ type: "text", kind: "link" })), "link");
  assert.ok(
    isNumericColumn(column({ type: "integer" })) &&
      isNumericColumn(column({ type: "number", kind: "progress" })),
  );
  assert.ok(!isNumericColumn(column({ type: "number", kind: "text" })));
});

Deno.test("cells read by column: integers whole, numbers by format, null None", () => {
  assert.deepEqual(cellView(3, column({ type: "integer" })), { type: "text", text: "3" });
  assert.deepEqual(cellView(3.25, column({ type: "integer" })), { type: "text", text: "3.25" });
  assert.deepEqual(cellView(1 / 3, column({ type: "number" })), { type: "text", text: "0.3333" });
  assert.deepEqual(cellView(1234.5, column({ type: "number", format: "dollar" }), options), {
    type: "text",
    text: "$1,234.50",
  });
  assert.deepEqual(cellView(0.1234, column({ type: "number", format: "percent" }), options), {
    type: "text",
    text: "12.34%",
  });
  assert.deepEqual(cellView(7, column({ type: "integer", format: "%d pcs" })), {
    type: "text",
    text: "7 pcs",
  });
  assert.deepEqual(cellView(null, column({ type: "text" })), { type: "text", text: "None", missing: true });
  assert.deepEqual(cellView(undefined, column({ type: "number" })), {
    type: "text",
    text: "None",
    missing: true,
  });
  assert.deepEqual(cellView("Oslo", column({})), { type: "text", text: "Oslo" });
  assert.deepEqual(cellView(true, column({ type: "text" })), { type: "text", text: "true" });
});

Deno.test("dates, times and datetimes by their column's format", () => {
  assert.equal(cellText("2024-05-01", column({ type: "date" }), options), "2024-05-01");
  assert.equal(
    cellText("2024-05-01", column({ type: "date", format: "MMM D, YYYY" }), options),
    "May 1, 2024",
  );
  assert.equal(
    cellText("2024-05-01T13:45:00Z", column({ type: "datetime", format: "distance" }), options),
    "3 days ago",
  );
  assert.equal(
    cellText("2024-05-01T13:45:00Z", column({ type: "datetime", kind: "date" }), options),
    "2024-05-01",
  );
  assert.equal(
    cellText("2024-05-01T13:45:00Z", column({ type: "datetime", kind: "time" }), options),
    "13:45:00",
  );
  assert.equal(cellText("13:45:00", column({ type: "time", format: "h:mm a" }), options), "1:45 pm");
});

Deno.test("booleans are checkboxes; missing ones are empty", () => {
  assert.deepEqual(cellView(true, column({ type: "boolean" })), { type: "checkbox", checked: true });
  assert.deepEqual(cellView(false, column({ type: "boolean" })), { type: "checkbox", checked: false });
  assert.deepEqual(cellView(null, column({ type: "boolean" })), { type: "checkbox", checked: null });
  assert.equal(cellText(true, column({ type: "boolean" })), "true");
});

Deno.test("links go only to web and mail addresses; their text may come from a pattern", () => {
  assert.equal(linkHref("https://docs.example.com/a"), "https://docs.example.com/a");
  assert.equal(linkHref("  mailto:ann@example.com "), "mailto:ann@example.com");
  assert.equal(linkHref("javascript:alert(1)"), null);
  assert.equal(linkHref("data:text/html,<b>"), null);
  assert.equal(linkHref("/relative/path"), null);
  assert.equal(linkHref("JaVaScRiPt:alert(1)"), null);
  assert.equal(linkText("https://docs.example.com", undefined), "https://docs.example.com");
  assert.equal(linkText("https://docs.example.com", "Open"), "Open", "fixed text");
  assert.equal(
    linkText("https://docs.example.com", "https://(.*?)\\.example\\.com"),
    "docs",
    "the first group",
  );
  assert.equal(
    linkText("https://other.org", "https://(.*?)\\.example\\.com"),
    "https://other.org",
    "no match",
  );
  assert.equal(linkText("https://x.com/caf%C3%A9", "https://x\\.com/(.*)"), "café", "decoded");
  assert.equal(linkText("https://x.com", "(unclosed"), "(unclosed", "not a pattern: fixed text");
  assert.equal(linkText("https://x.com", "(?:no)|group"), "(?:no)|group", "no capture group: fixed text");
  assert.deepEqual(cellView("javascript:alert(1)", column({ kind: "link" })), {
    type: "link",
    href: null,
    text: "javascript:alert(1)",
  });
  assert.deepEqual(cellView(null, column({ kind: "link" })), { type: "empty" });
});

Deno.test("images load only from web addresses and data: images", () => {
  assert.equal(imageSrc("https://example.com/a.png"), "https://example.com/a.png");
  assert.equal(imageSrc("data:image/png;base64,AAAA"), "data:image/png;base64,AAAA");
  assert.equal(imageSrc("data:text/html;base64,AAAA"), null);
  assert.equal(imageSrc("javascript:alert(1)"), null);
  assert.equal(imageSrc("file:///etc/passwd"), null);
});

Deno.test("progress bars fill between min and max, 0…1 or 0…100 by default", () => {
  assert.deepEqual(progressView(0.25, column({ type: "number" }), "en-US"), {
    type: "progress",
    fraction: 0.25,
    text: "0.25",
  });
  assert.equal(progressView(40, column({ type: "number" }), "en-US").fraction, 0.4, "above 1: out of 100");
  assert.equal(progressView(150, column({ type: "number", min: 100, max: 200 }), "en-US").fraction, 0.5);
  assert.equal(progressView(300, column({ type: "number", max: 200 }), "en-US").fraction, 1, "clamped");
  assert.equal(progressView(-5, column({ type: "number" }), "en-US").fraction, 0);
  assert.equal(progressView(0.5, column({ type: "number", format: "percent" }), "en-US").text, "50.00%");
  assert.equal(
    progressView(1, column({ type: "number", min: 1, max: 1 }), "en-US").fraction,
    0,
    "an empty range",
  );
});

Deno.test("lists show as chips, JSON as compact text", () => {
  assert.deepEqual(cellView(["a", 2, null, { b: 1 }], column({ type: "json", kind: "list" })), {
    type: "chips",
    items: ["a", "2", "None", '{"b":1}'],
  });
  assert.deepEqual(cellView({ a: [1, 2] }, column({ type: "json" })), { type: "text", text: '{"a":[1,2]}' });
  assert.deepEqual(cellView("plain", column({ type: "json" })), { type: "text", text: "plain" });
  assert.deepEqual(cellView("not a list", column({ type: "json", kind: "list" })), {
    type: "text",
    text: "not a list",
  });
});

Deno.test("sparkline cells: numbers (gaps skipped), range from the column or the data", () => {
  assert.deepEqual(numberArray([1, null, 3]), [1, 3]);
  assert.equal(numberArray([1, "x"]), null);
  assert.equal(numberArray(5), null);
  assert.deepEqual(chartRange([2, 5, 3], column({ type: "json", kind: "lineChart" })), [2, 5]);
  assert.deepEqual(
    chartRange([2, 5], column({ type: "json", kind: "barChart" })),
    [0, 5],
    "bars grow from 0",
  );
  assert.deepEqual(chartRange([2, 5], column({ type: "json", kind: "lineChart", min: 0, max: 10 })), [0, 10]);
  assert.deepEqual(chartRange([4, 4], column({ type: "json", kind: "lineChart" })), [3, 5], "a flat line");
  const view = cellView([1, 8, 3], column({ type: "json", kind: "areaChart" }));
  assert.deepEqual(view, { type: "chart", chart: "areaChart", values: [1, 8, 3], min: 1, max: 8 });
  assert.equal(
    cellText([1, 8, 3], column({ type: "json", kind: "lineChart" })),
    "Line chart of 3 values from 1 to 8",
  );
  assert.deepEqual(cellView(null, column({ type: "json", kind: "lineChart" })), { type: "empty" });
});
