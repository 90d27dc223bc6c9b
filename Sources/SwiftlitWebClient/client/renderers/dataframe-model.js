// The arithmetic of a virtualized table, without the DOM: which rows the viewport shows, which
// blocks of rows they fall in, what a `rows` request for a block of a sorted or searched view looks
// like, how a scroll position maps to rows when the table is too tall for the browser, how tall the
// table is and how its columns are laid out. Tested in Tests/WebClientTests/dataframe.test.js.

import { cellText, columnKind } from "./cell-format.js";

/** @typedef {import("../protocol-data.js").DataColumn} DataColumn */
/** @typedef {import("../protocol-data.js").Row} Row */
/** @typedef {import("../protocol-data.js").RowsRequestMessage} RowsRequestMessage */
/** @typedef {import("../protocol-data.js").TableSort} TableSort */

/**
 * A view of a table: its rows in the order of `sort` (the table's own without), narrowed to those
 * with a cell containing `search`. The server sorts and searches; the browser caches each view's
 * rows apart.
 * @typedef {object} ViewQuery
 * @property {TableSort} [sort]
 * @property {string} [search] never empty
 */

/** Every row (and the header) is this many pixels tall. */
export const ROW_HEIGHT = 32;
/** The height of a table whose node gives none (less when its rows need less). */
export const DEFAULT_TABLE_HEIGHT = 400;
/** Rows are fetched in blocks of this many, aligned to multiples of it. */
export const BLOCK_SIZE = 100;
/** Rows drawn beyond each edge of the viewport, so that slow scrolling shows no gap. */
export const OVERSCAN_ROWS = 8;
/**
 * The tallest the table's body gets. Browsers cap an element's height (Chromium near 16.7 million
 * pixels, Firefox near 17.9 million): at 32 pixels a row, past 250,000 rows the body stays this tall
 * and the scroll position is scaled to rows (see {@link contentOffset}).
 */
export const MAX_BODY_HEIGHT = 8_000_000;
/** A table's border, top and bottom together. */
const BORDER_PX = 2;

/**
 * @typedef {object} RowRange rows `start..<end`
 * @property {number} start
 * @property {number} end
 */

/**
 * The rows to draw for a scroll position: those in the viewport below the sticky header, and
 * `overscan` more on each side, clamped to the table.
 * @param {number} scrollTop how far down the rows the viewport is, in pixels of rows: the
 *   scroller's `scrollTop`, or for a scaled body its {@link contentOffset}
 * @param {number} viewportHeight the scroller's `clientHeight` (the header included)
 * @param {number} rowCount
 * @param {number} [overscan]
 * @returns {RowRange}
 */
export function visibleRows(scrollTop, viewportHeight, rowCount, overscan = OVERSCAN_ROWS) {
  const bodyHeight = Math.max(0, viewportHeight - ROW_HEIGHT);
  const first = Math.floor(Math.max(0, scrollTop) / ROW_HEIGHT);
  const last = Math.ceil((Math.max(0, scrollTop) + bodyHeight) / ROW_HEIGHT);
  const start = Math.min(rowCount, Math.max(0, first - overscan));
  return { start, end: Math.min(rowCount, Math.max(start, last + overscan)) };
}

/**
 * The first row of the block that holds `row`.
 * @param {number} row
 * @returns {number} a multiple of {@link BLOCK_SIZE}
 */
export function blockStart(row) {
  return Math.floor(row / BLOCK_SIZE) * BLOCK_SIZE;
}

/**
 * The blocks (by first row) that rows `range` fall in, in order.
 * @param {RowRange} range
 * @returns {number[]}
 */
export function blocksOf(range) {
  /** @type {number[]} */
  const blocks = [];
  if (range.start >= range.end) return blocks;
  for (let block = blockStart(range.start); block < range.end; block += BLOCK_SIZE) blocks.push(block);
  return blocks;
}

/**
 * The blocks of `range` that still lack a row the range needs, each with the first row it lacks.
 * @param {RowRange} range
 * @param {(row: number) => boolean} has whether a row is in the cache
 * @returns {Array<{block: number, from: number}>}
 */
export function missingBlocks(range, has) {
  /** @type {Array<{block: number, from: number}>} */
  const missing = [];
  for (const block of blocksOf(range)) {
    const from = Math.max(block, range.start);
    const to = Math.min(block + BLOCK_SIZE, range.end);
    for (let row = from; row < to; row += 1) {
      if (!has(row)) {
        missing.push({ block, from: firstMissing(block, row, has) });
        break;
      }
    }
  }
  return missing;
}

