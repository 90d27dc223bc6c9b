import assert from "./assert.js";
import {
  addedRowCells,
  addRow,
  cellProblem,
  deleteRows,
  editedCells,
  emptyEdits,
  isEditable,
  issueRow,
  issuesByCell,
  overlayRow,
  parseCellInput,
  parseEdits,
  parseNumberInput,
  rowPolicy,
  rowSource,
  serializeEdits,
  setCell,
  shownIndex,
  shownRowCount,
} from "../../Sources/SwiftlitWebClient/client/renderers/table-edits.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol-data.js").DataColumn} DataColumn */

/**
 * @param {Partial<DataColumn>} fields
 * @returns {DataColumn}
 */
const column = (fields) => ({ name: "c", type: "text", ...fields });

Deno.test("the value is the JSON string the server decodes as TableEdits", () => {
  const edits = {
    edited: [{ row: 2, column: "price", value: 9.5 }],
    added: [{ city: "Rome", sunny: true }],
    deleted: [0, 4],
  };
  const text = serializeEdits(edits);
  assert.equal(
    text,
    '{"edited":[{"row":2,"column":"price","value":9.5}],"added":[{"city":"Rome","sunny":true}],"deleted":[0,4]}',
  );
  assert.deepEqual(parseEdits(text), edits);
  assert.deepEqual(parseEdits(undefined), emptyEdits());
  assert.deepEqual(parseEdits("garbage"), emptyEdits());
  assert.deepEqual(
    parseEdits(
      '{"edited":[{"row":-1,"column":"a","value":1},{"row":1,"column":"a","value":[1]}],"deleted":[3,1,3]}',
    ),
    { edited: [], added: [], deleted: [1, 3] },
    "bad edits are dropped, deletions sorted and unique",
  );
});

Deno.test("a later edit of a cell replaces the earlier one, at the end of the list", () => {
  let edits = setCell(emptyEdits(), { position: 1 }, "a", 1);
  edits = setCell(edits, { position: 2 }, "a", 2);
  edits = setCell(edits, { position: 1 }, "a", 3);
  assert.deepEqual(edits.edited, [{ row: 2, column: "a", value: 2 }, { row: 1, column: "a", value: 3 }]);
  edits = setCell(addRow(edits), { added: 0 }, "b", "new");
  assert.deepEqual(edits.added, [{ b: "new" }], "an added row's cells are set in the row");
  assert.equal(edits.edited.length, 2);
});

Deno.test("shown rows skip deleted ones; added rows follow the table's", () => {
  const deleted = [1, 2, 5];
  const sources = Array.from(
    { length: shownRowCount(7, { ...emptyEdits(), deleted, added: [{}, {}] }) },
    (_, i) => rowSource(i, 7, deleted),
  );
  assert.deepEqual(sources, [
    { position: 0 },
    { position: 3 },
    { position: 4 },
    { position: 6 },
    { added: 0 },
    { added: 1 },
  ]);
  sources.forEach((source, i) => assert.equal(shownIndex(/** @type {any} */ (source), 7, deleted), i));
  assert.equal(shownIndex({ position: 2 }, 7, deleted), -1, "a deleted row is not shown");
  assert.equal(rowSource(-1, 7, deleted), null);
  assert.equal(
    shownRowCount(3, { ...emptyEdits(), deleted: [1, 7] }),
    2,
    "stale deletions past the end do not count",
  );
  // A million rows with a deletion near the end: the mapping stays exact.
  assert.deepEqual(rowSource(999_990, 1_000_000, [10, 999_990]), { position: 999_992 });
});

Deno.test("issues name table rows by position and added rows after the table's", () => {
  assert.equal(issueRow({ position: 4 }, 10), 4);
  assert.equal(issueRow({ added: 1 }, 10), 11);
  const issues = issuesByCell([{ row: 11, column: "price", message: "must be positive" }]);
  assert.equal(issues.get("11\u0000price"), "must be positive");
});

Deno.test("deleting rows: added ones leave the list, table rows join the deleted with their edits gone", () => {
  let edits = setCell(emptyEdits(), { position: 3 }, "a", 1);
  edits = setCell(edits, { position: 4 }, "a", 2);
  edits = addRow(addRow(edits));
  edits = setCell(edits, { added: 1 }, "a", "second");
  edits = deleteRows(edits, [{ position: 3 }, { added: 0 }, { position: 1 }]);
  assert.deepEqual(edits, {
    edited: [{ row: 4, column: "a", value: 2 }],
    added: [{ a: "second" }],
    deleted: [1, 3],
  });
});

