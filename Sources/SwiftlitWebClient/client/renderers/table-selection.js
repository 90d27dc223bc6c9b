// A selectable dataframe's value: what the user selected, as the JSON string widget value
// `{"rows":[positions],"columns":[names],"cells":[{"row":position,"column":name}]}` (Swift's
// `TableSelection`). Rows are positions in the table the app passed, never rows of a sorted or
// searched view. Pure functions; tested in Tests/WebClientTests/table-selection.test.js.

import { isPosition, widgetObject } from "./table-widget-value.js";

/** @typedef {import("../protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("../protocol-types.js").TableSelectionMode} TableSelectionMode */

/**
 * @typedef {object} TableCell
 * @property {number} row
 * @property {string} column
 */

/**
 * @typedef {object} TableSelection
 * @property {number[]} rows
 * @property {string[]} columns
 * @property {TableCell[]} cells
 */

/** @typedef {"single" | "multi" | null} SelectionArity `null`: not selectable */

/**
 * What can be selected, from the node's `selectionModes`: rows, columns and cells each single,
 * multi (multi wins when both are given) or not at all.
 * @typedef {object} SelectionCapabilities
 * @property {SelectionArity} rows
 * @property {SelectionArity} columns
 * @property {SelectionArity} cells
 */

/**
 * @param {TableSelectionMode[] | undefined} modes
 * @returns {SelectionCapabilities}
 */
export function selectionCapabilities(modes) {
  const set = new Set(modes ?? []);
  /**
   * @param {TableSelectionMode} single
   * @param {TableSelectionMode} multi
   * @returns {SelectionArity}
   */
  const arity = (single, multi) => set.has(multi) ? "multi" : set.has(single) ? "single" : null;
  return {
    rows: arity("singleRow", "multiRow"),
    columns: arity("singleColumn", "multiColumn"),
    cells: arity("singleCell", "multiCell"),
  };
}

/** @returns {TableSelection} */
export function emptySelection() {
  return { rows: [], columns: [], cells: [] };
}

/**
 * Reads the browser's widget value. Anything that is not a selection (no value yet, or a value
 * of another shape) is the empty selection.
 * @param {WidgetValue | undefined} value
 * @returns {TableSelection}
 */
export function parseSelection(value) {
  const selection = emptySelection();
  const object = widgetObject(value);
  if (object === null) return selection;
  if (Array.isArray(object.rows)) selection.rows = object.rows.filter(isPosition);
  if (Array.isArray(object.columns)) {
    selection.columns = object.columns.filter((item) => typeof item === "string");
  }
  if (Array.isArray(object.cells)) {
    for (const cell of object.cells) {
      if (
        typeof cell === "object" && cell !== null && isPosition(cell.row) && typeof cell.column === "string"
      ) {
        selection.cells.push({ row: cell.row, column: cell.column });
      }
    }
  }
  return selection;
}

/**
 * The widget value for a selection, with keys in a fixed order (equal selections, equal strings).
 * @param {TableSelection} selection
 * @returns {string}
 */
export function serializeSelection(selection) {
  return JSON.stringify({
    rows: selection.rows,
    columns: selection.columns,
    cells: selection.cells.map((cell) => ({ row: cell.row, column: cell.column })),
  });
}

/**
 * @param {TableSelection} selection
 * @returns {boolean}
 */
export function isEmptySelection(selection) {
  return selection.rows.length === 0 && selection.columns.length === 0 && selection.cells.length === 0;
}

/**
 * Toggles an item in a list: single arity keeps at most it, multi adds or removes it.
 * @template T
 * @param {T[]} items
 * @param {T} item
 * @param {(a: T, b: T) => boolean} same
 * @param {"single" | "multi"} arity
 * @param {boolean} additive multi only: `false` replaces the others (a plain click on a cell)
 * @returns {T[]}
 */
function toggle(items, item, same, arity, additive) {
  const present = items.some((other) => same(other, item));
  if (arity === "single" || !additive) {
    return present && (arity === "single" || items.length === 1) ? [] : [item];
  }
  return present ? items.filter((other) => !same(other, item)) : [...items, item];
}

/**
 * Selects or unselects a row (its checkbox was clicked): multi adds or removes it; single makes
 * it the only one, or none when it was.
 * @param {TableSelection} selection
 * @param {number} position
 * @param {"single" | "multi"} arity
 * @returns {TableSelection}
 */
export function toggleRow(selection, position, arity) {
  return { ...selection, rows: toggle(selection.rows, position, (a, b) => a === b, arity, true) };
}

/**
 * Selects or unselects a column (its header was clicked), as {@link toggleRow} does a row.
 * @param {TableSelection} selection
 * @param {string} column
 * @param {"single" | "multi"} arity
 * @returns {TableSelection}
 */
export function toggleColumn(selection, column, arity) {
  return { ...selection, columns: toggle(selection.columns, column, (a, b) => a === b, arity, true) };
}

/**
 * Selects a cell. A click makes it the only selected cell (or unselects it when it was); with
 * Ctrl or ⌘ held (`additive`), a multi-cell table adds or removes it.
 * @param {TableSelection} selection
 * @param {TableCell} cell
 * @param {"single" | "multi"} arity
 * @param {boolean} additive
 * @returns {TableSelection}
 */
export function toggleCell(selection, cell, arity, additive) {
  const same = (/** @type {TableCell} */ a, /** @type {TableCell} */ b) =>
    a.row === b.row && a.column === b.column;
  return { ...selection, cells: toggle(selection.cells, cell, same, arity, additive) };
}

/**
 * Drops what a changed table no longer has: rows past its end and columns it lost.
 * @param {TableSelection} selection
 * @param {number} rowCount
 * @param {Set<string>} columns
 * @returns {TableSelection}
 */
export function clampSelection(selection, rowCount, columns) {
  return {
    rows: selection.rows.filter((row) => row < rowCount),
    columns: selection.columns.filter((column) => columns.has(column)),
    cells: selection.cells.filter((cell) => cell.row < rowCount && columns.has(cell.column)),
  };
}
