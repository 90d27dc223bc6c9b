// The DOM of a table's rows (renderers/dataframe.js places them): the header row, a data row with
// its index cell, and filling a row once its cells have arrived.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, setAttribute, setText } from "../dom.js";
import { formatCell, ROW_HEIGHT } from "./dataframe-model.js";

/** @typedef {import("../protocol-data.js").DataColumn} DataColumn */
/** @typedef {import("../protocol-data.js").Row} Row */

/**
 * The header row: an index header (named for screen readers only), then the column names.
 * @param {DataColumn[]} columns
 * @returns {HTMLElement}
 */
export function headerRow(columns) {
  const index = h("div", {
    class: `${CLASS.dataframeCell} ${CLASS.dataframeIndex}`,
    role: "columnheader",
    "aria-colindex": 1,
  }, [h("span", { class: CLASS.visuallyHidden }, ["Row"])]);
  const cells = columns.map((column, c) =>
    h("div", {
      class: CLASS.dataframeCell,
      role: "columnheader",
      "aria-colindex": c + 2,
      title: column.name,
      [DATA.columnType]: column.type,
      [DATA.testId]: TEST_ID.dataframeColumnHeader,
    }, [column.name])
  );
  return h("div", { class: CLASS.dataframeRow, role: "row", "aria-rowindex": 1 }, [index, ...cells]);
}

/**
 * A data row at its place in the body: filled when `data` is at hand, placeholders otherwise.
 * @param {number} index the row's number (0-based)
 * @param {DataColumn[]} columns
 * @param {Row | undefined} data
 * @returns {HTMLElement}
 */
export function dataRow(index, columns, data) {
  const indexCell = h("div", {
    class: `${CLASS.dataframeCell} ${CLASS.dataframeIndex}`,
    role: "rowheader",
    "aria-colindex": 1,
  }, [String(index)]);
  const cells = columns.map((column, c) =>
    h("div", {
      class: CLASS.dataframeCell,
      role: "gridcell",
      "aria-colindex": c + 2,
      [DATA.columnType]: column.type,
      [DATA.testId]: TEST_ID.dataframeCell,
    })
  );
  const row = h("div", {
    class: CLASS.dataframeRow,
    role: "row",
    "aria-rowindex": index + 2,
    [DATA.row]: index,
    [DATA.testId]: TEST_ID.dataframeRow,
  }, [indexCell, ...cells]);
  // Through CSSOM, not a style attribute: a CSP without style-src 'unsafe-inline' allows it.
  row.style.top = `${index * ROW_HEIGHT}px`;
  if (data === undefined) {
    row.setAttribute(DATA.loading, "");
    row.setAttribute("aria-busy", "true");
  } else fillRow(row, columns, data);
  return row;
}

/**
 * Writes a row's cells: numbers formatted, `null` as a muted None, booleans as ✓ and ✗.
 * @param {HTMLElement} row made by {@link dataRow}
 * @param {DataColumn[]} columns
 * @param {Row} data
 */
export function fillRow(row, columns, data) {
  row.removeAttribute(DATA.loading);
  row.removeAttribute("aria-busy");
  const cells = row.children;
  columns.forEach((column, c) => {
    const cell = /** @type {HTMLElement} */ (cells[c + 1]);
    const value = data[c];
    const text = formatCell(value, column.type);
    setText(cell, text);
    cell.classList.toggle(CLASS.dataframeNull, value === null || value === undefined);
    // ✓ and ✗ would be read as "check mark"; say what they mean.
    setAttribute(cell, "aria-label", typeof value === "boolean" ? String(value) : null);
    // Long text is cut with an ellipsis; the whole of it on hover.
    setAttribute(cell, "title", column.type === "text" && text.length > 24 ? text : null);
  });
}
