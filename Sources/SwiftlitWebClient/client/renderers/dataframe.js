// Tables (st.dataframe): a virtualized grid. Only the rows in and around the viewport exist in the
// DOM, absolutely placed in a body as tall as every row; the header row and the index column stay
// in view (sticky). Rows beyond the first page come from table-rows.js, which fetches them by block
// as they scroll into view; until then a row shows placeholders.
//
//   <div data-kind="dataframe" data-table="k3x9a">
//     <div class="st-dataframe__scroller" role="grid" aria-rowcount="10001" tabindex="0">
//       <div role="rowgroup"><div role="row" aria-rowindex="1">
//         <div role="columnheader">(index)</div><div role="columnheader" data-column-type="text">city</div>…
//       <div class="st-dataframe__body" role="rowgroup" style="height: 320000px">
//         <div role="row" aria-rowindex="5002" data-row="5000" style="top: 160000px">
//           <div role="rowheader">5000</div><div role="gridcell" data-column-type="number">4.5</div>…

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, setAttribute } from "../dom.js";
import { tableRows } from "../table-rows.js";
import { dataRow, fillRow, headerRow } from "./dataframe-cells.js";
import { columnWidths, missingBlocks, ROW_HEIGHT, tableHeight, visibleRows } from "./dataframe-model.js";

/** @typedef {import("../protocol-data.js").DataframeNode} DataframeNode */
/** @typedef {import("../protocol-data.js").Row} Row */
/** @typedef {import("../render-context.js").Renderer<DataframeNode>} DataframeRenderer */

/** How long scrolling must pause before missing rows are asked for. */
const FETCH_DEBOUNCE_MS = 50;
/** Rows fetched ahead beyond each edge of the viewport (drawn: only a few). */
const FETCH_AHEAD_ROWS = 40;

/** The state behind one table element. */
class TableView {
  /** @type {DataframeNode} */
  node;
  /** @type {() => void} */
  unlisten = () => {};
  /** Row elements by row number. */
  rows = /** @type {Map<number, HTMLElement>} */ (new Map());
  /** @type {number | undefined} */
  fetchTimer;
  frame = 0;
  /** The table id whose rows are shown; empty before the first `show`. */
  table = "";
  columnsShown = "";

  /**
   * @param {HTMLElement} root
   * @param {DataframeNode} node
   */
  constructor(root, node) {
    this.root = root;
    this.node = node;
    this.scroller = h("div", {
      class: CLASS.dataframeScroller,
      role: "grid",
      tabindex: 0,
      "aria-readonly": "true",
      [DATA.testId]: TEST_ID.dataframeGrid,
    });
    this.head = h("div", { class: CLASS.dataframeHead, role: "rowgroup" });
    this.body = h("div", { class: CLASS.dataframeBody, role: "rowgroup" });
    this.scroller.append(this.head, this.body);
    root.append(this.scroller);
    this.scroller.addEventListener("scroll", () => this.scheduleRender(), { passive: true });
    // Layout changes (an expander opens, a tab is chosen, the page narrows) change what is in view.
    new ResizeObserver(() => this.refresh()).observe(this.scroller);
  }

  /** @param {DataframeNode} node */
  show(node) {
    const tableChanged = node.table !== this.table;
    this.node = node;
    this.table = node.table;
    setAttribute(this.root, DATA.table, node.table);
    if (tableChanged) {
      // New content: the old rows (and their pending requests) go, the scroll position stays.
      this.unlisten();
      tableRows.seed(node.table, node.rows);
      this.unlisten = tableRows.listen(node.table, {
        rowsChanged: () => this.refresh(),
        isShown: () => this.root.isConnected,
      });
      for (const row of this.rows.values()) row.remove();
      this.rows.clear();
    } else tableRows.seed(node.table, node.rows);
    const columns = JSON.stringify(node.columns);
    if (tableChanged || columns !== this.columnsShown) this.showColumns(columns);
    setAttribute(this.scroller, "aria-rowcount", node.rowCount + 1);
    setAttribute(this.scroller, "aria-colcount", node.columns.length + 1);
    const rows = `${node.rowCount} row${node.rowCount === 1 ? "" : "s"}`;
    const columnCount = `${node.columns.length} column${node.columns.length === 1 ? "" : "s"}`;
    setAttribute(this.scroller, "aria-label", `Table, ${rows} and ${columnCount}`);
    this.body.style.height = `${node.rowCount * ROW_HEIGHT}px`;
    this.refresh();
  }

