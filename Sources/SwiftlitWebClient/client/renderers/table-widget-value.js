// The table widgets (a selectable dataframe, a data editor) hold their value as a JSON string, as
// Streamlit does. This reads one back: the pieces table-selection.js and table-edits.js share.

/** @typedef {import("../protocol.js").WidgetValue} WidgetValue */

/**
 * The object a table widget's value holds; `null` for no value, bad JSON or another shape.
 * @param {WidgetValue | undefined} value
 * @returns {Record<string, unknown> | null}
 */
export function widgetObject(value) {
  if (typeof value !== "string") return null;
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  return /** @type {Record<string, unknown>} */ (parsed);
}

/**
 * Whether `item` is a row position: a whole number, not negative.
 * @param {unknown} item
 * @returns {boolean}
 */
export function isPosition(item) {
  return Number.isInteger(item) && Number(item) >= 0;
}
