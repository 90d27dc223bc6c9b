// The DOM of a grid's rows (renderers/dataframe.js places them): the header row with its sort and
// select buttons, a data row with its selection checkbox and index cell, and filling a row's cells
// once they have arrived.
//
//   <div role="row" aria-rowindex="1">
//     <div role="columnheader" class="…__select"><span class="st-visually-hidden">Select row</span></div>
//     <div role="columnheader">…Row…</div>
//     <div role="columnheader" data-column="city" aria-sort="ascending">
//       <button data-testid="st-dataframe-sort"><span>City</span><span aria-hidden="true">↑</span></button>
//   <div role="row" aria-rowindex="7" data-row="5" data-position="812">
//     <div role="gridcell" class="…__select"><input type="checkbox" data-testid="st-dataframe-row-select"></div>
//     <div role="rowheader">812</div>
//     <div role="gridcell" data-column="city">Oslo</div>…

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, setAttribute, setText, uniqueId } from "../dom.js";
import { drawCell } from "./cell-content.js";
import { cellText, cellView, columnKind } from "./cell-format.js";

/** @typedef {import("../protocol-data.js").DataColumn} DataColumn */
/** @typedef {import("../protocol-data.js").Row} Row */
/** @typedef {import("../protocol-data.js").TableSort} TableSort */
/** @typedef {import("./dataframe-model.js").LayoutColumn} LayoutColumn */
/** @typedef {import("./table-edits.js").RowSource} RowSource */

/**
 * What the header shows besides the columns.
 * @typedef {object} HeaderState
 * @property {TableSort | undefined} sort
 * @property {boolean} sortable the header's buttons sort (not in a data editor)
 * @property {boolean} selectColumns the header's buttons select columns; sorting moves to a small button
 * @property {Set<string>} selectedColumns
 */

/**
 * A row as the grid shows it.
 * @typedef {object} ShownRow
 * @property {Row} cells in the order of the node's columns, edits laid over
 * @property {RowSource} source the table position or added row it comes from
 * @property {string} label what its index cell shows
 */

/**
 * What is marked on a row's cells.
 * @typedef {object} CellMarks
 * @property {(column: string) => string | null} problem a refused or invalid value's message
 * @property {(column: string) => boolean} edited the user changed the cell
 * @property {(message: string) => string} describe the id of an element holding a message's text,
 *   for `aria-describedby` (kept outside the cell, so that its text stays the value alone)
 */

/**
 * @param {HTMLElement} cell
 * @param {LayoutColumn} entry
 * @param {boolean} lastPinned
 */
function pin(cell, entry, lastPinned) {
  if (entry.left === null) return;
  cell.classList.add(CLASS.dataframePinned);
  if (lastPinned) cell.classList.add(CLASS.dataframeLastPinned);
  // Through CSSOM, not a style attribute: a CSP without style-src 'unsafe-inline' allows it.
  cell.style.left = `${entry.left}px`;
}

/**
 * The index of the last pinned column of a layout, or -1.
 * @param {LayoutColumn[]} layout
 * @returns {number}
 */
function lastPinnedOf(layout) {
  return layout.findLastIndex((entry) => entry.left !== null);
}

/**
 * The header row.
 * @param {LayoutColumn[]} layout
 * @param {HeaderState} state
 * @returns {HTMLElement}
 */
export function headerRow(layout, state) {
  const lastPinned = lastPinnedOf(layout);
  const cells = layout.map((entry, i) => {
    const cell = h("div", { class: CLASS.dataframeCell, role: "columnheader", "aria-colindex": i + 1 });
    pin(cell, entry, i === lastPinned);
    if (entry.role === "select") {
      cell.classList.add(CLASS.dataframeSelect);
      cell.append(h("span", { class: CLASS.visuallyHidden }, ["Select row"]));
    } else if (entry.role === "index") {
      cell.classList.add(CLASS.dataframeIndex);
      cell.append(h("span", { class: CLASS.visuallyHidden }, ["Row"]));
    } else if (entry.column !== undefined) {
      columnHeader(cell, entry.column, state);
    }
    return cell;
  });
  const row = h("div", { class: CLASS.dataframeRow, role: "row", "aria-rowindex": 1 }, cells);
  syncHeader(row, layout, state);
  return row;
}

