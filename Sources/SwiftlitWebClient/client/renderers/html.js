// `st.html`: the app's HTML, inline or in a sandboxed frame.
//
// Inline, it goes through setHtml like Markdown, so safe-html.js removes scripts, event handler
// attributes and script URLs; styles and layout stay.
//
// Sandboxed (`frameHeight` set), it is a whole document whose scripts run, in an iframe with
// `sandbox="allow-scripts"` and no allow-same-origin: the frame has an opaque origin, so its code
// cannot touch this page, its storage or its cookies, and the server refuses its WebSocket (its
// Origin is `null`). The iframe's document is the server's html-frame page (HTTPRoutes.swift),
// which has a policy of its own that allows inline scripts; a srcdoc frame would inherit this
// page's policy, which does not. This page hands it the HTML by postMessage once it says it is
// ready, and only to the window of a frame it made:
//
//   iframe src=_stcore/html-frame ──"ready"──▶ this page ──html──▶ document.write in the frame

import { CLASS } from "../dom-names.js";
import { h, setAttribute, setHtml } from "../dom.js";

/** @typedef {import("../protocol-types.js").HTMLNode} HtmlNode */
/** @typedef {import("../render-context.js").Renderer<HtmlNode>} HtmlRenderer */

/** What the frame page posts when it can take the HTML; HTTPRoutes.swift writes the same. */
export const FRAME_READY = "swiftlit:html-frame-ready";

/** The HTML each frame shows. */
const frameSource = /** @type {WeakMap<HTMLIFrameElement, string>} */ (new WeakMap());

/** Frames waiting for their HTML. */
const waiting = /** @type {Map<HTMLIFrameElement, string>} */ (new Map());
let listening = false;

/**
 * Sends a waiting frame its HTML when its window says it is ready. A message from any other
 * window, or a second "ready" from the same frame (its code reloaded it), gets nothing.
 * @param {MessageEvent} event
 */
export function onFrameMessage(event) {
  if (event.data !== FRAME_READY || event.source === null) return;
  for (const [frame, html] of waiting) {
    if (frame.contentWindow !== event.source) continue;
    waiting.delete(frame);
    // The frame's origin is opaque, so no target origin can name it; the HTML is the app's own.
    /** @type {Window} */ (event.source).postMessage(html, "*");
    return;
  }
}

/**
 * A new sandboxed frame that will show `html`.
 * @param {string} html
 * @returns {HTMLIFrameElement}
 */
function sandboxedFrame(html) {
  if (!listening) {
    globalThis.addEventListener("message", onFrameMessage);
    listening = true;
  }
  const frame = h("iframe", {
    class: CLASS.htmlFrame,
    sandbox: "allow-scripts",
    title: "HTML from the app",
    referrerpolicy: "no-referrer",
    src: "_stcore/html-frame",
  });
  // Dropped from the waiting list once the frame has its HTML; a frame removed before is dropped
  // when the next one is made.
  for (const old of waiting.keys()) if (!old.isConnected) waiting.delete(old);
  waiting.set(frame, html);
  return frame;
}

/** @type {HtmlRenderer} */
export const html = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.html}` });
    html.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    if (node.frameHeight === undefined) {
      let body = root.querySelector(`:scope > .${CLASS.htmlBody}`);
      if (body === null) root.replaceChildren(body = h("div", { class: CLASS.htmlBody }));
      setHtml(body, node.html);
      return;
    }
    const current = root.querySelector(`:scope > .${CLASS.htmlFrame}`);
    let frame = current instanceof HTMLIFrameElement ? current : null;
    if (frame === null || frameSource.get(frame) !== node.html) {
      // New HTML is a new document: a frame cannot be told twice (see onFrameMessage).
      frame = sandboxedFrame(node.html);
      frameSource.set(frame, node.html);
      root.replaceChildren(frame);
    }
    setAttribute(frame, "height", node.frameHeight);
    frame.style.height = `${node.frameHeight}px`;
  },
};
