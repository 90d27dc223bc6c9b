// Static tables (st.table): every row, in a plain accessible <table>, each cell formatted as its
// column says (cell-format.js), as in a dataframe. The index shows the rows' labels (or positions)
// unless hidden; the header can be hidden too (it stays for screen readers); borders are all,
// horizontal only, or none.
//
//   <div data-kind="table">
//     <div class="st-table__scroller" tabindex="0" role="region" aria-label="Table">
//       <table class="st-table__table" data-border-style="all">
//         <thead><tr><th scope="col">(index)</th><th scope="col" data-column="city">City</th>…
//         <tbody><tr><th scope="row">0</th><td data-column="city">Oslo</td>…

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute } from "../dom.js";
import { drawCell } from "./cell-content.js";
import { cellView, columnKind, isNumericColumn } from "./cell-format.js";

/** @typedef {import("../protocol-data.js").TableNode} TableNode */
/** @typedef {import("../render-context.js").Renderer<TableNode>} TableRenderer */

/** The node each table element last drew, as JSON: an unchanged table is left alone. */
const drawn = /** @type {WeakMap<HTMLElement, string>} */ (new WeakMap());

/**
 * Draws the whole table anew.
 * @param {HTMLTableElement} table
 * @param {TableNode} node
 */
function drawTable(table, node) {
  const index = node.hideIndex !== true;
  const columnHeaders = node.columns.map((column) => {
    const header = h("th", {
      scope: "col",
      [DATA.column]: column.name,
      [DATA.columnType]: column.type,
      [DATA.columnKind]: columnKind(column),
      [DATA.testId]: TEST_ID.tableHeader,
      title: column.help ?? null,
    }, [column.label ?? column.name]);
    if (isNumericColumn(column)) header.classList.add(CLASS.tableNumeric);
    return header;
  });
  const indexHeader = h("th", { scope: "col", class: CLASS.tableIndex }, [
    h("span", { class: CLASS.visuallyHidden }, ["Row"]),
  ]);
  const head = h("thead", {}, [h("tr", {}, [...(index ? [indexHeader] : []), ...columnHeaders])]);
  // A hidden header still names the columns for screen readers.
  if (node.hideHeader === true) head.classList.add(CLASS.visuallyHidden);
  const format = { now: Date.now() };
  const rows = node.rows.map((row, r) => {
    const cells = node.columns.map((column, c) => {
      const cell = h("td", {
        [DATA.column]: column.name,
        [DATA.columnType]: column.type,
        [DATA.columnKind]: columnKind(column),
        [DATA.testId]: TEST_ID.tableCell,
      });
      if (isNumericColumn(column)) cell.classList.add(CLASS.tableNumeric);
      drawCell(cell, cellView(row[c], column, format), { inGrid: false });
      if (cell.classList.contains(CLASS.dataframeNull)) cell.classList.add(CLASS.tableNull);
      return cell;
    });
    const label = h("th", { scope: "row", class: CLASS.tableIndex }, [String(node.labels?.[r] ?? r)]);
    return h("tr", { [DATA.testId]: TEST_ID.tableRow }, [...(index ? [label] : []), ...cells]);
  });
  table.replaceChildren(head, h("tbody", {}, rows));
  setAttribute(table, DATA.tableBorder, node.border ?? "all");
}

/** @type {TableRenderer} */
export const table = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.table}` }, [
      // Focusable, so that a table wider than the page can be scrolled from the keyboard.
      h("div", { class: CLASS.tableScroller, tabindex: 0, role: "region", "aria-label": "Table" }, [
        h("table", { class: CLASS.tableTable }),
      ]),
    ]);
    table.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const json = JSON.stringify(node);
    if (drawn.get(root) === json) return;
    drawn.set(root, json);
    const element = part(root, `.${CLASS.tableTable}`, HTMLTableElement);
    drawTable(element, node);
    const rows = `${node.rows.length} row${node.rows.length === 1 ? "" : "s"}`;
    setAttribute(element, "aria-label", `Table, ${rows}`);
  },
};