/**
 * Fills a column's header cell: its label (with the help as its description) in a button that
 * sorts, or selects the column beside a small sort button.
 * @param {HTMLElement} cell
 * @param {DataColumn} column
 * @param {HeaderState} state
 */
function columnHeader(cell, column, state) {
  const label = column.label ?? column.name;
  setAttribute(cell, DATA.column, column.name);
  setAttribute(cell, DATA.columnType, column.type);
  setAttribute(cell, DATA.columnKind, columnKind(column));
  setAttribute(cell, DATA.testId, TEST_ID.dataframeColumnHeader);
  setAttribute(cell, "title", column.help ?? label);
  /** @type {HTMLElement[]} */
  const parts = [];
  let helpId = null;
  if (column.help !== undefined) {
    helpId = uniqueId("column-help");
    parts.push(h("span", { id: helpId, class: CLASS.visuallyHidden }, [column.help]));
  }
  const labelText = h("span", { class: CLASS.dataframeHeaderLabel }, [label]);
  const icon = () => h("span", { class: CLASS.dataframeSortIcon, "aria-hidden": "true" });
  if (state.sortable && state.selectColumns) {
    parts.unshift(
      h("button", {
        type: "button",
        class: CLASS.dataframeHeaderButton,
        [DATA.testId]: TEST_ID.dataframeColumnSelect,
        "aria-pressed": "false",
        "aria-describedby": helpId,
      }, [labelText]),
      h("button", {
        type: "button",
        class: CLASS.dataframeSortButton,
        [DATA.testId]: TEST_ID.dataframeSort,
        "aria-label": `Sort by ${label}`,
      }, [icon()]),
    );
  } else if (state.sortable) {
    parts.unshift(h("button", {
      type: "button",
      class: CLASS.dataframeHeaderButton,
      [DATA.testId]: TEST_ID.dataframeSort,
      "aria-describedby": helpId,
    }, [labelText, icon()]));
  } else {
    if (helpId !== null) setAttribute(cell, "aria-describedby", helpId);
    parts.unshift(labelText);
    if (column.required === true) {
      parts.splice(1, 0, h("span", { class: CLASS.dataframeSortIcon, "aria-label": "required" }, ["*"]));
    }
  }
  cell.append(...parts);
}

/**
 * Brings the header's sort arrows and selected columns up to date, in place (a focused button
 * keeps its focus).
 * @param {HTMLElement} row made by {@link headerRow}
 * @param {LayoutColumn[]} layout
 * @param {HeaderState} state
 */
export function syncHeader(row, layout, state) {
  layout.forEach((entry, i) => {
    const cell = /** @type {HTMLElement | undefined} */ (row.children[i]);
    if (cell === undefined || entry.column === undefined) return;
    const name = entry.column.name;
    const sorted = state.sort?.column === name ? state.sort : undefined;
    // Only the sorted column carries aria-sort, as ARIA asks.
    setAttribute(
      cell,
      "aria-sort",
      sorted === undefined ? null : sorted.descending ? "descending" : "ascending",
    );
    const icon = cell.querySelector(`button .${CLASS.dataframeSortIcon}`);
    if (icon !== null) setText(icon, sorted === undefined ? "" : sorted.descending ? "↓" : "↑");
    const selected = state.selectedColumns.has(name);
    setAttribute(cell, "aria-selected", state.selectColumns ? String(selected) : null);
    const select = cell.querySelector(`[${DATA.testId}="${TEST_ID.dataframeColumnSelect}"]`);
    if (select !== null) setAttribute(select, "aria-pressed", String(selected));
  });
}

