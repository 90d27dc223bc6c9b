// A JSON value as a collapsible tree: objects and arrays are <details> that open and close,
// everything else is a coloured leaf. `expanded` opens every level at first.

import { CLASS } from "../dom-names.js";
import { h } from "../dom.js";

/** @typedef {import("../protocol.js").JsonNode} JsonNode */
/** @typedef {import("../render-context.js").Renderer<JsonNode>} JsonRenderer */

/** What each element shows, to rebuild only when it changes (and so keep what the user opened). */
const shown = /** @type {WeakMap<HTMLElement, string>} */ (new WeakMap());

/** @type {JsonRenderer} */
export const json = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.json}` });
    json.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const signature = `${node.expanded}:${JSON.stringify(node.value)}`;
    if (shown.get(root) === signature) return;
    shown.set(root, signature);
    root.replaceChildren(renderValue(node.value, null, node.expanded));
  },
};

/**
 * @param {unknown} value
 * @param {string | null} key the property name or index, `null` at the top
 * @param {boolean} open
 * @returns {HTMLElement}
 */
function renderValue(value, key, open) {
  const keyLabel = key === null ? [] : [h("span", { class: CLASS.jsonKey }, [`${key}: `])];
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value)
      ? value.map((item, i) => /** @type {const} */ ([String(i), item]))
      : Object.entries(value);
    if (entries.length > 0) {
      const summary = Array.isArray(value)
        ? `[${entries.length} item${entries.length === 1 ? "" : "s"}]`
        : `{${entries.length} key${entries.length === 1 ? "" : "s"}}`;
      const list = h(
        "ul",
        { class: CLASS.jsonList },
        entries.map(([childKey, child]) =>
          h("li", {}, [renderValue(child, Array.isArray(value) ? childKey : JSON.stringify(childKey), open)])
        ),
      );
      return h("details", { open }, [
        h("summary", { class: CLASS.jsonSummary }, [...keyLabel, h("span", {}, [summary])]),
        list,
      ]);
    }
  }
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  const text = JSON.stringify(value) ?? String(value);
  return h("span", {}, [
    ...keyLabel,
    h("span", { class: `${CLASS.jsonValue} ${CLASS.jsonValue}--${type}` }, [text]),
  ]);
}
