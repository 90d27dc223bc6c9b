// A data editor's value: everything the user changed, as the JSON string widget value
// `{"edited":[{"row":position,"column":name,"value":v}],"added":[{name: v}],"deleted":[positions]}`
// (Swift's `TableEdits`, Streamlit's edited_rows / added_rows / deleted_rows). The node's rows are
// the app's table without edits; the browser keeps this value and lays it over them: edited cells
// show their new value, deleted rows are left out, added rows follow the table's rows.
//
//   shown row:   0   1   2   3 | 4   5          table of 5 rows, row 2 deleted, two rows added
//   source:     p0  p1  p3  p4 | a0  a1         p = position in the table, a = added row
//
// A cell issue from the server names a row as the shown table does *before* deletions: a table row
// by its position, an added row by the table's row count plus its index among the added rows.
// Pure functions; tested in Tests/WebClientTests/table-edits.test.js.

import { isPosition, widgetObject } from "./table-widget-value.js";
import { wireTemporal } from "../date-format.js";
import { columnKind } from "./cell-format.js";

/** @typedef {import("../protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("../protocol-data.js").Cell} Cell */
/** @typedef {import("../protocol-data.js").CellIssue} CellIssue */
/** @typedef {import("../protocol-data.js").DataColumn} DataColumn */
/** @typedef {import("../protocol-data.js").Row} Row */
/** @typedef {import("../protocol-types.js").EditorRowPolicy} EditorRowPolicy */

/** A value a user typed or chose (Swift's `CellValue`). @typedef {null | boolean | number | string} CellValue */

/**
 * @typedef {object} CellEdit
 * @property {number} row a position in the table
 * @property {string} column
 * @property {CellValue} value
 */

/**
 * @typedef {object} TableEdits
 * @property {CellEdit[]} edited in the order made; one per cell
 * @property {Array<Record<string, CellValue>>} added
 * @property {number[]} deleted positions, ascending
 */

/**
 * Where a shown row comes from: a row of the table, or an added one.
 * @typedef {{position: number, added?: undefined} | {added: number, position?: undefined}} RowSource
 */

/** @returns {TableEdits} */
export function emptyEdits() {
  return { edited: [], added: [], deleted: [] };
}

/**
 * @param {unknown} value
 * @returns {value is CellValue}
 */
function isCellValue(value) {
  return value === null || ["boolean", "string"].includes(typeof value) || Number.isFinite(value);
}

/**
 * Reads the browser's widget value; anything else (no value yet) is no edits.
 * @param {WidgetValue | undefined} value
 * @returns {TableEdits}
 */
export function parseEdits(value) {
  const edits = emptyEdits();
  const object = widgetObject(value);
  if (object === null) return edits;
  if (Array.isArray(object.edited)) {
    for (const edit of object.edited) {
      if (
        typeof edit === "object" && edit !== null && isPosition(edit.row) &&
        typeof edit.column === "string" &&
        isCellValue(edit.value)
      ) edits.edited.push({ row: edit.row, column: edit.column, value: edit.value });
    }
  }
  if (Array.isArray(object.added)) {
    for (const row of object.added) {
      if (typeof row !== "object" || row === null || Array.isArray(row)) continue;
      /** @type {Record<string, CellValue>} */
      const values = {};
      for (const [name, item] of Object.entries(row)) if (isCellValue(item)) values[name] = item;
      edits.added.push(values);
    }
  }
  if (Array.isArray(object.deleted)) {
    edits.deleted = [...new Set(object.deleted.filter(isPosition))].sort((a, b) => a - b);
  }
  return edits;
}

/**
 * The widget value for edits, with keys in a fixed order.
 * @param {TableEdits} edits
 * @returns {string}
 */
export function serializeEdits(edits) {
  return JSON.stringify({
    edited: edits.edited.map((edit) => ({ row: edit.row, column: edit.column, value: edit.value })),
    added: edits.added,
    deleted: edits.deleted,
  });
}

/**
 * How many rows the editor shows.
 * @param {number} rowCount the table's
 * @param {TableEdits} edits
 * @returns {number}
 */
export function shownRowCount(rowCount, edits) {
  const deleted = edits.deleted.filter((position) => position < rowCount).length;
  return rowCount - deleted + edits.added.length;
}

/**
 * Where shown row `index` comes from: the `index`-th row of the table that is not deleted, or an
 * added row after them.
 * @param {number} index
 * @param {number} rowCount
 * @param {number[]} deleted ascending
 * @returns {RowSource | null} `null` past the last row
 */
