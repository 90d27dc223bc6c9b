// Where main.js hands the connection's row traffic to the page's TableRows (table-rows.js), without
// loading it: table-rows.js comes with the data grid's modules, which load the first time a page
// shows a grid (registry.js). It attaches itself here when it loads; until then no grid has asked
// for rows, so there is nothing to route.
//
//   main.js ──setSender / receive / refused / reconnected──▶ RowsLink ──▶ TableRows (once loaded)

/** @typedef {import("./protocol-data.js").RowsMessage} RowsMessage */
/** @typedef {import("./protocol-data.js").RowsRequestMessage} RowsRequestMessage */

/**
 * What the link forwards to: the part of TableRows that faces the connection.
 * @typedef {object} RowsEndpoint
 * @property {(send: (message: RowsRequestMessage) => boolean) => void} setSender
 * @property {(message: RowsMessage) => void} receive
 * @property {(errorText: string) => void} refused
 * @property {() => void} reconnected
 */

export class RowsLink {
  /** @type {(message: RowsRequestMessage) => boolean} */
  #send = () => false;
  /** @type {RowsEndpoint | null} */
  #endpoint = null;

  /**
   * Connects the row store (once, when table-rows.js loads); it sends through the current sender.
   * @param {RowsEndpoint} endpoint
   */
  attach(endpoint) {
    this.#endpoint = endpoint;
    endpoint.setSender(this.#send);
  }

  /**
   * How requests go to the server; `false` when they could not be sent (not connected).
   * @param {(message: RowsRequestMessage) => boolean} send
   */
  setSender(send) {
    this.#send = send;
    this.#endpoint?.setSender(send);
  }

  /**
   * A `rows` answer. Only a loaded store asks, so one with no store is dropped.
   * @param {RowsMessage} message
   */
  receive(message) {
    this.#endpoint?.receive(message);
  }

  /**
   * An `unknownTable` refusal of a request.
   * @param {string} errorText
   */
  refused(errorText) {
    this.#endpoint?.refused(errorText);
  }

  /** A new connection: requests sent on the old one will not be answered. */
  reconnected() {
    this.#endpoint?.reconnected();
  }
}

/** The page's link; table-rows.js attaches the page's TableRows to it. */
export const rowsLink = new RowsLink();