/**
 * The first row of `block` missing from the cache, at most `known` (a row known to be missing). The
 * first page travels with the node, so block 0 usually lacks only its second half.
 * @param {number} block
 * @param {number} known
 * @param {(row: number) => boolean} has
 * @returns {number}
 */
function firstMissing(block, known, has) {
  let row = block;
  while (row < known && has(row)) row += 1;
  return row;
}

/**
 * The `rows` message asking for the rest of a block of a view: from its first missing row to the
 * block's end (or the view's).
 * @param {string} table
 * @param {number} from the first missing row, inside its block
 * @param {number} rowCount the view's row count
 * @param {ViewQuery} [query] the view; the table's own order when omitted
 * @returns {RowsRequestMessage}
 */
export function rowsRequest(table, from, rowCount, query = {}) {
  const end = Math.min(blockStart(from) + BLOCK_SIZE, rowCount);
  /** @type {RowsRequestMessage} */
  const message = { type: "rows", table, offset: from, count: Math.max(1, end - from) };
  if (query.sort !== undefined) {
    message.sort = { column: query.sort.column, descending: query.sort.descending };
  }
  if (query.search !== undefined && query.search !== "") message.search = query.search;
  return message;
}

/**
 * A query without what does not narrow or order: an empty search is no search.
 * @param {{sort?: TableSort | null, search?: string | null}} query
 * @returns {ViewQuery}
 */
export function normalizeQuery(query) {
  /** @type {ViewQuery} */
  const normal = {};
  if (query.sort !== undefined && query.sort !== null) {
    normal.sort = { column: query.sort.column, descending: query.sort.descending };
  }
  if (typeof query.search === "string" && query.search !== "") normal.search = query.search;
  return normal;
}

/**
 * The key of a view's cached rows: equal for equal views of a table.
 * @param {string} table
 * @param {ViewQuery} query
 * @returns {string}
 */
export function viewKey(table, query) {
  const sort = query.sort === undefined ? "" : `${query.sort.descending ? "-" : "+"}${query.sort.column}`;
  return JSON.stringify([table, sort, query.search ?? ""]);
}

/**
 * The sort after a click on a column's header: ascending, then descending, then the table's own
 * order; a click on another column sorts by it, ascending.
 * @param {TableSort | undefined} sort
 * @param {string} column
 * @returns {TableSort | undefined}
 */
export function nextSort(sort, column) {
  if (sort === undefined || sort.column !== column) return { column, descending: false };
  return sort.descending ? undefined : { column, descending: true };
}

/**
 * A sort kept across a change of the table (as Streamlit keeps it), while its column is still shown.
 * @param {TableSort | undefined} sort
 * @param {DataColumn[]} columns
 * @returns {TableSort | undefined}
 */
export function keptSort(sort, columns) {
  return sort !== undefined && columns.some((column) => column.name === sort.column) ? sort : undefined;
}

/**
 * Where the browser downloads a view as CSV: the server writes the whole table, sorted and
 * searched as shown.
 * @param {string} base the page's base URL (`document.baseURI`)
 * @param {string} session the session id of the `session` message
 * @param {string} table
 * @param {ViewQuery} query
 * @returns {string}
 */
