// Toasts (st.toast): short notices stacked in the bottom-right corner, in a polite live region.
// The node's own element (in the event root) is an invisible anchor: what the user sees lives in
// the region, so that the next run removing the node does not cut a toast short. A toast shows
// once per nonce (creating the node, or updating it with a new nonce), hides itself after
// TOAST_DURATION_MS (paused while the pointer or focus is on it) and has a close button.

import { CLASS, DATA, ID, TEST_ID } from "../dom-names.js";
import { h, setAttribute, setHtml } from "../dom.js";
import { iconContent } from "./icon.js";

/** @typedef {import("../protocol-elements.js").ToastNode} ToastNode */
/** @typedef {import("../render-context.js").Renderer<ToastNode>} ToastRenderer */

/** How long a toast stays. */
export const TOAST_DURATION_MS = 4000;
/** The length of the leaving transition (styles/overlays.css). */
const LEAVE_MS = 200;

/** @type {ToastRenderer} */
export const toast = {
  create(node, ctx) {
    const root = h("div", { hidden: true });
    toast.update(root, node, ctx);
    return root;
  },
  update(root, node, ctx) {
    if (root.getAttribute(DATA.nonce) === String(node.nonce)) return;
    setAttribute(root, DATA.nonce, node.nonce);
    const body = h("div", { class: CLASS.toastBody });
    if (setHtml(body, node.html)) ctx.highlightCode(body);
    show(node, body);
  },
};

/**
 * @param {ToastNode} node
 * @param {HTMLElement} body
 */
function show(node, body) {
  const close = h("button", {
    type: "button",
    class: CLASS.toastClose,
    [DATA.testId]: TEST_ID.toastClose,
    "aria-label": "Close",
  }, ["×"]);
  const item = h("div", { class: CLASS.toast, [DATA.testId]: TEST_ID.toastMessage }, [
    ...(node.icon === undefined
      ? []
      : [h("span", { class: CLASS.toastIcon, "aria-hidden": "true" }, [iconContent(node.icon)])]),
    body,
    close,
  ]);
  /** @type {number | undefined} */
  let timer;
  const leave = () => {
    clearTimeout(timer);
    if (item.classList.contains(CLASS.toastLeaving)) return;
    item.classList.add(CLASS.toastLeaving);
    setTimeout(() => item.remove(), LEAVE_MS);
  };
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(leave, TOAST_DURATION_MS);
  };
  const pause = () => clearTimeout(timer);
  close.addEventListener("click", leave);
  item.addEventListener("pointerenter", pause);
  item.addEventListener("pointerleave", () => item.contains(document.activeElement) || wait());
  item.addEventListener("focusin", pause);
  item.addEventListener(
    "focusout",
    (event) => item.contains(/** @type {Node | null} */ (event.relatedTarget)) || wait(),
  );
  region().append(item);
  wait();
}

/** @returns {HTMLElement} the live region of index.html, or one made for it */
function region() {
  const existing = document.getElementById(ID.toasts);
  if (existing !== null) return existing;
  const made = h("section", {
    id: ID.toasts,
    class: CLASS.toasts,
    [DATA.testId]: TEST_ID.toasts,
    "aria-label": "Notifications",
    "aria-live": "polite",
  });
  document.body.append(made);
  return made;
}
