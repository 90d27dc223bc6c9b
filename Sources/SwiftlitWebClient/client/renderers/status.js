// Status containers (st.status): an expander whose summary shows the task's state. `expanded` is
// the initial state, as for an expander; when the task completes the box folds up, unless the app
// asked for it expanded.

import { CLASS, DATA } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { createDetails, syncInitialOpen } from "./expander.js";

/** @typedef {import("../protocol-elements.js").StatusBlockNode} StatusBlockNode */
/** @typedef {import("../protocol-elements.js").TaskState} TaskState */
/** @typedef {import("../render-context.js").Renderer<StatusBlockNode>} StatusRenderer */

/** The icon's glyph (running: a CSS spinner, no glyph) and its accessible name. */
const ICONS = /** @type {const} */ ({
  running: { glyph: "", name: "Running" },
  complete: { glyph: "✓", name: "Complete" },
  error: { glyph: "✗", name: "Error" },
});

/** @type {StatusRenderer} */
export const status = {
  create(node, ctx) {
    const root = createDetails(CLASS.status, h("span", { class: CLASS.statusIcon, role: "img" }));
    status.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const details = /** @type {HTMLDetailsElement} */ (root);
    const previous = root.getAttribute(DATA.state);
    syncInitialOpen(details, node.expanded);
    if (previous !== null && previous !== node.state && node.state === "complete" && !node.expanded) {
      details.open = false;
    }
    setAttribute(root, DATA.state, node.state);
    const icon = part(root, `.${CLASS.statusIcon}`, HTMLSpanElement);
    setText(icon, ICONS[node.state].glyph);
    setAttribute(icon, "aria-label", ICONS[node.state].name);
    setText(part(root, `.${CLASS.expanderLabel}`, HTMLSpanElement), node.label);
  },
};
