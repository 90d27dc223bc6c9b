// What a key pressed on a grid does, decided without the DOM: the grid (dataframe.js) is one tab
// stop whose active cell the keys move and act on. Tested in Tests/WebClientTests/dataframe-keys.test.js.
//
//   arrows, Page Up/Down, Home/End    move the active cell (Home/End: first and last row)
//   Space                              select the row (checkbox column), the cell, or toggle a checkbox
//   Enter                              edit (data editor), follow a link, or select
//   Delete / Backspace                 data editor: delete the rows marked, or empty the cell
//   typing                             data editor: edit the cell, starting with the key typed
//   Ctrl/⌘ F                           open the search box
//   Escape                             unmark the rows marked for deletion

import { rowAfterKey } from "./dataframe-model.js";

/** @typedef {import("./table-selection.js").SelectionCapabilities} SelectionCapabilities */

/**
 * The key, as the grid sees it.
 * @typedef {object} KeyPress
 * @property {string} key `KeyboardEvent.key`
 * @property {boolean} [ctrl]
 * @property {boolean} [meta]
 * @property {boolean} [alt]
 */

/**
 * Where the keyboard is and what the grid allows.
 * @typedef {object} GridKeyState
 * @property {number} row the active row
 * @property {number} col the active column of the layout
 * @property {number} rowCount rows shown
 * @property {number} columnCount columns of the layout
 * @property {number} pageRows rows in view
 * @property {"select" | "index" | "data"} role the active column's
 * @property {boolean} editor a data editor
 * @property {boolean} editable the active cell can be edited
 * @property {boolean} checkbox the active cell is a checkbox
 * @property {boolean} link the active cell holds a link
 * @property {boolean} searchable
 * @property {number} marked rows marked for deletion
 * @property {SelectionCapabilities} selection
 */

/**
 * @typedef {{type: "move", row: number, col: number}
 *   | {type: "toggleRow"}
 *   | {type: "toggleCell", additive: boolean}
 *   | {type: "edit", typed?: string}
 *   | {type: "followLink"}
 *   | {type: "deleteRows"}
 *   | {type: "clearCell"}
 *   | {type: "unmark"}
 *   | {type: "openSearch"}} GridAction
 */

/**
 * What a key does; `null` for keys the grid leaves to the browser.
 * @param {KeyPress} press
 * @param {GridKeyState} state
 * @returns {GridAction | null}
 */
export function gridKeyAction(press, state) {
  const command = press.ctrl === true || press.meta === true;
  if (command && press.key.toLowerCase() === "f") return state.searchable ? { type: "openSearch" } : null;
  if (state.rowCount === 0) return null;
  const row = rowAfterKey(press.key, state.row, state.rowCount, state.pageRows);
  if (row !== null) return { type: "move", row, col: state.col };
  switch (press.key) {
    case "ArrowLeft":
      return { type: "move", row: state.row, col: Math.max(0, state.col - 1) };
    case "ArrowRight":
      return { type: "move", row: state.row, col: Math.min(state.columnCount - 1, state.col + 1) };
    case " ":
      if (state.role === "select") return { type: "toggleRow" };
      if (state.editor) {
        if (!state.editable) return null;
        return state.checkbox ? { type: "edit" } : { type: "edit", typed: " " };
      }
      if (state.selection.cells !== null && state.role === "data") {
        return { type: "toggleCell", additive: true };
      }
      return state.selection.rows !== null ? { type: "toggleRow" } : null;
    case "Enter":
      if (state.editor) return state.editable ? { type: "edit" } : null;
      if (state.link) return { type: "followLink" };
      if (state.role === "select") return { type: "toggleRow" };
      if (state.selection.cells !== null && state.role === "data") {
        return { type: "toggleCell", additive: false };
      }
      return null;
    case "Delete":
    case "Backspace":
      if (!state.editor) return null;
      if (state.marked > 0) return { type: "deleteRows" };
      return state.editable && !state.checkbox ? { type: "clearCell" } : null;
    case "Escape":
      return state.marked > 0 ? { type: "unmark" } : null;
    default: {
      const printable = press.key.length === 1 && !command && press.alt !== true;
      return state.editor && state.editable && !state.checkbox && printable
        ? { type: "edit", typed: press.key }
        : null;
    }
  }
}
