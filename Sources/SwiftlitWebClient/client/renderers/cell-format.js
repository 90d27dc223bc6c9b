// What one table cell shows, as data: its column's kind (Streamlit's column types) decides whether a
// value is text, a checkbox, a link, an image, a progress bar, chips or a sparkline, and its format
// how numbers and dates read. The DOM is drawn from this by cell-content.js, for the dataframe grid
// and the static table alike. Pure functions; tested in Tests/WebClientTests/cell-format.test.js.

import { formatTemporal } from "../date-format.js";
import { formatNumberWith } from "../number-format.js";

/** @typedef {import("../protocol-data.js").Cell} Cell */
/** @typedef {import("../protocol-data.js").DataColumn} DataColumn */
/** @typedef {import("../protocol-types.js").ColumnKind} ColumnKind */
/** @typedef {import("../protocol-types.js").ColumnType} ColumnType */
/** @typedef {"lineChart" | "barChart" | "areaChart"} ChartKind */

/**
 * What a cell shows.
 * @typedef {{type: "text", text: string, missing?: boolean}
 *   | {type: "checkbox", checked: boolean | null}
 *   | {type: "link", href: string | null, text: string}
 *   | {type: "image", src: string | null}
 *   | {type: "progress", fraction: number, text: string}
 *   | {type: "chips", items: string[]}
 *   | {type: "chart", chart: ChartKind, values: number[], min: number, max: number}
 *   | {type: "empty"}} CellView
 */

/**
 * @typedef {object} CellFormatOptions
 * @property {string} [locale] for localized numbers and dates; the browser's when omitted
 * @property {number} [now] for relative dates; `Date.now()` when omitted
 */

/** The text of a missing value in text-like columns, as in Streamlit. */
export const MISSING_TEXT = "None";

/** The kind each type shows as when the app chose none. */
const DEFAULT_KIND = /** @type {Record<ColumnType, ColumnKind>} */ ({
  number: "number",
  integer: "number",
  text: "text",
  boolean: "checkbox",
  date: "date",
  time: "time",
  datetime: "datetime",
  json: "json",
});

/**
 * How a column shows its cells: its `kind`, or its type's default.
 * @param {DataColumn} column
 * @returns {ColumnKind}
 */
export function columnKind(column) {
  return column.kind ?? DEFAULT_KIND[column.type];
}

/**
 * Whether a column's cells line up on the right (numbers and progress bars).
 * @param {DataColumn} column
 * @returns {boolean}
 */
export function isNumericColumn(column) {
  const kind = columnKind(column);
  return kind === "number" || kind === "progress";
}

/**
 * A number as a table shows it without a format: at most four decimals, trailing zeros trimmed;
 * scientific notation when that would hide it (tiny) or be unwieldy (huge).
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
 * A number in a column: the column's format, whole for an integer column, else the default.
 * @param {number} value
 * @param {DataColumn} column
 * @param {string | undefined} locale
 * @returns {string}
 */
export function formatColumnNumber(value, column, locale) {
  if (column.format !== undefined && column.format !== "") {
    return formatNumberWith(value, column.format, locale);
  }
  if (column.type === "integer" && Number.isInteger(value)) return String(value);
  return formatCellNumber(value);
}

/**
 * A value as plain text, for the columns that show text.
 * @param {Cell | undefined} value not missing
 * @param {DataColumn} column
 * @param {ColumnKind} kind
 * @param {CellFormatOptions} options
 * @returns {string}
 */
function plainText(value, column, kind, options) {
  if (typeof value === "number") return formatColumnNumber(value, column, options.locale);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") {
    if (kind === "date" || kind === "time" || kind === "datetime") {
      // A datetime shown as a time: the part after the date.
      const text = kind === "time" && column.type === "datetime" ? value.replace(/^[^T ]*[T ]/, "") : value;
      return formatTemporal(text, kind, column.format, options);
    }
    return value;
  }
  return compactJson(value);
}

/**
 * JSON on one line, as a JSON column shows it; a string as itself.
 * @param {Cell | undefined} value
 * @returns {string}
 */
export function compactJson(value) {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "";
}

/**
 * What a cell shows for a value of a column.
 * @param {Cell | undefined} value `undefined` for a row shorter than its columns
 * @param {DataColumn} column
 * @param {CellFormatOptions} [options]
 * @returns {CellView}
 */
export function cellView(value, column, options = {}) {
  const kind = columnKind(column);
  const missing = value === null || value === undefined;
  switch (kind) {
    case "checkbox":
      if (missing) return { type: "checkbox", checked: null };
      if (typeof value === "boolean") return { type: "checkbox", checked: value };
      break;
    case "link":
      if (missing) return { type: "empty" };
      if (typeof value === "string") {
        return { type: "link", href: linkHref(value), text: linkText(value, column.displayText) };
      }
      break;
    case "image":
      if (missing) return { type: "empty" };
      if (typeof value === "string") return { type: "image", src: imageSrc(value) };
      break;
    case "progress":
      if (missing) return { type: "empty" };
      if (typeof value === "number") return progressView(value, column, options.locale);
      break;
    case "list":
      if (missing) return { type: "empty" };
      if (Array.isArray(value)) {
        return {
          type: "chips",
          items: value.map((item) => listItemText(item, column, options)),
        };
      }
      break;
    case "lineChart":
    case "barChart":
    case "areaChart": {
      if (missing) return { type: "empty" };
      const values = numberArray(value);
      if (values === null) break;
      const [low, high] = chartRange(values, column);
      return { type: "chart", chart: kind, values, min: low, max: high };
    }
    default:
      break;
  }
  if (missing) return { type: "text", text: MISSING_TEXT, missing: true };
  return { type: "text", text: plainText(value, column, kind, options) };
}

