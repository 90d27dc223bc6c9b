// The overlay the developer tools around an app put over every tab while its source does not
// compile: where each error is (file:line:column) and the compiler's words. The page under it is
// the last good version, still live. A `compileFixed` notice removes it.

import { CLASS, DATA, TEST_ID } from "./dom-names.js";
import { h } from "./dom.js";

/** @typedef {import("./protocol-types.js").Diagnostic} Diagnostic */

export class DevOverlay {
  /** @type {HTMLElement} */
  #parent;
  /** @type {HTMLElement | null} */
  #overlay = null;

  /** @param {HTMLElement} parent where the overlay is attached (the app root) */
  constructor(parent) {
    this.#parent = parent;
  }

  /**
   * Shows the compiler's diagnostics, replacing what was shown.
   * @param {string} message
   * @param {Diagnostic[]} diagnostics
   */
  showCompileError(message, diagnostics) {
    this.hide();
    const items = diagnostics.map((diagnostic) =>
      h("li", { class: CLASS.devOverlayDiagnostic, [DATA.testId]: TEST_ID.devOverlayDiagnostic }, [
        h("code", { class: CLASS.devOverlayLocation }, [
          `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`,
        ]),
        ` ${diagnostic.severity}: ${diagnostic.message}`,
      ])
    );
    this.#overlay = h("section", {
      class: CLASS.devOverlay,
      role: "alert",
      "aria-label": "Compile error",
      [DATA.testId]: TEST_ID.devOverlay,
    }, [
      h("h2", { class: CLASS.devOverlayTitle }, ["Compile error"]),
      h("p", {}, [message]),
      h("ul", { class: CLASS.devOverlayList }, items),
    ]);
    this.#parent.append(this.#overlay);
  }

  /** Removes the overlay. */
  hide() {
    this.#overlay?.remove();
    this.#overlay = null;
  }
}
