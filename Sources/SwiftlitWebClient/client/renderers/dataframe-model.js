// The arithmetic of a virtualized table, without the DOM: which rows the viewport shows, which
// blocks of rows they fall in, what a `rows` request for a block looks like, how tall the table is,
// how wide its columns start, and how a cell reads. Tested in Tests/WebClientTests/dataframe.test.js.

/** @typedef {import("../protocol-data.js").Cell} Cell */
/** @typedef {import("../protocol-data.js").ColumnType} ColumnType */
/** @typedef {import("../protocol-data.js").DataColumn} DataColumn */
/** @typedef {import("../protocol-data.js").Row} Row */
/** @typedef {import("../protocol-data.js").RowsRequestMessage} RowsRequestMessage */

/** Every row (and the header) is this many pixels tall. */
export const ROW_HEIGHT = 32;
/** The height of a table whose node gives none (less when its rows need less). */
export const DEFAULT_TABLE_HEIGHT = 400;
/** Rows are fetched in blocks of this many, aligned to multiples of it. */
export const BLOCK_SIZE = 100;
/** Rows drawn beyond each edge of the viewport, so that slow scrolling shows no gap. */
export const OVERSCAN_ROWS = 8;
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
 * @param {number} scrollTop the scroller's `scrollTop`
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
 * The `rows` message asking for the rest of a block: from its first missing row to the block's end
 * (or the table's).
 * @param {string} table
 * @param {number} from the first missing row, inside its block
 * @param {number} rowCount the table's row count
 * @returns {RowsRequestMessage}
 */
export function rowsRequest(table, from, rowCount) {
  const end = Math.min(blockStart(from) + BLOCK_SIZE, rowCount);
  return { type: "rows", table, offset: from, count: Math.max(1, end - from) };
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

/**
 * A number as a table shows it: at most four decimals, trailing zeros trimmed; scientific
 * notation when that would hide it (tiny) or be unwieldy (huge).
 * @param {number} value
 * @returns {string}
 */
export function formatCellNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 0.0001 || magnitude >= 1e15)) {
    return value.toExponential(4).replace(/\.?0+e/, "e");
  }
  const text = value.toFixed(4).replace(/\.?0+$/, "");
  return text === "-0" ? "0" : text;
}

/**
 * A cell's text. `null` reads `None`, as in Streamlit; booleans are ✓ and ✗.
 * @param {Cell | undefined} value
 * @param {ColumnType} type
 * @returns {string}
 */
export function formatCell(value, type) {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "✓" : "✗";
  if (typeof value === "number") {
    return type === "integer" && Number.isInteger(value) ? String(value) : formatCellNumber(value);
  }
  return value;
}

/**
 * Whether a column's cells line up on the right.
 * @param {ColumnType} type
 * @returns {boolean}
 */
export function isNumeric(type) {
  return type === "number" || type === "integer";
}

/** Pixels per character of the table's font, as an estimate for starting column widths. */
const CHAR_PX = 8;
const CELL_PADDING_PX = 24;
const MIN_COLUMN_PX = 64;
const MAX_COLUMN_PX = 320;

/**
 * Starting column widths from the header and the rows at hand (the first page): wide enough for
 * the longest, within bounds. The index column fits the largest row number.
 * @param {DataColumn[]} columns
 * @param {Row[]} rows
 * @param {number} rowCount
 * @returns {{index: number, columns: number[]}} pixels
 */
export function columnWidths(columns, rows, rowCount) {
  const fit = (/** @type {number} */ chars) =>
    Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, chars * CHAR_PX + CELL_PADDING_PX));
  const widths = columns.map((column, c) => {
    let longest = column.name.length + 1;
    for (const row of rows) longest = Math.max(longest, formatCell(row[c], column.type).length);
    return fit(longest);
  });
  const index = Math.max(40, String(Math.max(0, rowCount - 1)).length * CHAR_PX + CELL_PADDING_PX);
  return { index, columns: widths };
}
