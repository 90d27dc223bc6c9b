// The dismissible banner for problems the page cannot fix by itself: a message the server refused,
// or one this page could not read. The latest message replaces the previous one. It also carries
// notices that are no problem (the tab's session expired, so the app started over): those are
// announced politely (role=status) and drawn as information, not as an error.

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
    this.#present(message, "alert");
  }

  /**
   * Shows a notice that is no error (replacing any shown message).
   * @param {string} message
   */
  notify(message) {
    this.#present(message, "status");
  }

  /**
   * @param {string} message
   * @param {"alert" | "status"} role
   */
  #present(message, role) {
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
        { class: CLASS.clientError, [DATA.testId]: TEST_ID.clientError },
        [
          h("span", { class: CLASS.clientErrorText }),
          dismiss,
        ],
      );
      this.#slot.append(this.#banner);
    }
    this.#banner.setAttribute("role", role);
    this.#banner.classList.toggle(CLASS.clientNotice, role === "status");
    setText(/** @type {Element} */ (this.#banner.firstElementChild), message);
  }

  /** Removes the banner. */
  hide() {
    this.#banner?.remove();
    this.#banner = null;
  }
}