export function csvUrl(base, session, table, query) {
  const url = new URL("_stcore/table.csv", base);
  url.searchParams.set("session", session);
  url.searchParams.set("table", table);
  if (query.sort !== undefined) {
    url.searchParams.set("sort", query.sort.column);
    if (query.sort.descending) url.searchParams.set("descending", "1");
  }
  if (query.search !== undefined && query.search !== "") url.searchParams.set("search", query.search);
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// Scrolling a body too tall for the browser
//
// The body is as tall as its rows up to MAX_BODY_HEIGHT. Beyond, a scroll position stands for the
// same fraction of the rows: the viewport's top is `contentOffset` pixels down the (virtual) rows,
// and a row is drawn at `rowTop`, relative to the scroll position, so that the rows in view sit
// where they belong. When the body holds every row, both are the identity.

/**
 * The body's height.
 * @param {number} rowCount
 * @returns {number} pixels
 */
export function bodyHeight(rowCount) {
  return Math.min(rowCount * ROW_HEIGHT, MAX_BODY_HEIGHT);
}

/**
 * How far down the rows the viewport's top is, for a scroll position.
 * @param {number} scrollTop
 * @param {number} viewport the height the rows have in view (below the header)
 * @param {number} rowCount
 * @returns {number} pixels of rows
 */
export function contentOffset(scrollTop, viewport, rowCount) {
  const content = rowCount * ROW_HEIGHT;
  const body = bodyHeight(rowCount);
  if (content <= body) return Math.max(0, scrollTop);
  const maxScroll = body - viewport;
  const maxOffset = content - viewport;
  if (maxScroll <= 0) return 0;
  return Math.min(1, Math.max(0, scrollTop / maxScroll)) * maxOffset;
}

/**
 * Where a wheel moves the rows of a body too tall for the browser: by the wheel's own distance, as
 * on any other table (a scaled scroll position would move tens of rows per pixel). `null` when the
 * body holds every row, so the browser scrolls it natively.
 * @param {number} offset the current content offset
 * @param {number} deltaY the wheel event's `deltaY`
 * @param {number} deltaMode the wheel event's `deltaMode`: 0 pixels, 1 lines, 2 pages
 * @param {number} viewport the height the rows have in view
 * @param {number} rowCount
 * @returns {number | null} the new content offset
 */
export function wheelOffset(offset, deltaY, deltaMode, viewport, rowCount) {
  const content = rowCount * ROW_HEIGHT;
  if (content <= bodyHeight(rowCount)) return null;
  const unit = deltaMode === 1 ? ROW_HEIGHT : deltaMode === 2 ? viewport : 1;
  return Math.min(Math.max(0, content - viewport), Math.max(0, offset + deltaY * unit));
}

/**
 * The scroll position for a content offset: the inverse of {@link contentOffset}.
 * @param {number} offset
 * @param {number} viewport
 * @param {number} rowCount
 * @returns {number}
 */
export function scrollTopFor(offset, viewport, rowCount) {
  const content = rowCount * ROW_HEIGHT;
  const body = bodyHeight(rowCount);
  if (content <= body) return Math.max(0, offset);
  const maxOffset = content - viewport;
  if (maxOffset <= 0) return 0;
  return Math.min(1, Math.max(0, offset / maxOffset)) * (body - viewport);
}

/**
 * Where a row is drawn in the body.
 * @param {number} row
 * @param {number} scrollTop
 * @param {number} offset the {@link contentOffset} of `scrollTop`
 * @returns {number} pixels from the body's top, whole
 */
export function rowTop(row, scrollTop, offset) {
  return row * ROW_HEIGHT + Math.round(scrollTop - offset);
}

/**
 * The content offset that brings a row fully into view, moving as little as it can.
 * @param {number} row
 * @param {number} offset the current content offset
 * @param {number} viewport
 * @param {number} rowCount
 * @returns {number}
 */
export function offsetShowing(row, offset, viewport, rowCount) {
  const top = row * ROW_HEIGHT;
  const maxOffset = Math.max(0, rowCount * ROW_HEIGHT - viewport);
  let next = offset;
  if (top < offset) next = top;
  else if (top + ROW_HEIGHT > offset + viewport) next = top + ROW_HEIGHT - viewport;
  return Math.min(maxOffset, Math.max(0, next));
}

/**
 * The row a key moves to: arrows by one, Page Up/Down by a viewport, Home/End (and with Ctrl or ⌘)
 * to the first and last row.
 * @param {string} key `KeyboardEvent.key`
 * @param {number} row the current row
 * @param {number} rowCount
 * @param {number} pageRows rows in view
 * @returns {number | null} `null` for keys that do not move between rows
 */
export function rowAfterKey(key, row, rowCount, pageRows) {
  const last = Math.max(0, rowCount - 1);
  const clamp = (/** @type {number} */ n) => Math.min(last, Math.max(0, n));
  switch (key) {
    case "ArrowDown":
      return clamp(row + 1);
    case "ArrowUp":
      return clamp(row - 1);
    case "PageDown":
      return clamp(row + Math.max(1, pageRows - 1));
    case "PageUp":
      return clamp(row - Math.max(1, pageRows - 1));
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}

/**
 * The scroller's height: the node's, or enough for the header and every row up to the default.
 * @param {number | undefined} height the node's `height`
 * @param {number} rowCount
 * @returns {number} pixels, borders included
 */
export function tableHeight(height, rowCount) {
  if (height !== undefined && height > 0) return height;
  return Math.min(DEFAULT_TABLE_HEIGHT, (rowCount + 1) * ROW_HEIGHT + BORDER_PX);
}

// ---------------------------------------------------------------------------------------------
// Columns

/** The pixel widths of the width presets, as Streamlit's. */
export const WIDTH_PRESETS = Object.freeze({ small: 75, medium: 200, large: 400 });
/** The row-selection checkbox column's width. */
export const SELECT_COLUMN_PX = 36;

/** Pixels per character of the table's font, as an estimate for starting column widths. */
const CHAR_PX = 8;
const CELL_PADDING_PX = 24;
/** Room in a header for its sort arrow. */
const HEADER_EXTRA_PX = 20;
const MIN_COLUMN_PX = 64;
const MIN_NUMBER_COLUMN_PX = 80;
const MAX_COLUMN_PX = 320;
/** Starting widths of the kinds whose content is no text. */
const KIND_WIDTH_PX = /** @type {Record<string, number>} */ ({
  checkbox: 64,
  image: 80,
  progress: 140,
  lineChart: 140,
  barChart: 140,
  areaChart: 140,
});

/**
 * One column of the grid, in the order shown.
 * @typedef {object} LayoutColumn
 * @property {"select" | "index" | "data"} role the row-selection checkboxes, the index, or a column
 * @property {number} source the column's place in the node's `columns` (and in each row); -1 for others
 * @property {DataColumn | undefined} column
 * @property {number} width pixels: the width it starts at (and keeps, when `fixed`)
 * @property {boolean} fixed `false`: it may grow to fill the table's width
 * @property {number | null} left its sticky offset from the left edge; `null` when not pinned
 */

/**
 * @typedef {object} ColumnLayout
 * @property {LayoutColumn[]} columns
 * @property {string} template the CSS `grid-template-columns`
 * @property {number} width the starting widths added up
 */

/**
 * @typedef {object} LayoutOptions
 * @property {boolean} select whether rows have a selection checkbox
 * @property {boolean} index whether the index column shows
 * @property {number} rowCount
 * @property {number[]} [labels] the index labels at hand (the widest decides the index's width)
 * @property {boolean} [fitContent] no column grows past its starting width
 */

/**
 * How the grid lays its columns out: the selection checkboxes and the index first, then pinned
 * columns (they stay in view when the table scrolls sideways), then the others. A column starts at
 * its `widthPoints`, its width preset (small 75, medium 200, large 400), or a width that fits its
 * header and the rows at hand.
 * @param {DataColumn[]} columns
 * @param {Row[]} rows the first page
 * @param {LayoutOptions} options
 * @returns {ColumnLayout}
 */
export function columnLayout(columns, rows, options) {
  /** @type {LayoutColumn[]} */
  const layout = [];
  if (options.select) {
    layout.push({
      role: "select",
      source: -1,
      column: undefined,
      width: SELECT_COLUMN_PX,
      fixed: true,
      left: 0,
    });
  }
  if (options.index) {
    const labels = (options.labels ?? []).map((label) => String(label).length);
    const digits = Math.max(String(Math.max(0, options.rowCount - 1)).length, ...labels);
    const index = Math.max(40, digits * CHAR_PX + CELL_PADDING_PX);
    layout.push({ role: "index", source: -1, column: undefined, width: index, fixed: true, left: 0 });
  }
  const data = columns.map((column, source) => {
    const explicit = column.widthPoints ??
      (column.width === undefined ? undefined : WIDTH_PRESETS[column.width]);
    const width = explicit ?? estimateWidth(column, source, rows);
    const pinned = column.pinned === true;
    /** @type {LayoutColumn} */
    const entry = {
      role: "data",
      source,
      column,
      width,
      fixed: explicit !== undefined || pinned || options.fitContent === true,
      left: pinned ? 0 : null,
    };
    return entry;
  });
  layout.push(...data.filter((entry) => entry.left !== null), ...data.filter((entry) => entry.left === null));
  let left = 0;
  for (const entry of layout) {
    if (entry.left === null) continue;
    entry.left = left;
    left += entry.width;
  }
  // The index and checkboxes are pinned only when something scrolls beneath them; a table of pinned
  // columns alone needs none of it, but the offsets stay right either way.
  const template = layout.map((entry) => entry.fixed ? `${entry.width}px` : `minmax(${entry.width}px, 1fr)`);
  return {
    columns: layout,
    template: template.join(" "),
    width: layout.reduce((sum, entry) => sum + entry.width, 0),
  };
}

/**
 * A width that fits a column's header and its cells in the rows at hand, within bounds.
 * @param {DataColumn} column
 * @param {number} source
 * @param {Row[]} rows
 * @returns {number}
 */
function estimateWidth(column, source, rows) {
  const header = (column.label ?? column.name).length * CHAR_PX + CELL_PADDING_PX + HEADER_EXTRA_PX;
  const kindWidth = KIND_WIDTH_PX[columnKind(column)];
  if (kindWidth !== undefined) return Math.min(MAX_COLUMN_PX, Math.max(kindWidth, header));
  let longest = 0;
  for (const row of rows.slice(0, 100)) longest = Math.max(longest, cellText(row[source], column).length);
  const cells = longest * CHAR_PX + CELL_PADDING_PX;
  // Numbers further down are often longer than the first page's (ids, totals).
  const least = columnKind(column) === "number" ? MIN_NUMBER_COLUMN_PX : MIN_COLUMN_PX;
  return Math.min(MAX_COLUMN_PX, Math.max(least, header, cells));
}