/**
 * A cell as one line of text: what a screen reader says for it, and what starting widths measure.
 * @param {Cell | undefined} value
 * @param {DataColumn} column
 * @param {CellFormatOptions} [options]
 * @returns {string}
 */
export function cellText(value, column, options = {}) {
  const view = cellView(value, column, options);
  switch (view.type) {
    case "text":
    case "link":
    case "progress":
      return view.text;
    case "checkbox":
      return view.checked === null ? "" : String(view.checked);
    case "chips":
      return view.items.join(", ");
    case "chart":
      return chartSummary(view);
    case "image":
    case "empty":
      return "";
  }
}

/**
 * What a sparkline says to a screen reader.
 * @param {{chart: ChartKind, values: number[]}} chart
 * @returns {string}
 */
export function chartSummary(chart) {
  const name = { lineChart: "Line chart", barChart: "Bar chart", areaChart: "Area chart" }[chart.chart];
  if (chart.values.length === 0) return `${name}, no values`;
  const low = formatCellNumber(Math.min(...chart.values));
  const high = formatCellNumber(Math.max(...chart.values));
  return `${name} of ${chart.values.length} value${
    chart.values.length === 1 ? "" : "s"
  } from ${low} to ${high}`;
}

/**
 * @param {unknown} item a JSON value
 * @param {DataColumn} column
 * @param {CellFormatOptions} options
 * @returns {string}
 */
function listItemText(item, column, options) {
  if (item === null) return MISSING_TEXT;
  if (typeof item === "number") return formatColumnNumber(item, column, options.locale);
  return compactJson(/** @type {Cell} */ (item));
}

/**
 * The finite numbers of a sparkline cell; missing points are skipped.
 * @param {Cell | undefined} value
 * @returns {number[] | null} `null` when the value is not a list of numbers
 */
export function numberArray(value) {
  if (!Array.isArray(value)) return null;
  /** @type {number[]} */
  const numbers = [];
  for (const item of value) {
    if (typeof item === "number" && Number.isFinite(item)) numbers.push(item);
    else if (item !== null) return null;
  }
  return numbers;
}

/**
 * A sparkline's vertical range: the column's `min` and `max`, else the data's (with zero included
 * for bars, which grow from it).
 * @param {number[]} values
 * @param {DataColumn} column
 * @returns {[number, number]}
 */
export function chartRange(values, column) {
  const kind = columnKind(column);
  let low = column.min ?? (values.length > 0 ? Math.min(...values) : 0);
  let high = column.max ?? (values.length > 0 ? Math.max(...values) : 1);
  if (kind === "barChart" && column.min === undefined) low = Math.min(0, low);
  if (low === high) [low, high] = [low - 1, high + 1];
  return [low, high];
}

/**
 * A progress cell: its fill between `min` (0) and `max` (1, or 100 when the value is above 1), and
 * its text.
 * @param {number} value
 * @param {DataColumn} column
 * @param {string | undefined} locale
 * @returns {{type: "progress", fraction: number, text: string}}
 */
export function progressView(value, column, locale) {
  const low = column.min ?? 0;
  const high = column.max ?? (value > 1 ? 100 : 1);
  const fraction = high > low ? Math.min(1, Math.max(0, (value - low) / (high - low))) : 0;
  return { type: "progress", fraction, text: formatColumnNumber(value, column, locale) };
}

/**
 * A link's target, if it is a web or mail address; anything else (javascript:, data:, relative
 * paths) is shown as text only.
 * @param {string} url
 * @returns {string | null}
 */
export function linkHref(url) {
  return /^(?:https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : null;
}

/**
 * An image's source, if it is a web address or a data: image.
 * @param {string} url
 * @returns {string | null}
 */
export function imageSrc(url) {
  return /^(?:https?:\/\/|data:image\/)/i.test(url.trim()) ? url.trim() : null;
}

/** Compiled `displayText` patterns; `null` for text that is no pattern with a group. */
const displayPatterns = /** @type {Map<string, RegExp | null>} */ (new Map());

/**
 * A link's text: the URL; or the column's `displayText`, which is shown as it is, unless it is a
 * regular expression with a capture group, whose first group in the URL is shown (the URL when it
 * does not match). `https://(.*?)\.example\.com` shows `docs` for `https://docs.example.com`.
 * @param {string} url
 * @param {string | undefined} displayText
 * @returns {string}
 */
export function linkText(url, displayText) {
  if (displayText === undefined || displayText === "") return url;
  let pattern = displayPatterns.get(displayText);
  if (pattern === undefined) {
    pattern = null;
    try {
      const compiled = new RegExp(displayText);
      // A pattern with a group matches "" (through the empty alternative) with that group in the result.
      if ((new RegExp(`${displayText}|`).exec("")?.length ?? 0) > 1) pattern = compiled;
    } catch {
      // Not a regular expression: fixed text.
    }
    displayPatterns.set(displayText, pattern);
  }
  if (pattern === null) return displayText;
  const match = pattern.exec(url);
  if (match === null || match[1] === undefined) return url;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
