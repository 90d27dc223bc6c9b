import assert from "./assert.js";
import {
  clampSelection,
  emptySelection,
  isEmptySelection,
  parseSelection,
  selectionCapabilities,
  serializeSelection,
  toggleCell,
  toggleColumn,
  toggleRow,
} from "../../Sources/SwiftlitWebClient/client/renderers/table-selection.js";

Deno.test("selection modes: single or multi rows, columns and cells", () => {
  assert.deepEqual(selectionCapabilities(undefined), { rows: null, columns: null, cells: null });
  assert.deepEqual(selectionCapabilities(["multiRow", "singleColumn"]), {
    rows: "multi",
    columns: "single",
    cells: null,
  });
  assert.deepEqual(selectionCapabilities(["singleCell", "multiCell"]).cells, "multi", "multi wins");
});

Deno.test("the value is the JSON string the server decodes as a TableSelection", () => {
  const selection = { rows: [3, 1], columns: ["city"], cells: [{ row: 2, column: "price" }] };
  const text = serializeSelection(selection);
  assert.equal(text, '{"rows":[3,1],"columns":["city"],"cells":[{"row":2,"column":"price"}]}');
  assert.deepEqual(parseSelection(text), selection);
  assert.equal(serializeSelection(emptySelection()), '{"rows":[],"columns":[],"cells":[]}');
});

Deno.test("values that are no selection read as the empty one; bad parts are dropped", () => {
  for (const value of [undefined, null, 3, "", "not json", "[]", "null", ["a"]]) {
    assert.deepEqual(parseSelection(value), emptySelection(), JSON.stringify(value));
  }
  assert.deepEqual(
    parseSelection('{"rows":[1,-1,2.5,"3",4],"columns":["a",5],"cells":[{"row":1},{"row":0,"column":"b"}]}'),
    { rows: [1, 4], columns: ["a"], cells: [{ row: 0, column: "b" }] },
  );
  assert.ok(isEmptySelection(parseSelection("{}")));
});

Deno.test("rows: multi adds and removes, single replaces or clears", () => {
  let selection = toggleRow(emptySelection(), 5, "multi");
  selection = toggleRow(selection, 9, "multi");
  assert.deepEqual(selection.rows, [5, 9]);
  assert.deepEqual(toggleRow(selection, 5, "multi").rows, [9]);
  assert.deepEqual(toggleRow({ ...emptySelection(), rows: [5] }, 9, "single").rows, [9]);
  assert.deepEqual(toggleRow({ ...emptySelection(), rows: [9] }, 9, "single").rows, []);
  const kept = toggleRow({ rows: [], columns: ["a"], cells: [{ row: 1, column: "a" }] }, 2, "multi");
  assert.deepEqual(kept, { rows: [2], columns: ["a"], cells: [{ row: 1, column: "a" }] }, "other parts stay");
});

Deno.test("columns toggle like rows", () => {
  assert.deepEqual(toggleColumn(toggleColumn(emptySelection(), "a", "multi"), "b", "multi").columns, [
    "a",
    "b",
  ]);
  assert.deepEqual(toggleColumn({ ...emptySelection(), columns: ["a"] }, "b", "single").columns, ["b"]);
  assert.deepEqual(toggleColumn({ ...emptySelection(), columns: ["a"] }, "a", "single").columns, []);
});

Deno.test("cells: a click selects only it, Ctrl-click adds in multi-cell tables", () => {
  const a = { row: 1, column: "x" };
  const b = { row: 2, column: "y" };
  let selection = toggleCell(emptySelection(), a, "multi", false);
  selection = toggleCell(selection, b, "multi", true);
  assert.deepEqual(selection.cells, [a, b]);
  assert.deepEqual(toggleCell(selection, a, "multi", true).cells, [b], "Ctrl-click removes");
  assert.deepEqual(toggleCell(selection, a, "multi", false).cells, [a], "a plain click keeps only it");
  assert.deepEqual(
    toggleCell({ ...emptySelection(), cells: [a] }, a, "multi", false).cells,
    [],
    "clicked again",
  );
  assert.deepEqual(toggleCell({ ...emptySelection(), cells: [a] }, b, "single", true).cells, [b]);
});

Deno.test("a changed table drops selected rows past its end and columns it lost", () => {
  const selection = {
    rows: [1, 50],
    columns: ["a", "gone"],
    cells: [{ row: 2, column: "a" }, { row: 60, column: "a" }],
  };
  assert.deepEqual(clampSelection(selection, 10, new Set(["a"])), {
    rows: [1],
    columns: ["a"],
    cells: [{ row: 2, column: "a" }],
  });
});
