// Writes the client's state onto the app root, where CSS (badge, dimming, running bar) and
// end-to-end tests (wait for data-connection="open" and data-run-state="idle") read it.

import { DATA } from "./dom-names.js";
import { setAttribute, setText } from "./dom.js";

/** @typedef {import("./connection-state.js").ConnectionState} ConnectionState */
/** @typedef {"running" | "idle"} RunState */

/** @type {Record<ConnectionState, string>} */
const CONNECTION_TEXT = {
  connecting: "Connecting…",
  open: "Connected",
  reconnecting: "Reconnecting…",
  closed: "Disconnected",
};

export class StatusView {
  /** @type {HTMLElement} */
  #app;
  /** @type {HTMLElement} */
  #connectionText;
  /** @type {HTMLElement} */
  #runningText;
  /** @type {HTMLElement} */
  #sidebar;

  /**
   * @param {{app: HTMLElement, connectionText: HTMLElement, runningText: HTMLElement, sidebar: HTMLElement}} parts
   *   the root carrying the data-* state, the connection badge, the text inside the running
   *   indicator's live region, and the sidebar
   */
  constructor(parts) {
    this.#app = parts.app;
    this.#connectionText = parts.connectionText;
    this.#runningText = parts.runningText;
    this.#sidebar = parts.sidebar;
  }

  /** @param {ConnectionState} state */
  showConnection(state) {
    setAttribute(this.#app, DATA.connection, state);
    setText(this.#connectionText, CONNECTION_TEXT[state]);
  }

  /** @param {RunState} state */
  showRunState(state) {
    setAttribute(this.#app, DATA.runState, state);
    setText(this.#runningText, state === "running" ? "Running…" : "");
  }

  /** @param {number} run the number of the run that just finished */
  showFinishedRun(run) {
    setAttribute(this.#app, DATA.lastRun, run);
  }

  /** @param {boolean} hasContent whether the sidebar has any element */
  showSidebar(hasContent) {
    setAttribute(this.#app, DATA.sidebar, hasContent ? "shown" : "hidden");
    if (this.#sidebar.hidden === hasContent) this.#sidebar.hidden = !hasContent;
  }
}
