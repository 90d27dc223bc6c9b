// The page configuration (st.set_page_config): nothing to see in the page. Its element is an
// invisible placeholder in the event root; the title, icon, width and sidebar state are applied
// through the render context (page-chrome.js, sidebar.js).

import { h } from "../dom.js";

/** @typedef {import("../protocol-elements.js").PageConfigNode} PageConfigNode */
/** @typedef {import("../render-context.js").Renderer<PageConfigNode>} PageConfigRenderer */

/** @type {PageConfigRenderer} */
export const pageConfig = {
  create(node, ctx) {
    ctx.configurePage(node);
    return h("div", { hidden: true });
  },
  update(_root, node, ctx) {
    ctx.configurePage(node);
  },
};
