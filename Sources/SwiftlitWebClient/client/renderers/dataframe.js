// Tables (st.dataframe) and data editors (st.data_editor): a virtualized grid. Only the rows in
// and around the viewport exist in the DOM, absolutely placed in a body as tall as every row (up
// to a height browsers can hold; beyond it the scroll position is scaled to rows, see
// dataframe-model.js); the header row, the index and pinned columns stay in view (sticky). Rows
// beyond the first page come from table-rows.js, which fetches them by block, for the view the
// user chose: sorted by a header click and narrowed by the toolbar's search, both on the server.
//
// With `selectionModes` and a widget, rows (checkboxes), columns (header buttons) and cells (clicks)
// can be selected; the selection is the widget's value, a JSON string (table-selection.js). With
// `editor`, cells are edited in place (dataframe-editor.js), rows added and deleted; the edits are
// the widget's value (table-edits.js), laid over the node's rows, which are the app's table as is.
//
//   <div data-kind="dataframe" data-table="k3x9a" data-row-count="10000">
//     <div role="toolbar">search, download…</div>
//     <div class="st-dataframe__scroller" role="grid" aria-rowcount="10001" tabindex="0">
//       <div role="rowgroup"><div role="row" aria-rowindex="1">…column headers…
//       <div class="st-dataframe__body" role="rowgroup" style="height: 320000px">
//         <div role="row" aria-rowindex="5002" data-row="5000" data-position="5000" style="top: 160000px">
//           <div role="rowheader">5000</div><div role="gridcell" data-column="temp">4.5</div>…
//     <button data-testid="st-dataframe-add-row">Add row</button>   (data editors that add rows)
//
// Keyboard: the grid is one tab stop; the arrow keys, Page Up/Down and Home/End move the active
// cell (aria-activedescendant). Space selects; Enter, a double click or typing edits; Delete
// deletes the selected rows of a data editor (or empties the active cell).

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, setAttribute, setText, uniqueId } from "../dom.js";
import { safeUrl } from "../safe-html.js";
import { tableRows } from "../table-rows.js";
import { forgetCell } from "./cell-content.js";
import { columnKind } from "./cell-format.js";
import { dataRow, fillRow, headerRow, syncHeader } from "./dataframe-cells.js";
import { openCellEditor } from "./dataframe-editor.js";
import { gridKeyAction } from "./dataframe-keys.js";
import {
  bodyHeight,
  columnLayout,
  contentOffset,
  csvUrl,
  keptSort,
  missingBlocks,
  nextSort,
  normalizeQuery,
  offsetShowing,
  ROW_HEIGHT,
  rowTop,
  scrollTopFor,
  tableHeight,
  visibleRows,
  wheelOffset,
} from "./dataframe-model.js";
import { TableToolbar } from "./dataframe-toolbar.js";
import {
  addedRowCells,
  addRow,
  cellKey,
  cellProblem,
  deleteRows,
  editedCells,
  isEditable,
  issueRow,
  issuesByCell,
  overlayRow,
  parseEdits,
  rowPolicy,
  rowSource,
  serializeEdits,
  setCell,
  shownRowCount,
} from "./table-edits.js";
import {
  clampSelection,
  emptySelection,
  parseSelection,
  selectionCapabilities,
  serializeSelection,
  toggleCell,
  toggleColumn,
  toggleRow,
} from "./table-selection.js";

/** @typedef {import("../protocol-data.js").DataframeNode} DataframeNode */
/** @typedef {import("../protocol-data.js").DataColumn} DataColumn */
/** @typedef {import("../protocol-data.js").Cell} Cell */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../render-context.js").Renderer<DataframeNode>} DataframeRenderer */
/** @typedef {import("./dataframe-model.js").ColumnLayout} ColumnLayout */
/** @typedef {import("./dataframe-model.js").ViewQuery} ViewQuery */
/** @typedef {import("./dataframe-cells.js").ShownRow} ShownRow */
/** @typedef {import("./dataframe-editor.js").Move} Move */
/** @typedef {import("./table-edits.js").TableEdits} TableEdits */
/** @typedef {import("./table-edits.js").CellValue} CellValue */
/** @typedef {import("./table-edits.js").RowSource} RowSource */
/** @typedef {import("./table-selection.js").TableSelection} TableSelection */
/** @typedef {import("./table-selection.js").SelectionCapabilities} SelectionCapabilities */

/** A value no widget value equals: what was read before the first read. */
const NOT_READ = Symbol("not read");

/** After asking for missing rows, how long later asks wait (the last one then goes): scrolling
 * asks at once, and a long scroll asks a few times, not at every frame. */
const FETCH_INTERVAL_MS = 50;
/** How far from the row layer's origin rows may be placed before it moves (pixels). */
const MAX_LAYER_OFFSET = 1_000_000;
/** Rows fetched ahead beyond each edge of the viewport (drawn: only a few). */
const FETCH_AHEAD_ROWS = 40;

/**
 * @param {RowSource} source
 * @returns {string}
 */
const sourceKey = (source) => source.added !== undefined ? `a${source.added}` : `p${source.position}`;