export function rowSource(index, rowCount, deleted) {
  const kept = rowCount - deleted.filter((position) => position < rowCount).length;
  if (index < 0) return null;
  if (index >= kept) return { added: index - kept };
  // The position p with p - (deleted rows ≤ p) = index and p not deleted: step past deletions.
  let position = index;
  let passed = 0;
  for (const gone of deleted) {
    if (gone > position) break;
    passed += 1;
    position = index + passed;
  }
  return { position };
}

/**
 * The shown row of a table position, or of an added row.
 * @param {RowSource} source
 * @param {number} rowCount
 * @param {number[]} deleted ascending
 * @returns {number} -1 for a deleted row
 */
export function shownIndex(source, rowCount, deleted) {
  const kept = rowCount - deleted.filter((position) => position < rowCount).length;
  if (source.added !== undefined) return kept + source.added;
  let before = 0;
  for (const gone of deleted) {
    if (gone === source.position) return -1;
    if (gone > source.position) break;
    before += 1;
  }
  return source.position - before;
}

/**
 * The row a cell issue names for a source (see the top of this file).
 * @param {RowSource} source
 * @param {number} rowCount
 * @returns {number}
 */
export function issueRow(source, rowCount) {
  return source.added !== undefined ? rowCount + source.added : source.position;
}

/**
 * Sets a cell. A later edit of a table cell replaces the earlier one (and moves to the end: the
 * list is in the order edits were made); an added row's cell is set in the row itself.
 * @param {TableEdits} edits
 * @param {RowSource} source
 * @param {string} column
 * @param {CellValue} value
 * @returns {TableEdits}
 */
export function setCell(edits, source, column, value) {
  if (source.added !== undefined) {
    const added = edits.added.map((row, i) => i === source.added ? { ...row, [column]: value } : row);
    return { ...edits, added };
  }
  const edited = edits.edited.filter((edit) => edit.row !== source.position || edit.column !== column);
  edited.push({ row: source.position, column, value });
  return { ...edits, edited };
}

/**
 * Adds an empty row after the others.
 * @param {TableEdits} edits
 * @returns {TableEdits}
 */
export function addRow(edits) {
  return { ...edits, added: [...edits.added, {}] };
}

/**
 * Deletes rows: an added row goes from the added ones, a table row joins the deleted positions
 * (its edits go, since the row does).
 * @param {TableEdits} edits
 * @param {RowSource[]} sources
 * @returns {TableEdits}
 */
export function deleteRows(edits, sources) {
  const positions = new Set(edits.deleted);
  const addedGone = new Set();
  for (const source of sources) {
    if (source.added !== undefined) addedGone.add(source.added);
    else positions.add(source.position);
  }
  return {
    edited: edits.edited.filter((edit) => !positions.has(edit.row)),
    added: edits.added.filter((_, i) => !addedGone.has(i)),
    deleted: [...positions].sort((a, b) => a - b),
  };
}

/**
 * The edits of a table, indexed for drawing: `position\u0000column` → value.
 * @param {TableEdits} edits
 * @returns {Map<string, CellValue>}
 */
export function editedCells(edits) {
  const cells = new Map();
  for (const edit of edits.edited) cells.set(cellKey(edit.row, edit.column), edit.value);
  return cells;
}

/**
 * @param {number} row
 * @param {string} column
 * @returns {string}
 */
export function cellKey(row, column) {
  return `${row}\u0000${column}`;
}

/**
 * A table row's cells with the user's edits laid over them.
 * @param {Row} cells the row as the table has it, in column order
 * @param {DataColumn[]} columns
 * @param {number} position
 * @param {Map<string, CellValue>} edited from {@link editedCells}
 * @returns {Row}
 */
export function overlayRow(cells, columns, position, edited) {
  if (edited.size === 0) return cells;
  return columns.map((column, c) => {
    const key = cellKey(position, column.name);
    return edited.has(key) ? /** @type {CellValue} */ (edited.get(key)) : cells[c] ?? null;
  });
}

/**
 * An added row's cells, in column order; a column it has no value for is empty.
 * @param {Record<string, CellValue>} values
 * @param {DataColumn[]} columns
 * @returns {Row}
 */
export function addedRowCells(values, columns) {
  return columns.map((column) => Object.hasOwn(values, column.name) ? values[column.name] : null);
}

/**
 * Whether a row policy lets the user add rows, and delete them.
 * @param {EditorRowPolicy} policy
 * @returns {{add: boolean, delete: boolean}}
 */
export function rowPolicy(policy) {
  return {
    add: policy === "dynamic" || policy === "add",
    delete: policy === "dynamic" || policy === "delete",
  };
}

