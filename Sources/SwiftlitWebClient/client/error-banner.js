// The dismissible banner for problems the page cannot fix by itself: a message the server refused,
// or one this page could not read. The latest message replaces the previous one.

import { CLASS, DATA, TEST_ID } from "./dom-names.js";
import { h, setText } from "./dom.js";

export class ErrorBanner {
  /** @type {HTMLElement} */
  #slot;
  /** @type {HTMLElement | null} */
  #banner = null;

  /** @param {HTMLElement} slot where the banner appears */
  constructor(slot) {
    this.#slot = slot;
  }

  /**
   * Shows `message` (replacing any shown one).
   * @param {string} message
   */
  show(message) {
    if (this.#banner === null) {
      const dismiss = h("button", {
        type: "button",
        class: CLASS.clientErrorDismiss,
        [DATA.testId]: TEST_ID.clientErrorDismiss,
        "aria-label": "Dismiss",
        title: "Dismiss",
      }, ["×"]);
      dismiss.addEventListener("click", () => this.hide());
      this.#banner = h(
        "div",
        { class: CLASS.clientError, role: "alert", [DATA.testId]: TEST_ID.clientError },
        [
          h("span", { class: CLASS.clientErrorText }),
          dismiss,
        ],
      );
      this.#slot.append(this.#banner);
    }
    setText(/** @type {Element} */ (this.#banner.firstElementChild), message);
  }

  /** Removes the banner. */
  hide() {
    this.#banner?.remove();
    this.#banner = null;
  }
}