  /** @param {string} signature the columns as JSON */
  showColumns(signature) {
    this.columnsShown = signature;
    const { columns, rowCount, rows } = this.node;
    const widths = columnWidths(columns, rows, rowCount);
    const template = [`${widths.index}px`, ...widths.columns.map((px) => `minmax(${px}px, 1fr)`)];
    const total = widths.index + widths.columns.reduce((sum, px) => sum + px, 0);
    this.scroller.style.setProperty("--st-dataframe-columns", template.join(" "));
    this.scroller.style.setProperty("--st-dataframe-width", `${total}px`);
    this.head.replaceChildren(headerRow(columns));
  }

  /** The node's height, or a height for the rows there are (plus a horizontal scrollbar's). */
  fitHeight() {
    const height = tableHeight(this.node.height, this.node.rowCount);
    const auto = this.node.height === undefined && height < tableHeight(undefined, Infinity);
    const scrollbar = auto ? Math.max(0, this.scroller.offsetHeight - this.scroller.clientHeight - 2) : 0;
    const css = `${height + scrollbar}px`;
    if (this.scroller.style.height !== css) this.scroller.style.height = css;
  }

  refresh() {
    this.fitHeight();
    this.render();
    this.scheduleFetch();
  }

  scheduleRender() {
    this.scheduleFetch();
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Draws the rows in view: new ones are added, gone ones removed, arrived ones filled in. */
  render() {
    const { table, rowCount } = this.node;
    const range = visibleRows(this.scroller.scrollTop, this.scroller.clientHeight, rowCount);
    for (const [index, element] of this.rows) {
      if (index < range.start || index >= range.end) {
        element.remove();
        this.rows.delete(index);
      }
    }
    let added = false;
    for (let index = range.start; index < range.end; index += 1) {
      const data = tableRows.row(table, index);
      const existing = this.rows.get(index);
      if (existing === undefined) {
        this.rows.set(index, dataRow(index, this.node.columns, data));
        added = true;
      } else if (data !== undefined && existing.hasAttribute(DATA.loading)) {
        fillRow(existing, this.node.columns, data);
      }
    }
    // Rows in document order, so that screen readers and find-in-page read them top to bottom.
    if (added) {
      this.body.replaceChildren(
        ...[...this.rows.keys()].sort((a, b) => a - b).map((i) => this.rows.get(i) ?? ""),
      );
    }
  }

  scheduleFetch() {
    clearTimeout(this.fetchTimer);
    this.fetchTimer = setTimeout(() => this.fetch(), FETCH_DEBOUNCE_MS);
  }

  /** Asks for the blocks the viewport (and a little around it) still lacks. */
  fetch() {
    this.fetchTimer = undefined;
    if (!this.root.isConnected) return;
    const { table, rowCount } = this.node;
    const range = visibleRows(
      this.scroller.scrollTop,
      this.scroller.clientHeight,
      rowCount,
      FETCH_AHEAD_ROWS,
    );
    const middle = (range.start + range.end) / 2;
    const missing = missingBlocks(range, (row) => tableRows.has(table, row))
      .sort((a, b) => Math.abs(a.block - middle) - Math.abs(b.block - middle));
    tableRows.want(table, missing, rowCount);
  }
}

/** The view behind each table element. */
const views = /** @type {WeakMap<HTMLElement, TableView>} */ (new WeakMap());

/** @type {DataframeRenderer} */
export const dataframe = {
  create(node) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.dataframe}` });
    const view = new TableView(root, node);
    views.set(root, view);
    view.show(node);
    return root;
  },
  update(root, node) {
    views.get(root)?.show(node);
  },
};