/** The state behind one grid element. */
class TableView {
  /** @type {DataframeNode} */
  node;
  /** @type {RenderContext} */
  ctx;
  /** @type {() => void} */
  unlisten = () => {};
  /** Row elements by their place in the grid. */
  rows = /** @type {Map<number, HTMLElement>} */ (new Map());
  /** What each row element was last filled with: its data and the overlay's version. */
  filled = /** @type {WeakMap<HTMLElement, {base: object, version: number}>} */ (new WeakMap());
  /** Grows whenever edits, issues or columns change what filled rows show. */
  version = 0;
  /** @type {number | undefined} */
  fetchTimer;
  /** Rows were wanted while {@link fetchTimer} ran: ask again when it ends. */
  fetchAgain = false;
  frame = 0;
  /** The table id whose rows are shown; empty before the first `show`. */
  table = "";
  /** The view the user chose: sort and search. */
  query = /** @type {ViewQuery} */ ({});
  /** The row count shown while a new view's is unknown: the last one known. */
  lastCount = 0;
  /** @type {ColumnLayout} */
  layout = { columns: [], template: "", width: 0 };
  layoutShown = "";
  /** The cell the keyboard is on: row in the grid, column in the layout. */
  active = /** @type {{row: number, col: number} | null} */ (null);
  /** The cell being edited. */
  editing = /** @type {{row: number, col: number, close: () => void} | null} */ (null);
  /** The row at the row layer's origin: rows are placed relative to it, keeping their offsets small. */
  anchor = 0;
  /** A scroll position set from the keyboard and the exact row offset it stands for. */
  pinnedScroll = /** @type {{scrollTop: number, offset: number} | null} */ (null);
  /** Rows of a data editor selected for deletion, by {@link sourceKey}. */
  marked = /** @type {Map<string, RowSource>} */ (new Map());
  /** The widget value last parsed, and what it parsed to. */
  editsRaw = /** @type {unknown} */ (NOT_READ);
  edits = /** @type {TableEdits} */ ({ edited: [], added: [], deleted: [] });
  editedMap = /** @type {Map<string, CellValue>} */ (new Map());
  issues = /** @type {Map<string, string>} */ (new Map());
  selectionRaw = /** @type {unknown} */ (NOT_READ);
  selection = emptySelection();
  selectedRows = /** @type {Set<number>} */ (new Set());
  selectedColumns = /** @type {Set<string>} */ (new Set());
  selectedCells = /** @type {Set<string>} */ (new Set());
  /** The elements of {@link notes} by their text. */
  noteIds = /** @type {Map<string, string>} */ (new Map());

  /**
   * @param {HTMLElement} root
   * @param {DataframeNode} node
   * @param {RenderContext} ctx
   */
  constructor(root, node, ctx) {
    this.root = root;
    this.node = node;
    this.ctx = ctx;
    this.toolbar = new TableToolbar({
      search: (text) => this.setSearch(text),
      download: () => this.download(),
      clearSelection: () => this.commitSelection(emptySelection()),
      deleteRows: () => this.deleteMarked(),
      focusGrid: () => this.scroller.focus(),
    });
    this.scroller = h("div", {
      class: CLASS.dataframeScroller,
      role: "grid",
      tabindex: 0,
      [DATA.testId]: TEST_ID.dataframeGrid,
    });
    this.head = h("div", { class: CLASS.dataframeHead, role: "rowgroup" });
    // The rows sit in a layer the body moves with a transform: when a scaled scroll position moves
    // every row, the browser moves one composited layer instead of laying rows out again.
    this.layer = h("div", { class: CLASS.dataframeRows, role: "none" });
    this.body = h("div", { class: CLASS.dataframeBody, role: "rowgroup" }, [this.layer]);
    this.scroller.append(this.head, this.body);
    this.addButton = h("button", {
      type: "button",
      class: CLASS.dataframeAddRow,
      [DATA.testId]: TEST_ID.dataframeAddRow,
      hidden: true,
    }, [h("span", { "aria-hidden": "true" }, ["+"]), " Add row"]);
    this.status = h("div", {
      class: `${CLASS.dataframeStatus} ${CLASS.visuallyHidden}`,
      role: "status",
      [DATA.testId]: TEST_ID.dataframeStatus,
    });
    // The texts that describe invalid cells (aria-describedby may name hidden elements).
    this.notes = h("div", { hidden: true });
    root.append(this.toolbar.element, this.scroller, this.addButton, this.status, this.notes);

    this.scroller.addEventListener("scroll", () => this.scheduleRender(), { passive: true });
    this.scroller.addEventListener("wheel", (event) => this.onWheel(event), { passive: false });
    this.scroller.addEventListener("click", (event) => this.onClick(event));
    this.scroller.addEventListener("dblclick", (event) => this.onDoubleClick(event));
    this.scroller.addEventListener("keydown", (event) => this.onKeyDown(event));
    // The keyboard arrives on the first row in view (not the table's first: that would scroll).
    this.scroller.addEventListener("focus", () => {
      const count = this.shownCount();
      if (this.active !== null || count === 0) return;
      const first = visibleRows(this.offset(count), this.scroller.clientHeight, count, 0).start;
      this.active = { row: Math.min(first, count - 1), col: this.firstDataColumn() };
      this.render();
    });
    this.addButton.addEventListener("click", () => this.addRow());
    // Layout changes (an expander opens, a tab is chosen, the page narrows) change what is in view.
    new ResizeObserver(() => this.refresh()).observe(this.scroller);
  }

  get isEditor() {
    return this.node.editor !== undefined;
  }

