// Dialogs (st.dialog): a native modal <dialog> in the event root, opened with showModal() once it
// is in the document. A dismissible dialog closes on its × button, Escape or a click on the
// backdrop; closing only hides it here (the server is not told). An update keeps it as it is,
// unless its `opened` run changed: the app called the dialog again, so a closed one reopens, as in
// Streamlit. patch.js removing it (trim, remove) takes it off the screen.
//
//   <dialog data-layout="dialog" data-width="small" data-fragment="…" aria-labelledby="st-dialog-4">
//     <div class="st-dialog__header"><h2 id="st-dialog-4">Confirm</h2><button aria-label="Close">×</button></div>
//     <div data-st-children>…</div>

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText, uniqueId } from "../dom.js";
import { childrenBox } from "./layout.js";

/** @typedef {import("../protocol-elements.js").DialogBlockNode} DialogBlockNode */
/** @typedef {import("../render-context.js").Renderer<DialogBlockNode>} DialogRenderer */

/** Whether each dialog may be closed by the user. */
const dismissible = /** @type {WeakMap<HTMLDialogElement, boolean>} */ (new WeakMap());
/** The run that last opened each dialog. */
const openedBy = /** @type {WeakMap<HTMLDialogElement, number>} */ (new WeakMap());

/** @type {DialogRenderer} */
export const dialog = {
  create(node, ctx) {
    const titleId = uniqueId("dialog");
    const close = h("button", {
      type: "button",
      class: CLASS.dialogClose,
      [DATA.testId]: TEST_ID.dialogClose,
      "aria-label": "Close",
    }, ["×"]);
    const root = h("dialog", { class: CLASS.dialog, "aria-labelledby": titleId }, [
      h("div", { class: CLASS.dialogHeader }, [h("h2", { id: titleId, class: CLASS.dialogTitle }), close]),
      childrenBox(),
    ]);
    close.addEventListener("click", () => root.close());
    root.addEventListener("cancel", (event) => {
      if (dismissible.get(root) !== true) event.preventDefault();
    });
    root.addEventListener("close", () => {
      // A browser may close even a non-dismissible dialog (Escape pressed twice): open it again.
      if (dismissible.get(root) !== true && root.isConnected) root.showModal();
    });
    root.addEventListener("click", (event) => {
      if (event.target !== root || dismissible.get(root) !== true) return;
      // The dialog's own box (its padding) is the target too: only a click outside it closes.
      const box = root.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right &&
        event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) root.close();
    });
    dialog.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const element = /** @type {HTMLDialogElement} */ (root);
    dismissible.set(element, node.dismissible);
    const reopened = openedBy.has(element) && openedBy.get(element) !== node.opened;
    openedBy.set(element, node.opened);
    if (reopened && !element.open && element.isConnected) element.showModal();
    setText(part(root, `.${CLASS.dialogTitle}`, HTMLHeadingElement), node.title);
    setAttribute(root, DATA.width, node.width);
    setAttribute(root, DATA.fragment, node.fragment);
    part(root, `.${CLASS.dialogClose}`, HTMLButtonElement).hidden = !node.dismissible;
  },
  attached(root) {
    const element = /** @type {HTMLDialogElement} */ (root);
    if (!element.open) element.showModal();
  },
};
