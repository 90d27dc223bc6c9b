// Tables and charts, and the messages that page a table's rows, under the names the rest of the client
// imports from this module. Their types are generated from the Swift types into protocol-types.js
// (scripts/gen-protocol.sh), except a table's cells, which the generator leaves to the hand-written
// `rows` rule and which are typed here. Types only.

/**
 * One cell of a table: a JSON scalar, or for a `json` column (lists, sparkline points) any JSON.
 * @typedef {null | boolean | number | string | unknown[] | {[key: string]: unknown}} Cell
 */
/** One row of a table, a cell per column. @typedef {Cell[]} Row */

/**
 * One column of a chart's data set: exactly one typed array, and the positions in it whose value
 * is missing (dates are numbers, milliseconds since 1970).
 * @typedef {object} ChartColumn
 * @property {string} name
 * @property {number[]} [numbers]
 * @property {string[]} [texts]
 * @property {boolean[]} [booleans]
 * @property {number[]} [codes] texts as positions in `categories`
 * @property {string[]} [categories]
 * @property {number[]} [missing]
 */
/** @typedef {import("./protocol-types.js").ColumnType} ColumnType */
/** @typedef {import("./protocol-types.js").DataColumn} DataColumn */
/** @typedef {import("./protocol-types.js").DataFrameNode} DataframeNode */
/** @typedef {import("./protocol-types.js").TableNode} TableNode */
/** @typedef {import("./protocol-types.js").TableSort} TableSort */
/** @typedef {import("./protocol-types.js").TableSelectionMode} TableSelectionMode */
/** @typedef {import("./protocol-types.js").EditorSettings} EditorSettings */
/** @typedef {import("./protocol-types.js").CellIssue} CellIssue */
/** @typedef {import("./protocol-types.js").VegaLiteChartNode} VegaLiteChartNode */
/** @typedef {import("./protocol-types.js").PlotlyChartNode} PlotlyChartNode */
/** @typedef {import("./protocol-types.js").ChartDataset} ChartDataset */
/** @typedef {import("./protocol-types.js").RowsMessage} RowsMessage */
/** @typedef {import("./protocol-types.js").RowsRequestMessage} RowsRequestMessage */

export {};