  get widgetId() {
    return this.node.widget?.id;
  }

  /** The widget is there and enabled: selecting and editing may change its value. */
  get interactive() {
    return this.node.widget !== undefined && this.node.widget.disabled !== true;
  }

  /**
   * In a data editor, the columns whose cells cannot be edited; `undefined` elsewhere.
   * @returns {((column: DataColumn) => boolean) | undefined}
   */
  get readOnly() {
    if (!this.isEditor) return undefined;
    return (column) => !this.interactive || !isEditable(column);
  }

  /** @returns {SelectionCapabilities} */
  get capabilities() {
    if (this.isEditor || !this.interactive) return { rows: null, columns: null, cells: null };
    return selectionCapabilities(this.node.selectionModes);
  }

  /** @returns {{add: boolean, delete: boolean}} */
  get policy() {
    if (this.node.editor === undefined || !this.interactive) return { add: false, delete: false };
    return rowPolicy(this.node.editor.rows);
  }

  /** @param {DataframeNode} node */
  show(node) {
    const tableChanged = node.table !== this.table;
    this.node = node;
    if (tableChanged) {
      // New content: the old rows (and their pending requests) go, the scroll position stays, and
      // so do the sort (while its column is still there) and the search.
      this.unlisten();
      this.closeEditor();
      tableRows.seed(node.table, node.rows, node.rowCount, node.labels);
      this.unlisten = tableRows.listen(node.table, {
        rowsChanged: () => this.refresh(),
        isShown: () => this.root.isConnected,
      });
      this.table = node.table;
      this.query = normalizeQuery({
        sort: keptSort(this.query.sort, node.columns),
        search: this.query.search,
      });
      this.clearRows();
    } else tableRows.seed(node.table, node.rows, node.rowCount, node.labels);
    // A data editor's rows are the app's table in its own order: its edits name positions in it.
    if (this.isEditor) this.query = {};
    this.issues = issuesByCell(node.editor?.issues);
    this.version += 1;
    this.selectionRaw = NOT_READ; // the table's row count and columns bound it

    setAttribute(this.root, DATA.table, node.table);
    setAttribute(this.root, DATA.editor, this.isEditor);
    setAttribute(this.root, DATA.fitContent, node.fitContent === true);
    setAttribute(this.scroller, "aria-readonly", this.isEditor && this.interactive ? "false" : "true");
    const multi = this.capabilities;
    setAttribute(
      this.scroller,
      "aria-multiselectable",
      multi.rows === "multi" || multi.columns === "multi" || multi.cells === "multi" || this.policy.delete
        ? "true"
        : null,
    );
    this.root.style.width = node.width !== undefined && node.width > 0 ? `${node.width}px` : "";
    this.toolbar.showSearch(this.query.search ?? "");

    const selectRows = this.capabilities.rows !== null || this.policy.delete;
    const signature = JSON.stringify([
      node.columns,
      selectRows,
      node.hideIndex === true,
      node.fitContent === true,
      this.isEditor,
      this.capabilities.columns !== null,
    ]);
    if (signature !== this.layoutShown) this.showColumns(signature, selectRows);
    this.addButton.hidden = !this.policy.add;
    this.refresh();
  }

  /**
   * @param {string} signature
   * @param {boolean} selectRows
   */
  showColumns(signature, selectRows) {
    this.layoutShown = signature;
    const { columns, rowCount, rows, labels } = this.node;
    this.layout = columnLayout(columns, rows, {
      select: selectRows,
      index: this.node.hideIndex !== true,
      rowCount,
      labels,
      fitContent: this.node.fitContent,
    });
    this.scroller.style.setProperty("--st-dataframe-columns", this.layout.template);
    this.scroller.style.setProperty("--st-dataframe-width", `${this.layout.width}px`);
    this.head.replaceChildren(headerRow(this.layout.columns, this.headerState()));
    setAttribute(this.scroller, "aria-colcount", this.layout.columns.length);
    this.closeEditor();
    this.clearRows();
    if (this.active !== null && this.active.col >= this.layout.columns.length) this.active = null;
  }

  headerState() {
    return {
      sort: this.query.sort,
      sortable: !this.isEditor,
      selectColumns: this.capabilities.columns !== null,
      selectedColumns: this.selectedColumns,
    };
  }

  clearRows() {
    for (const row of this.rows.values()) row.remove();
    this.rows.clear();
  }

  // -------------------------------------------------------------------------------------------
  // What is shown

  /** The widget's value as edits (a data editor) and the lookups drawing needs; re-read when it changed. */
  readEdits() {
    const raw = this.widgetId === undefined ? undefined : this.ctx.values.get(this.widgetId);
    if (raw === this.editsRaw) return this.edits;
    this.editsRaw = raw;
    this.edits = parseEdits(raw);
    this.editedMap = editedCells(this.edits);
    this.version += 1;
    return this.edits;
  }

  /** The widget's value as a selection; re-read when it changed. */
  readSelection() {
    const raw = this.widgetId === undefined || this.isEditor ? undefined : this.ctx.values.get(this.widgetId);
    if (raw === this.selectionRaw) return this.selection;
    this.selectionRaw = raw;
    this.selection = clampSelection(
      parseSelection(raw),
      this.node.rowCount,
      new Set(this.node.columns.map((column) => column.name)),
    );
    this.selectedRows = new Set(this.selection.rows);
    this.selectedColumns = new Set(this.selection.columns);
    this.selectedCells = new Set(this.selection.cells.map((cell) => cellKey(cell.row, cell.column)));
    return this.selection;
  }

