// The control that edits one cell of a data editor, drawn inside the cell while it edits: a text
// input (text and link columns, with `maxChars`; number columns, which keep whatever was typed so
// that text that is no number reaches the server rather than vanishing), a select of the options,
// or a date, time or datetime-local input. Enter and Tab finish the edit (moving down or sideways),
// Escape drops it, leaving the cell finishes it.
//
//   <div role="gridcell" data-column="price"><input data-testid="st-dataframe-cell-editor" …></div>

import { inputTemporal } from "../date-format.js";
import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, setAttribute } from "../dom.js";
import { columnKind, formatCellNumber } from "./cell-format.js";
import { parseCellInput } from "./table-edits.js";

/** @typedef {import("../protocol-data.js").Cell} Cell */
/** @typedef {import("../protocol-data.js").DataColumn} DataColumn */
/** @typedef {import("./table-edits.js").CellValue} CellValue */
/**
 * Where the keyboard goes after an edit: to a neighbouring cell, back to the cell (`stay`), or
 * nowhere (`none`: the edit ended because the focus went elsewhere, and stays there).
 * @typedef {"down" | "up" | "right" | "left" | "stay" | "none"} Move
 */

/**
 * @typedef {object} CellEditorOptions
 * @property {DataColumn} column
 * @property {Cell | undefined} value the cell's value as shown (edits included)
 * @property {string} [typed] the character typed to open the editor: it replaces the value
 * @property {(value: CellValue, move: Move) => void} commit the edit is finished
 * @property {() => void} cancel the edit is dropped
 */

/**
 * Text an input starts with for a value.
 * @param {Cell | undefined} value
 * @param {DataColumn} column
 * @returns {string}
 */
function startText(value, column) {
  if (value === null || value === undefined) return "";
  const kind = columnKind(column);
  if (kind === "date" || kind === "time" || kind === "datetime") {
    return inputTemporal(typeof value === "string" ? value : null, kind) || String(value);
  }
  // A number as it is (not as the column's format shows it), so that editing it loses nothing.
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : formatExact(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * @param {number} value
 * @returns {string} every digit JavaScript knows; short numbers as the table shows them
 */
function formatExact(value) {
  const short = formatCellNumber(value);
  return Number(short) === value ? short : String(value);
}

/**
 * Opens the editor in a cell. The cell's content is replaced until the editor closes; the caller
 * redraws it then.
 * @param {HTMLElement} cell
 * @param {CellEditorOptions} options
 * @returns {{control: HTMLElement, close: () => void}} `close` ends it without committing
 */
export function openCellEditor(cell, options) {
  const { column } = options;
  const kind = columnKind(column);
  const label = `Edit ${column.label ?? column.name}`;
  /** @type {HTMLInputElement | HTMLSelectElement} */
  let control;
  if (kind === "selectbox") {
    const current = options.value === null || options.value === undefined ? "" : String(options.value);
    const choices = [...(column.options ?? [])];
    // A value the options lack (the app's data) stays choosable, so that opening the editor changes nothing.
    if (current !== "" && !choices.includes(current)) choices.unshift(current);
    control = h("select", { class: CLASS.dataframeEditor, "aria-label": label }, [
      h("option", { value: "" }, [column.required === true ? "Choose an option" : "None"]),
      ...choices.map((choice) => h("option", { value: choice }, [choice])),
    ]);
    control.value = current;
  } else {
    const type = kind === "date"
      ? "date"
      : kind === "time"
      ? "time"
      : kind === "datetime"
      ? "datetime-local"
      : "text";
    control = h("input", {
      type,
      class: CLASS.dataframeEditor,
      "aria-label": label,
      autocomplete: "off",
      spellcheck: kind === "text" ? null : "false",
      // Seconds are part of the wire form of times; without a step the inputs drop them.
      step: type === "time" || type === "datetime-local" ? 1 : null,
      inputmode: kind === "number" ? "decimal" : null,
    });
    if (kind === "text" || kind === "link") setAttribute(control, "maxlength", column.maxChars ?? null);
    if (kind === "number") {
      setAttribute(control, "aria-valuemin", column.min ?? null);
      setAttribute(control, "aria-valuemax", column.max ?? null);
    }
    control.value = options.typed !== undefined && type === "text"
      ? options.typed
      : startText(options.value, column);
  }
  setAttribute(control, DATA.testId, TEST_ID.dataframeCellEditor);

  let open = true;
  const finish = (/** @type {Move} */ move) => {
    if (!open) return;
    open = false;
    options.commit(parseCellInput(control.value, column, options.value), move);
  };
  /** @type {HTMLElement} */ (control).addEventListener("keydown", (event) => {
    // The grid's own keys (arrows, Delete, typing) must not act while a cell is edited.
    event.stopPropagation();
    if (event.key === "Enter") {
      event.preventDefault();
      finish(event.shiftKey ? "up" : "down");
    } else if (event.key === "Tab") {
      event.preventDefault();
      finish(event.shiftKey ? "left" : "right");
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (!open) return;
      open = false;
      options.cancel();
    } else if (kind === "number" && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      const current = Number(control.value.replace(/[\s,_]/g, ""));
      if (!Number.isFinite(current) && control.value.trim() !== "") return;
      const step = column.step ?? 1;
      let next = (Number.isFinite(current) ? current : 0) + (event.key === "ArrowUp" ? step : -step);
      if (column.min !== undefined) next = Math.max(column.min, next);
      if (column.max !== undefined) next = Math.min(column.max, next);
      control.value = formatExact(Number(next.toPrecision(12)));
    }
  });
  control.addEventListener("blur", () => finish("none"));
  if (control instanceof HTMLSelectElement) control.addEventListener("change", () => finish("stay"));
  ["click", "dblclick", "mousedown"].forEach((type) =>
    control.addEventListener(type, (e) => e.stopPropagation())
  );

  cell.replaceChildren(control);
  control.focus();
  if (control instanceof HTMLInputElement && control.type === "text") {
    const end = control.value.length;
    control.setSelectionRange(end, end);
  }
  return {
    control,
    close() {
      open = false;
    },
  };
}
