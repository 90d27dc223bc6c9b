// The wire protocol's data elements (tables and charts) and the messages that page a table's rows:
// JSDoc mirrors of Sources/SwiftlitProtocol/Elements/DataElements.swift and of the `rows` cases of
// ClientMessage.swift and ServerMessage.swift, split from protocol.js (which includes them in its
// unions). Types only.

// ---------------------------------------------------------------------------------------------
// Nodes

/** @typedef {"number" | "integer" | "text" | "boolean"} ColumnType */
/** @typedef {{name: string, type: ColumnType}} DataColumn */
/** One cell of a table: a JSON scalar. @typedef {null | boolean | number | string} Cell */
/** One row of a table, a cell per column. @typedef {Cell[]} Row */

/**
 * A scrollable table. Only its first rows (≤ 50) travel with it; the browser asks for others with a
 * `rows` message as they scroll into view. `table` identifies the content (equal tables, equal ids).
 * @typedef {{kind: "dataframe", table: string, columns: DataColumn[], rowCount: number, rows: Row[],
 *   height?: number}} DataframeNode
 */

/**
 * One line of a chart: parallel arrays, already reduced by the server (≤ 800 points).
 * @typedef {{name: string, x: number[], y: number[]}} ChartSeries
 */

/**
 * One or more lines over a shared x axis.
 * @typedef {{kind: "lineChart", series: ChartSeries[], xLabel?: string, yLabel?: string,
 *   height?: number}} LineChartNode
 */

/** @typedef {DataframeNode | LineChartNode} DataElementNode */

// ---------------------------------------------------------------------------------------------
// Messages

/**
 * Client → server: send rows `offset..<offset+count` of a table (no run happens).
 * @typedef {object} RowsRequestMessage
 * @property {"rows"} type
 * @property {string} table a `dataframe` node's `table`
 * @property {number} offset ≥ 0
 * @property {number} count 1…1000
 */

/**
 * Server → client: rows `offset..<offset+rows.length` of a table, the answer to a `rows` request.
 * @typedef {object} RowsMessage
 * @property {"rows"} type
 * @property {string} table
 * @property {number} offset
 * @property {Row[]} rows
 */

export {};
