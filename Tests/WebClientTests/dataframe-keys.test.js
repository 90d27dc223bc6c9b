import assert from "./assert.js";
import { gridKeyAction } from "../../Sources/SwiftlitWebClient/client/renderers/dataframe-keys.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/renderers/dataframe-keys.js").GridKeyState} GridKeyState */

/**
 * A grid with the keyboard on row 5, column 2 (a data column) of 1,000 rows.
 * @param {Partial<GridKeyState>} [fields]
 * @returns {GridKeyState}
 */
const grid = (fields = {}) => ({
  row: 5,
  col: 2,
  rowCount: 1_000,
  columnCount: 6,
  pageRows: 10,
  role: "data",
  editor: false,
  editable: false,
  checkbox: false,
  link: false,
  searchable: true,
  marked: 0,
  selection: { rows: null, columns: null, cells: null },
  ...fields,
});

Deno.test("arrows, pages, Home and End move the active cell", () => {
  assert.deepEqual(gridKeyAction({ key: "ArrowDown" }, grid()), { type: "move", row: 6, col: 2 });
  assert.deepEqual(gridKeyAction({ key: "ArrowLeft" }, grid()), { type: "move", row: 5, col: 1 });
  assert.deepEqual(gridKeyAction({ key: "ArrowRight" }, grid({ col: 5 })), { type: "move", row: 5, col: 5 });
  assert.deepEqual(gridKeyAction({ key: "PageDown" }, grid()), { type: "move", row: 14, col: 2 });
  assert.deepEqual(gridKeyAction({ key: "End" }, grid()), { type: "move", row: 999, col: 2 });
  assert.deepEqual(gridKeyAction({ key: "Home", ctrl: true }, grid()), { type: "move", row: 0, col: 2 });
  assert.equal(gridKeyAction({ key: "ArrowDown" }, grid({ rowCount: 0 })), null, "an empty grid");
});

Deno.test("Space selects: the row in the checkbox column, the cell, else the row", () => {
  const selectable = {
    rows: /** @type {"multi"} */ ("multi"),
    columns: null,
    cells: /** @type {"single"} */ ("single"),
  };
  assert.deepEqual(gridKeyAction({ key: " " }, grid({ role: "select", selection: selectable })), {
    type: "toggleRow",
  });
  assert.deepEqual(gridKeyAction({ key: " " }, grid({ selection: selectable })), {
    type: "toggleCell",
    additive: true,
  });
  assert.deepEqual(
    gridKeyAction({ key: " " }, grid({ selection: { rows: "single", columns: null, cells: null } })),
    {
      type: "toggleRow",
    },
  );
  assert.equal(gridKeyAction({ key: " " }, grid()), null, "nothing to select: the page scrolls");
});

Deno.test("Enter follows a link, or selects the cell", () => {
  assert.deepEqual(gridKeyAction({ key: "Enter" }, grid({ link: true })), { type: "followLink" });
  assert.deepEqual(
    gridKeyAction({ key: "Enter" }, grid({ selection: { rows: null, columns: null, cells: "multi" } })),
    { type: "toggleCell", additive: false },
  );
  assert.equal(gridKeyAction({ key: "Enter" }, grid()), null);
});

Deno.test("in a data editor: Enter, Space and typing edit; Delete deletes marked rows or empties the cell", () => {
  const editor = grid({ editor: true, editable: true });
  assert.deepEqual(gridKeyAction({ key: "Enter" }, editor), { type: "edit" });
  assert.deepEqual(gridKeyAction({ key: "x" }, editor), { type: "edit", typed: "x" });
  assert.deepEqual(gridKeyAction({ key: " " }, editor), { type: "edit", typed: " " });
  assert.deepEqual(gridKeyAction({ key: " " }, { ...editor, checkbox: true }), { type: "edit" }, "toggles");
  assert.equal(gridKeyAction({ key: "x" }, { ...editor, checkbox: true }), null);
  assert.equal(gridKeyAction({ key: "x", ctrl: true }, editor), null, "shortcuts are not typing");
  assert.equal(gridKeyAction({ key: "Tab" }, editor), null, "Tab leaves the grid");
  assert.equal(gridKeyAction({ key: "x" }, { ...editor, editable: false }), null, "a disabled column");
  assert.equal(gridKeyAction({ key: "Enter" }, { ...editor, editable: false }), null);
  assert.deepEqual(gridKeyAction({ key: "Delete" }, editor), { type: "clearCell" });
  assert.deepEqual(gridKeyAction({ key: "Backspace" }, { ...editor, marked: 2 }), { type: "deleteRows" });
  assert.equal(gridKeyAction({ key: "Delete" }, grid()), null, "a dataframe deletes nothing");
  assert.deepEqual(gridKeyAction({ key: "Escape" }, { ...editor, marked: 1 }), { type: "unmark" });
  assert.equal(gridKeyAction({ key: "Escape" }, editor), null);
});

Deno.test("Ctrl or ⌘ F opens the search where there is one", () => {
  assert.deepEqual(gridKeyAction({ key: "f", ctrl: true }, grid()), { type: "openSearch" });
  assert.deepEqual(gridKeyAction({ key: "F", meta: true }, grid({ rowCount: 0 })), { type: "openSearch" });
  assert.equal(
    gridKeyAction({ key: "f", ctrl: true }, grid({ searchable: false })),
    null,
    "the browser's find",
  );
});