  /** How many rows the grid shows: the view's (the last one known while it loads), or a data editor's. */
  shownCount() {
    if (this.isEditor) return shownRowCount(this.node.rowCount, this.readEdits());
    const known = tableRows.rowCount(this.table, this.query);
    if (known !== undefined) this.lastCount = known;
    else if (this.query.search === undefined) this.lastCount = this.node.rowCount;
    return this.lastCount;
  }

  /**
   * A row of the grid, once its cells are at hand.
   * @param {number} index
   * @returns {{shown: ShownRow, base: object} | undefined}
   */
  rowAt(index) {
    if (!this.isEditor) {
      const row = tableRows.row(this.table, index, this.query);
      if (row === undefined) return undefined;
      return {
        shown: { cells: row.cells, source: { position: row.position }, label: String(row.label) },
        base: row,
      };
    }
    const edits = this.readEdits();
    const source = rowSource(index, this.node.rowCount, edits.deleted);
    if (source === null) return undefined;
    if (source.added !== undefined) {
      const values = edits.added[source.added];
      if (values === undefined) return undefined;
      return { shown: { cells: addedRowCells(values, this.node.columns), source, label: "" }, base: values };
    }
    const row = tableRows.row(this.table, source.position);
    if (row === undefined) return undefined;
    const cells = overlayRow(row.cells, this.node.columns, source.position, this.editedMap);
    return { shown: { cells, source, label: String(row.label) }, base: row };
  }

  /**
   * The id of the element whose text is `message`, made when new.
   * @param {string} message
   * @returns {string}
   */
  describe(message) {
    let id = this.noteIds.get(message);
    if (id === undefined) {
      // Notes of problems long gone are dropped now and then; cells showing one get theirs again.
      if (this.noteIds.size >= 200) {
        this.noteIds.clear();
        this.notes.replaceChildren();
        this.version += 1;
      }
      id = uniqueId("cell-problem");
      this.notes.append(h("span", { id }, [message]));
      this.noteIds.set(message, id);
    }
    return id;
  }

  /**
   * The problems and edits marked on a row's cells.
   * @param {ShownRow} shown
   * @returns {import("./dataframe-cells.js").CellMarks}
   */
  marksOf(shown) {
    const describe = (/** @type {string} */ message) => this.describe(message);
    if (!this.isEditor) return { problem: () => null, edited: () => false, describe };
    const row = issueRow(shown.source, this.node.rowCount);
    const added = shown.source.added !== undefined;
    const columns = this.node.columns;
    return {
      problem: (/** @type {string} */ name) => {
        const issue = this.issues.get(cellKey(row, name));
        if (issue !== undefined) return issue;
        const c = columns.findIndex((column) => column.name === name);
        return c < 0 ? null : cellProblem(columns[c], shown.cells[c], added);
      },
      edited: (/** @type {string} */ name) =>
        added ||
        (shown.source.position !== undefined && this.editedMap.has(cellKey(shown.source.position, name))),
      describe,
    };
  }

  /** The rows' height in view, below the header. */
  viewport() {
    return Math.max(0, this.scroller.clientHeight - ROW_HEIGHT);
  }

  /**
   * On a body too tall for the browser, a wheel moves the rows by its own distance.
   * @param {WheelEvent} event
   */
  onWheel(event) {
    if (event.ctrlKey || event.deltaY === 0) return;
    const count = this.shownCount();
    const target = wheelOffset(this.offset(count), event.deltaY, event.deltaMode, this.viewport(), count);
    if (target === null) return;
    event.preventDefault();
    this.scroller.scrollTop = scrollTopFor(target, this.viewport(), count);
    this.pinnedScroll = { scrollTop: this.scroller.scrollTop, offset: target };
    this.scheduleRender();
  }

  /**
   * How far down the rows the viewport is: exact after a keyboard move, else from the scroll position.
   * @param {number} count
   * @returns {number}
   */
  offset(count) {
    const scrollTop = this.scroller.scrollTop;
    if (this.pinnedScroll !== null && Math.abs(scrollTop - this.pinnedScroll.scrollTop) < 1) {
      return this.pinnedScroll.offset;
    }
    this.pinnedScroll = null;
    return contentOffset(scrollTop, this.viewport(), count);
  }