/**
 * Whether a column's cells can be edited: not `disabled`, and of a kind with an editor (links,
 * images, progress bars, lists, charts and JSON are shown only).
 * @param {DataColumn} column
 * @returns {boolean}
 */
export function isEditable(column) {
  if (column.disabled === true) return false;
  const kind = columnKind(column);
  return ["text", "number", "checkbox", "selectbox", "date", "time", "datetime", "link"].includes(kind);
}

/**
 * The value of what the user typed into a cell, typed for its column: a number for a number
 * column, a boolean for a checkbox, the wire form of a date or time. Text that does not read as
 * the column's type (`abc` in a number column) stays the raw text, for the server to refuse and
 * the cell to keep: it is never dropped. An empty input is `null`.
 * @param {string} text
 * @param {DataColumn} column
 * @param {Cell | undefined} previous the cell's value before the edit (a datetime keeps its zone)
 * @returns {CellValue}
 */
export function parseCellInput(text, column, previous) {
  const kind = columnKind(column);
  const trimmed = text.trim();
  if (kind === "text" || kind === "link" || kind === "selectbox") {
    if (text === "") return null;
    if (kind === "selectbox" && (column.type === "number" || column.type === "integer")) {
      return parseNumberInput(trimmed) ?? text;
    }
    return text;
  }
  if (trimmed === "") return null;
  switch (kind) {
    case "number":
      return parseNumberInput(trimmed) ?? text;
    case "checkbox": {
      const lower = trimmed.toLowerCase();
      if (["true", "yes", "1", "on"].includes(lower)) return true;
      if (["false", "no", "0", "off"].includes(lower)) return false;
      return text;
    }
    case "date":
    case "time":
    case "datetime":
      return wireTemporal(trimmed, kind, typeof previous === "string" ? previous : null) ?? text;
    default:
      return text;
  }
}

/**
 * A number as typed: digits with an optional sign, fraction and exponent; thousands separators
 * (`,`, `_`, spaces) are ignored.
 * @param {string} text
 * @returns {number | null}
 */
export function parseNumberInput(text) {
  const compact = text.replace(/[\s,_]/g, "");
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(compact)) return null;
  const number = Number(compact);
  return Number.isFinite(number) ? number : null;
}

/**
 * What is wrong with a cell's value, as far as the browser can tell, before the server says: a
 * required cell of an added row left empty, text longer than `maxChars` or not matching
 * `validate`, a number outside `min`…`max` or that is no number, an option not offered.
 * @param {DataColumn} column
 * @param {Cell | undefined} value
 * @param {boolean} addedRow
 * @returns {string | null} the message, or `null` when nothing is
 */
export function cellProblem(column, value, addedRow) {
  if (value === null || value === undefined || value === "") {
    return addedRow && column.required === true ? "A value is required." : null;
  }
  const kind = columnKind(column);
  if (kind === "number") {
    if (typeof value !== "number") return `“${String(value)}” is not a number.`;
    if (column.type === "integer" && !Number.isInteger(value)) return "A whole number is needed.";
    if (column.min !== undefined && value < column.min) return `The value must be at least ${column.min}.`;
    if (column.max !== undefined && value > column.max) return `The value must be at most ${column.max}.`;
    return null;
  }
  if (kind === "checkbox") {
    return typeof value === "boolean" ? null : `“${String(value)}” is not true or false.`;
  }
  if (kind === "selectbox" && column.options !== undefined && !column.options.includes(String(value))) {
    return `“${String(value)}” is not one of the options.`;
  }
  if (typeof value === "string" && (kind === "text" || kind === "link")) {
    if (column.maxChars !== undefined && [...value].length > column.maxChars) {
      return `At most ${column.maxChars} characters.`;
    }
    if (column.validate !== undefined && !matchesWhole(column.validate, value)) {
      return "The value does not have the expected form.";
    }
  }
  return null;
}

/**
 * @param {string} pattern
 * @param {string} value
 * @returns {boolean} `true` too when the pattern is not a valid regular expression (the server decides)
 */
function matchesWhole(pattern, value) {
  try {
    return new RegExp(`^(?:${pattern})$`, "u").test(value);
  } catch {
    return true;
  }
}

/**
 * The server's refusals, by the cell they name: `row\u0000column` → message.
 * @param {CellIssue[] | undefined} issues
 * @returns {Map<string, string>}
 */
export function issuesByCell(issues) {
  const cells = new Map();
  for (const issue of issues ?? []) cells.set(cellKey(issue.row, issue.column), issue.message);
  return cells;
}