/**
 * An empty data row, to be placed and filled by the view.
 * @param {number} index the row's place in the grid (0-based)
 * @param {LayoutColumn[]} layout
 * @param {(column: DataColumn) => boolean} [readOnly] in a data editor: the columns that cannot be edited
 * @returns {HTMLElement}
 */
export function dataRow(index, layout, readOnly) {
  const lastPinned = lastPinnedOf(layout);
  const cells = layout.map((entry, i) => {
    /** @type {HTMLElement} */
    let cell;
    if (entry.role === "select") {
      cell = h("div", { class: `${CLASS.dataframeCell} ${CLASS.dataframeSelect}`, role: "gridcell" }, [
        h("input", {
          type: "checkbox",
          tabindex: -1,
          [DATA.testId]: TEST_ID.dataframeRowSelect,
          "aria-label": `Select row ${index + 1}`,
        }),
      ]);
    } else if (entry.role === "index") {
      cell = h("div", {
        class: `${CLASS.dataframeCell} ${CLASS.dataframeIndex}`,
        role: "rowheader",
        [DATA.testId]: TEST_ID.dataframeIndexCell,
      });
    } else {
      const column = /** @type {DataColumn} */ (entry.column);
      cell = h("div", {
        class: CLASS.dataframeCell,
        role: "gridcell",
        [DATA.column]: column.name,
        [DATA.columnType]: column.type,
        [DATA.columnKind]: columnKind(column),
        [DATA.testId]: TEST_ID.dataframeCell,
        "aria-readonly": readOnly?.(column) === true ? "true" : null,
      });
    }
    setAttribute(cell, "aria-colindex", i + 1);
    pin(cell, entry, i === lastPinned);
    return cell;
  });
  const row = h("div", {
    class: CLASS.dataframeRow,
    role: "row",
    "aria-rowindex": index + 2,
    [DATA.row]: index,
    [DATA.testId]: TEST_ID.dataframeRow,
  }, cells);
  row.setAttribute(DATA.loading, "");
  row.setAttribute("aria-busy", "true");
  return row;
}

/**
 * Writes a row's cells: each as its column's kind shows it, with its problem and edit marked.
 * @param {HTMLElement} row made by {@link dataRow}
 * @param {LayoutColumn[]} layout
 * @param {ShownRow} data
 * @param {CellMarks} marks
 * @param {import("./cell-format.js").CellFormatOptions} format
 */
export function fillRow(row, layout, data, marks, format) {
  row.removeAttribute(DATA.loading);
  row.removeAttribute("aria-busy");
  setAttribute(row, DATA.position, data.source.position ?? null);
  setAttribute(row, DATA.added, data.source.added ?? null);
  layout.forEach((entry, i) => {
    const cell = /** @type {HTMLElement} */ (row.children[i]);
    if (entry.role === "index") {
      if (data.source.added !== undefined) {
        cell.replaceChildren(
          h("span", { class: CLASS.visuallyHidden }, [`New row ${data.source.added + 1}`]),
        );
      } else setText(cell, data.label);
      return;
    }
    if (entry.role !== "data" || entry.column === undefined) return;
    const column = entry.column;
    const value = data.cells[entry.source];
    drawCell(cell, cellView(value, column, format), { inGrid: true });
    const problem = marks.problem(column.name);
    setAttribute(cell, DATA.invalid, problem !== null);
    setAttribute(cell, "aria-invalid", problem !== null ? "true" : null);
    setAttribute(cell, DATA.edited, marks.edited(column.name));
    // Long text is cut with an ellipsis: the whole of it on hover; a problem says what is wrong.
    const text = cellText(value, column, format);
    setAttribute(cell, "title", problem ?? (text.length > 24 ? text : null));
    setAttribute(cell, "aria-describedby", problem === null ? null : marks.describe(problem));
  });
}
