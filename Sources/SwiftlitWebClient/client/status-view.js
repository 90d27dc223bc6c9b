// Writes the client's state onto the app root, where CSS (badge, dimming, running bar) and
// end-to-end tests (wait for data-connection="open" and data-run-state="idle") read it. The
// sidebar's state (data-sidebar) is sidebar.js's.

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

  /**
   * @param {{app: HTMLElement, connectionText: HTMLElement, runningText: HTMLElement}} parts
   *   the root carrying the data-* state, the connection badge, and the text inside the running
   *   indicator's live region
   */
  constructor(parts) {
    this.#app = parts.app;
    this.#connectionText = parts.connectionText;
    this.#runningText = parts.runningText;
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
}
