// Streamed replies (`st.writeStream`): a block whose markdown child grows while `streaming`. Meanwhile
// a cursor follows the text (styles/stream.css), the block tells assistive technology it is busy,
// and a Stop button ends the reply where it is (the server's `st.writeStream` returns the text so
// far and the run goes on). When the stream ends, the cursor and the button go.
//
//   <div data-layout="stream" data-streaming aria-busy="true" class="st-stream">
//     <div data-st-children>…the markdown element…</div>
//     <button type="button" class="st-stream__stop">Stop</button>

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part } from "../dom.js";
import { childrenBox } from "./layout.js";

/** @typedef {import("../protocol-elements.js").StreamBlockNode} StreamBlockNode */
/** @typedef {import("../render-context.js").Renderer<StreamBlockNode>} StreamRenderer */

/** @type {StreamRenderer} */
export const stream = {
  create(node, ctx) {
    const stop = h("button", {
      type: "button",
      class: CLASS.streamStop,
      [DATA.testId]: TEST_ID.streamStop,
      "aria-label": "Stop the reply",
    }, ["Stop"]);
    stop.addEventListener("click", () => {
      // One Stop per reply: the server answers by ending the stream, which hides the button.
      stop.disabled = true;
      ctx.stopStreams();
    });
    const root = h("div", { class: CLASS.stream }, [childrenBox(), stop]);
    stream.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    root.toggleAttribute(DATA.streaming, node.streaming);
    root.setAttribute("aria-busy", String(node.streaming));
    const stop = part(root, `.${CLASS.streamStop}`, HTMLButtonElement);
    stop.hidden = !node.streaming;
    if (!node.streaming) stop.disabled = false;
  },
};