  /** The node's height, or a height for the rows there are (plus a horizontal scrollbar's). */
  fitHeight() {
    const count = this.shownCount();
    const height = tableHeight(this.node.height, count);
    const auto = this.node.height === undefined && height < tableHeight(undefined, Infinity);
    const scrollbar = auto ? Math.max(0, this.scroller.offsetHeight - this.scroller.clientHeight - 2) : 0;
    const css = `${height + scrollbar}px`;
    if (this.scroller.style.height !== css) this.scroller.style.height = css;
    const body = `${bodyHeight(count)}px`;
    if (this.body.style.height !== body) {
      this.body.style.height = body;
      this.pinnedScroll = null;
    }
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

  /** Draws the rows in view: new ones are added, gone ones removed, changed ones filled anew. */
  render() {
    this.readEdits();
    this.readSelection();
    const count = this.shownCount();
    const scrollTop = this.scroller.scrollTop;
    const offset = this.offset(count);
    const range = visibleRows(offset, this.scroller.clientHeight, count);
    const editingRow = this.editing?.row;
    for (const [index, element] of this.rows) {
      if ((index < range.start || index >= range.end || index >= count) && index !== editingRow) {
        element.remove();
        this.rows.delete(index);
      }
    }
    let added = false;
    const format = { now: Date.now() };
    // Re-anchor when rows would be placed far from the layer's origin (a long jump).
    if (Math.abs(range.start - this.anchor) * ROW_HEIGHT > MAX_LAYER_OFFSET) this.anchor = range.start;
    const shift = `translateY(${rowTop(this.anchor, scrollTop, offset)}px)`;
    if (this.layer.style.transform !== shift) this.layer.style.transform = shift;
    for (let index = range.start; index < range.end; index += 1) {
      let element = this.rows.get(index);
      const data = index === editingRow ? undefined : this.rowAt(index);
      // A row shown for other data (a data editor's deletion shifted rows) whose new data has not
      // arrived goes back to a placeholder rather than keep showing the old row.
      if (element !== undefined && data === undefined && index !== editingRow && this.filled.has(element)) {
        element.remove();
        element = undefined;
      }
      if (element === undefined) {
        element = dataRow(index, this.layout.columns, this.readOnly);
        this.rows.set(index, element);
        added = true;
      }
      const top = `${(index - this.anchor) * ROW_HEIGHT}px`;
      if (element.style.top !== top) element.style.top = top;
      if (index === editingRow) continue;
      const last = this.filled.get(element);
      if (data === undefined || (last?.base === data.base && last.version === this.version)) continue;
      fillRow(element, this.layout.columns, data.shown, this.marksOf(data.shown), format);
      this.filled.set(element, { base: data.base, version: this.version });
    }
    // Rows in document order, so that screen readers and find-in-page read them top to bottom. Only
    // new rows are inserted: moving the others would make the browser lay every row out again.
    if (added) {
      /** @type {Element | null} */
      let next = null;
      for (const index of [...this.rows.keys()].sort((a, b) => b - a)) {
        const element = /** @type {HTMLElement} */ (this.rows.get(index));
        if (element.parentElement !== this.layer || element.nextElementSibling !== next) {
          this.layer.insertBefore(element, next);
        }
        next = element;
      }
    }
    this.decorate(count);
  }

  /** Marks what is selected and active, and brings the attributes that follow the view up to date. */
  decorate(/** @type {number} */ count) {
    const caps = this.capabilities;
    const layout = this.layout.columns;
    let activeId = null;
    for (const [index, element] of this.rows) {
      const position = Number(element.getAttribute(DATA.position) ?? NaN);
      const addedIndex = element.getAttribute(DATA.added);
      const source = addedIndex !== null
        ? { added: Number(addedIndex) }
        : Number.isNaN(position)
        ? null
        : { position };
      const rowSelected = source === null
        ? false
        : this.isEditor
        ? this.marked.has(sourceKey(source))
        : source.position !== undefined && this.selectedRows.has(source.position);
      setAttribute(
        element,
        "aria-selected",
        caps.rows !== null || this.policy.delete ? String(rowSelected) : null,
      );
      layout.forEach((entry, col) => {
        const cell = /** @type {HTMLElement | undefined} */ (element.children[col]);
        if (cell === undefined) return;
        if (entry.role === "select") {
          const box = cell.querySelector("input");
          if (box !== null) {
            box.checked = rowSelected;
            box.disabled = source === null;
          }
        } else if (entry.role === "data" && entry.column !== undefined && !this.isEditor) {
          const name = entry.column.name;
          const selected = this.selectedColumns.has(name) ||
            (source?.position !== undefined && this.selectedCells.has(cellKey(source.position, name)));
          setAttribute(
            cell,
            "aria-selected",
            caps.columns !== null || caps.cells !== null ? String(selected) : null,
          );
        }
        const isActive = this.active !== null && this.active.row === index && this.active.col === col;
        setAttribute(cell, DATA.active, isActive);
        if (isActive) {
          if (cell.id === "") cell.id = uniqueId("cell");
          activeId = cell.id;
        }
      });
    }
    setAttribute(this.scroller, "aria-activedescendant", activeId);
    syncHeader(/** @type {HTMLElement} */ (this.head.firstElementChild), layout, this.headerState());

    setAttribute(this.scroller, "aria-rowcount", count + 1);
    const noun = `${count} row${count === 1 ? "" : "s"} and ${this.node.columns.length} column${
      this.node.columns.length === 1 ? "" : "s"
    }`;
    setAttribute(this.scroller, "aria-label", `${this.node.widget?.label ?? "Table"}, ${noun}`);
    const loading = tableRows.isLoading(this.table, this.query);
    setAttribute(this.scroller, "aria-busy", loading ? "true" : null);
    const known = this.isEditor || tableRows.rowCount(this.table, this.query) !== undefined;
    setAttribute(this.root, DATA.rowCount, known ? count : null);
    setAttribute(this.root, DATA.sort, this.query.sort?.column ?? null);
    setAttribute(this.root, DATA.sortDescending, this.query.sort?.descending === true);
    setAttribute(this.root, DATA.search, this.query.search ?? null);
    const said = this.query.search === undefined || !known
      ? ""
      : `${count} row${count === 1 ? "" : "s"} match “${this.query.search}”`;
    setText(this.status, said);
    this.toolbar.sync({
      searchable: !this.isEditor,
      downloadable: !this.isEditor,
      canDownload: this.ctx.sessionId() !== undefined,
      selected: this.selection.rows.length + this.selection.columns.length + this.selection.cells.length,
      deletable: this.policy.delete ? this.marked.size : 0,
    });
  }

  scheduleFetch() {
    if (this.fetchTimer !== undefined) {
      this.fetchAgain = true;
      return;
    }
    this.fetch();
    this.fetchTimer = setTimeout(() => {
      this.fetchTimer = undefined;
      if (this.fetchAgain) {
        this.fetchAgain = false;
        this.scheduleFetch();
      }
    }, FETCH_INTERVAL_MS);
  }

  /** Asks for the blocks the viewport (and a little around it) still lacks. */
  fetch() {
    if (!this.root.isConnected) return;
    const count = this.shownCount();
    const viewCount = this.isEditor ? this.node.rowCount : count;
    let range = visibleRows(this.offset(count), this.scroller.clientHeight, count, FETCH_AHEAD_ROWS);
    if (this.isEditor) {
      // Grid rows to table positions: from the first shown table row to the last (deleted ones
      // between them are fetched too, which costs nothing worth avoiding).
      const deleted = this.readEdits().deleted;
      const first = rowSource(range.start, this.node.rowCount, deleted);
      const last = rowSource(range.end - 1, this.node.rowCount, deleted);
      const start = first?.position ?? this.node.rowCount;
      const end = last?.position !== undefined ? last.position + 1 : this.node.rowCount;
      range = { start: Math.min(start, end), end };
    } else if (tableRows.rowCount(this.table, this.query) === undefined && range.end <= range.start) {
      // A new search: its row count comes with its first rows.
      range = { start: 0, end: 1 };
    }
    const middle = (range.start + range.end) / 2;
    const missing = missingBlocks(range, (row) => tableRows.has(this.table, row, this.query))
      .sort((a, b) => Math.abs(a.block - middle) - Math.abs(b.block - middle));
    // A view whose row count is not known yet is asked for in whole blocks (the server clamps them).
    const known = this.isEditor ? viewCount : tableRows.rowCount(this.table, this.query);
    tableRows.want(this.table, missing, known ?? Number.MAX_SAFE_INTEGER, this.query);
    setAttribute(this.scroller, "aria-busy", tableRows.isLoading(this.table, this.query) ? "true" : null);
  }

  // -------------------------------------------------------------------------------------------
  // Views: sort and search

  /**
   * Shows another view: its rows come from the server; the grid starts at its top.
   * @param {ViewQuery} query
   */
  setQuery(query) {
    this.lastCount = this.shownCount();
    this.query = normalizeQuery(query);
    this.closeEditor();
    this.clearRows();
    this.active = null;
    this.pinnedScroll = null;
    this.scroller.scrollTop = 0;
    this.refresh();
  }

  /** @param {string} column */
  sortBy(column) {
    this.setQuery({ sort: nextSort(this.query.sort, column), search: this.query.search });
  }

  /** @param {string} text */
  setSearch(text) {
    if ((this.query.search ?? "") === text) return;
    this.setQuery({ sort: this.query.sort, search: text });
  }

  download() {
    const session = this.ctx.sessionId();
    if (session === undefined) return;
    // A link with `download`: the server answers with an attachment, and the page stays.
    const link = h("a", { download: "", hidden: true });
    setAttribute(link, "href", safeUrl(csvUrl(document.baseURI, session, this.table, this.query)));
    document.body.append(link);
    link.click();
    link.remove();
  }

  // -------------------------------------------------------------------------------------------
  // Selection

  /** @param {TableSelection} selection */
  commitSelection(selection) {
    const id = this.widgetId;
    if (id === undefined || !this.interactive) return;
    this.ctx.commit(id, serializeSelection(selection));
    this.render();
  }

  /**
   * A row's checkbox: a dataframe's row selection, or a data editor's rows to delete.
   * @param {number} index
   */
  toggleRowAt(index) {
    const data = this.rowAt(index);
    if (data === undefined) return;
    const source = data.shown.source;
    if (this.isEditor) {
      if (!this.policy.delete) return;
      const key = sourceKey(source);
      if (this.marked.has(key)) this.marked.delete(key);
      else this.marked.set(key, source);
      this.render();
      return;
    }
    const arity = this.capabilities.rows;
    if (arity === null || source.position === undefined) return;
    this.commitSelection(toggleRow(this.readSelection(), source.position, arity));
  }

  /** @param {string} column */
  toggleColumnSelection(column) {
    const arity = this.capabilities.columns;
    if (arity === null) return;
    this.commitSelection(toggleColumn(this.readSelection(), column, arity));
  }

  /**
   * @param {number} index
   * @param {number} col
   * @param {boolean} additive
   */
  toggleCellAt(index, col, additive) {
    const arity = this.capabilities.cells;
    const entry = this.layout.columns[col];
    const data = this.rowAt(index);
    if (arity === null || entry?.column === undefined || data?.shown.source.position === undefined) return;
    const cell = { row: data.shown.source.position, column: entry.column.name };
    this.commitSelection(toggleCell(this.readSelection(), cell, arity, additive));
  }

  // -------------------------------------------------------------------------------------------
  // Editing

  /**
   * Whether a layout column's cells can be edited now.
   * @param {number} col
   * @returns {DataColumn | null} the column, when they can
   */
  editableColumn(col) {
    const entry = this.layout.columns[col];
    if (!this.isEditor || !this.interactive || entry?.role !== "data" || entry.column === undefined) {
      return null;
    }
    return isEditable(entry.column) ? entry.column : null;
  }

  /**
   * Opens the editor of a cell; a checkbox is toggled instead.
   * @param {number} index
   * @param {number} col
   * @param {string} [typed]
   */
  startEditing(index, col, typed) {
    const column = this.editableColumn(col);
    const entry = this.layout.columns[col];
    const data = this.rowAt(index);
    if (column === null || data === undefined) return;
    const value = data.shown.cells[entry.source];
    if (columnKind(column) === "checkbox") {
      if (typed === undefined) this.setCellValue(data.shown.source, column, value !== true);
      return;
    }
    this.moveTo(index, col);
    const cell = /** @type {HTMLElement | undefined} */ (this.rows.get(index)?.children[col]);
    if (cell === undefined) return;
    const source = data.shown.source;
    const editor = openCellEditor(cell, {
      column,
      value,
      typed,
      commit: (next, move) => {
        this.finishEditing(cell, move !== "none");
        const same = next === value || (next === null && value === undefined);
        if (!same) this.setCellValue(source, column, next);
        this.moveAfterEdit(move);
      },
      cancel: () => this.finishEditing(cell, true),
    });
    this.editing = { row: index, col, close: editor.close };
  }

  /**
   * @param {HTMLElement} cell
   * @param {boolean} refocus the keyboard goes back to the grid (not when the user went elsewhere)
   */
  finishEditing(cell, refocus) {
    this.editing = null;
    forgetCell(cell);
    this.version += 1;
    this.render();
    if (refocus) this.scroller.focus({ preventScroll: true });
  }

  closeEditor() {
    if (this.editing === null) return;
    this.editing.close();
    const cell = this.rows.get(this.editing.row)?.children[this.editing.col];
    this.editing = null;
    if (cell !== undefined) forgetCell(cell);
  }

  /** @param {Move} move */
  moveAfterEdit(move) {
    if (this.active === null || move === "none" || move === "stay") return;
    const { row, col } = this.active;
    if (move === "down") this.moveTo(Math.min(row + 1, this.shownCount() - 1), col);
    else if (move === "up") this.moveTo(Math.max(0, row - 1), col);
    else this.moveTo(row, this.nextColumn(col, move === "right" ? 1 : -1));
  }

  /**
   * @param {RowSource} source
   * @param {DataColumn} column
   * @param {CellValue} value
   */
  setCellValue(source, column, value) {
    this.commitEdits(setCell(this.readEdits(), source, column.name, value));
  }

  /** @param {TableEdits} edits */
  commitEdits(edits) {
    const id = this.widgetId;
    if (id === undefined || !this.interactive) return;
    this.ctx.commit(id, serializeEdits(edits));
    this.refresh();
  }

  addRow() {
    if (!this.policy.add) return;
    this.commitEdits(addRow(this.readEdits()));
    const last = this.shownCount() - 1;
    const col = this.layout.columns.findIndex((_, i) => this.editableColumn(i) !== null);
    this.moveTo(last, col < 0 ? this.firstDataColumn() : col);
    this.scroller.focus({ preventScroll: true });
  }

  deleteMarked() {
    if (!this.policy.delete || this.marked.size === 0) return;
    const sources = [...this.marked.values()];
    this.marked.clear();
    this.commitEdits(deleteRows(this.readEdits(), sources));
    if (this.active !== null) {
      this.moveTo(Math.min(this.active.row, Math.max(0, this.shownCount() - 1)), this.active.col);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pointer and keyboard

  firstDataColumn() {
    const col = this.layout.columns.findIndex((entry) => entry.role === "data");
    return col < 0 ? 0 : col;
  }

  /**
   * The next column left or right, within the layout.
   * @param {number} col
   * @param {1 | -1} direction
   */
  nextColumn(col, direction) {
    return Math.min(this.layout.columns.length - 1, Math.max(0, col + direction));
  }

  /**
   * Makes a cell the active one and scrolls it into view.
   * @param {number} row
   * @param {number} col
   */
  moveTo(row, col) {
    const count = this.shownCount();
    if (count === 0) {
      this.active = null;
      return;
    }
    this.active = { row: Math.min(count - 1, Math.max(0, row)), col };
    const current = this.offset(count);
    const target = offsetShowing(this.active.row, current, this.viewport(), count);
    if (target !== current) {
      this.scroller.scrollTop = scrollTopFor(target, this.viewport(), count);
      // The scroll position may be rounded; remember the exact offset it stands for.
      this.pinnedScroll = { scrollTop: this.scroller.scrollTop, offset: target };
    }
    this.render();
    this.scheduleFetch();
    this.showColumn(col);
  }

  /**
   * Scrolls sideways until a column is in view beside the pinned ones.
   * @param {number} col
   */
  showColumn(col) {
    const entry = this.layout.columns[col];
    const cell = /** @type {HTMLElement | undefined} */ (this.head.firstElementChild?.children[col]);
    if (entry === undefined || entry.left !== null || cell === undefined) return;
    const pinned = this.layout.columns.reduce(
      (sum, other) => other.left !== null ? sum + other.width : sum,
      0,
    );
    const left = cell.offsetLeft;
    const right = left + cell.offsetWidth;
    if (left < this.scroller.scrollLeft + pinned) this.scroller.scrollLeft = left - pinned;
    else if (right > this.scroller.scrollLeft + this.scroller.clientWidth) {
      this.scroller.scrollLeft = right - this.scroller.clientWidth;
    }
  }

  /**
   * The grid row and layout column of an event's target.
   * @param {Event} event
   * @returns {{row: number, col: number, cell: Element} | null}
   */
  cellOf(event) {
    const target = event.target instanceof Element ? event.target : null;
    const cell = target?.closest("[role=gridcell], [role=rowheader]");
    const row = cell?.parentElement;
    if (cell == null || row == null || row.parentElement !== this.layer) return null;
    return { row: Number(row.getAttribute(DATA.row)), col: [...row.children].indexOf(cell), cell };
  }

  /** @param {MouseEvent} event */
  onClick(event) {
    const target = event.target instanceof Element ? event.target : null;
    if (target === null) return;
    const button = target.closest("button");
    if (button !== null && this.head.contains(button)) {
      const name = button.closest("[role=columnheader]")?.getAttribute(DATA.column);
      if (name == null) return;
      const testId = button.getAttribute(DATA.testId);
      if (testId === TEST_ID.dataframeSort) this.sortBy(name);
      else if (testId === TEST_ID.dataframeColumnSelect) this.toggleColumnSelection(name);
      return;
    }
    const place = this.cellOf(event);
    if (place === null) return;
    const entry = this.layout.columns[place.col];
    if (entry?.role === "select") {
      if (target instanceof HTMLInputElement) this.toggleRowAt(place.row);
      this.active = { row: place.row, col: place.col };
      this.render();
      return;
    }
    if (this.editing !== null && this.editing.row === place.row && this.editing.col === place.col) return;
    this.active = { row: place.row, col: place.col };
    if (entry?.role === "data") {
      if (this.isEditor && target.closest(`.${CLASS.cellCheckbox}`) !== null) {
        this.startEditing(place.row, place.col);
      } else this.toggleCellAt(place.row, place.col, event.ctrlKey || event.metaKey);
    }
    this.render();
  }

  /** @param {MouseEvent} event */
  onDoubleClick(event) {
    const place = this.cellOf(event);
    if (place === null || this.editableColumn(place.col) === null) return;
    if (columnKind(/** @type {DataColumn} */ (this.layout.columns[place.col].column)) === "checkbox") return;
    event.preventDefault();
    this.startEditing(place.row, place.col);
  }

  /** @param {KeyboardEvent} event */
  onKeyDown(event) {
    // Keys in the header's buttons and the cell editor are theirs.
    if (event.target !== this.scroller || this.editing !== null) return;
    const active = this.active ?? { row: 0, col: this.firstDataColumn() };
    const entry = this.layout.columns[active.col];
    const column = this.editableColumn(active.col);
    const cell = this.rows.get(active.row)?.children[active.col];
    const action = gridKeyAction({
      key: event.key,
      ctrl: event.ctrlKey,
      meta: event.metaKey,
      alt: event.altKey,
    }, {
      row: active.row,
      col: active.col,
      rowCount: this.shownCount(),
      columnCount: this.layout.columns.length,
      pageRows: Math.max(1, Math.floor(this.viewport() / ROW_HEIGHT)),
      role: entry?.role ?? "data",
      editor: this.isEditor,
      editable: column !== null,
      checkbox: entry?.column !== undefined && columnKind(entry.column) === "checkbox",
      link: cell?.querySelector("a[href]") != null,
      searchable: !this.isEditor,
      marked: this.marked.size,
      selection: this.capabilities,
    });
    if (action === null) return;
    event.preventDefault();
    switch (action.type) {
      case "move":
        this.moveTo(action.row, action.col);
        return;
      case "openSearch":
        this.toolbar.openSearch();
        return;
      case "toggleRow":
        this.toggleRowAt(active.row);
        return;
      case "toggleCell":
        this.toggleCellAt(active.row, active.col, action.additive);
        return;
      case "edit":
        this.startEditing(active.row, active.col, action.typed);
        return;
      case "followLink": {
        const link = cell?.querySelector("a[href]");
        if (link instanceof HTMLAnchorElement) link.click();
        return;
      }
      case "deleteRows":
        this.deleteMarked();
        return;
      case "clearCell": {
        const data = this.rowAt(active.row);
        if (column !== null && data !== undefined) this.setCellValue(data.shown.source, column, null);
        return;
      }
      case "unmark":
        this.marked.clear();
        this.render();
        return;
    }
  }
}

/** The view behind each grid element. */
const views = /** @type {WeakMap<HTMLElement, TableView>} */ (new WeakMap());

/** @type {DataframeRenderer} */
export const dataframe = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.dataframe}` });
    const view = new TableView(root, node, ctx);
    views.set(root, view);
    view.show(node);
    return root;
  },
  update(root, node, ctx) {
    const view = views.get(root);
    if (view === undefined) return;
    view.ctx = ctx;
    view.show(node);
  },
};