Deno.test("edits are laid over the table's rows; added rows are empty where unset", () => {
  const columns = [column({ name: "a" }), column({ name: "b", type: "number" })];
  const edited = editedCells(setCell(emptyEdits(), { position: 7 }, "b", 42));
  assert.deepEqual(overlayRow(["x", 1], columns, 7, edited), ["x", 42]);
  assert.deepEqual(overlayRow(["y", 2], columns, 8, edited), ["y", 2]);
  const none = editedCells(emptyEdits());
  const row = ["z", 3];
  assert.equal(overlayRow(row, columns, 7, none), row, "no edits: the row itself");
  assert.deepEqual(addedRowCells({ b: 5 }, columns), [null, 5]);
});

Deno.test("typed input becomes a typed value; text that is no number stays raw text", () => {
  assert.equal(parseCellInput("42", column({ type: "number" }), 1), 42);
  assert.equal(parseCellInput(" 1,234.5 ", column({ type: "number" }), 1), 1234.5);
  assert.equal(parseCellInput("-3e2", column({ type: "integer" }), 1), -300);
  assert.equal(
    parseCellInput("abc", column({ type: "number" }), 1),
    "abc",
    "sent raw, for the server to refuse",
  );
  assert.equal(parseCellInput("12abc", column({ type: "number" }), 1), "12abc");
  assert.equal(parseCellInput("", column({ type: "number" }), 1), null, "empty is missing");
  assert.equal(parseCellInput("", column({}), "x"), null);
  assert.equal(parseCellInput("  spaced ", column({}), "x"), "  spaced ", "text is kept as typed");
  assert.equal(parseCellInput("yes", column({ type: "boolean" }), false), true);
  assert.equal(parseCellInput("2024-06-02", column({ type: "date" }), "2024-05-01"), "2024-06-02");
  assert.equal(
    parseCellInput("2024-06-02T08:30", column({ type: "datetime" }), "2024-05-01T13:45:00-04:00"),
    "2024-06-02T08:30:00-04:00",
  );
  assert.equal(parseCellInput("8", column({ type: "integer", kind: "selectbox", options: ["8"] }), 1), 8);
  assert.equal(parseNumberInput("1_000"), 1000);
  assert.equal(parseNumberInput("1e999"), null);
  assert.equal(parseNumberInput("0x10"), null);
});

Deno.test("the browser flags what it can tell is wrong before the server says", () => {
  assert.equal(cellProblem(column({ required: true }), null, true), "A value is required.");
  assert.equal(cellProblem(column({ required: true }), null, false), null, "only added rows must be filled");
  assert.equal(cellProblem(column({ required: true }), "x", true), null);
  const number = column({ type: "number", min: 0, max: 10 });
  assert.ok(cellProblem(number, "abc", false)?.includes("not a number"));
  assert.ok(cellProblem(number, -1, false)?.includes("at least 0"));
  assert.ok(cellProblem(number, 11, false)?.includes("at most 10"));
  assert.equal(cellProblem(number, 5, false), null);
  assert.ok(cellProblem(column({ type: "integer" }), 1.5, false)?.includes("whole"));
  assert.ok(cellProblem(column({ maxChars: 3 }), "abcd", false)?.includes("3 characters"));
  assert.equal(cellProblem(column({ maxChars: 3 }), "abc", false), null);
  assert.ok(
    cellProblem(column({ validate: "[a-z]+" }), "abc1", false) !== null,
    "the whole value must match",
  );
  assert.equal(cellProblem(column({ validate: "[a-z]+" }), "abc", false), null);
  assert.equal(
    cellProblem(column({ validate: "([" }), "abc", false),
    null,
    "a bad pattern: the server decides",
  );
  assert.ok(cellProblem(column({ kind: "selectbox", options: ["a"] }), "b", false) !== null);
});

Deno.test("row policies and editable kinds", () => {
  assert.deepEqual(rowPolicy("dynamic"), { add: true, delete: true });
  assert.deepEqual(rowPolicy("add"), { add: true, delete: false });
  assert.deepEqual(rowPolicy("delete"), { add: false, delete: true });
  assert.deepEqual(rowPolicy("fixed"), { add: false, delete: false });
  assert.ok(isEditable(column({ type: "number" })));
  assert.ok(isEditable(column({ type: "boolean" })));
  assert.ok(!isEditable(column({ type: "number", disabled: true })));
  assert.ok(!isEditable(column({ type: "json", kind: "list" })));
  assert.ok(!isEditable(column({ type: "number", kind: "progress" })));
});
