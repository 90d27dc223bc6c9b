// The rows of every table on the page, by table id, and the `rows` requests that fetch them. A
// dataframe's node carries its first rows; the renderer asks here for the blocks its viewport
// needs, and this sends at most one request per missing block (a few at a time), files the
// server's answers and tells the tables that show them. Not a renderer: main.js routes `rows`
// messages, `unknownTable` errors and reconnects here and gives it the way to send.
//
//   renderer ──want(table, blocks)──▶ TableRows ──{type:"rows",…}──▶ server
//   renderer ◀──listener(table)───── TableRows ◀──{type:"rows",…}─── server

import { BLOCK_SIZE, blockStart, rowsRequest } from "./renderers/dataframe-model.js";

/** @typedef {import("./protocol-data.js").Row} Row */
/** @typedef {import("./protocol-data.js").RowsMessage} RowsMessage */
/** @typedef {import("./protocol-data.js").RowsRequestMessage} RowsRequestMessage */

/** Requests waiting for an answer at once, over all tables. */
export const MAX_IN_FLIGHT = 4;
/** A request unanswered for this long is taken as lost and may be sent again. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** Blocks kept per table; the ones used longest ago go first. */
export const MAX_CACHED_BLOCKS = 200;

/**
 * @typedef {object} TableRowsOptions
 * @property {(message: RowsRequestMessage) => boolean} [send] sends a request; `false` when it
 *   could not be sent (not connected). Settable later with {@link TableRows.setSender}.
 * @property {() => number} [now] milliseconds, defaults to `Date.now`
 */

/** One request waiting for its answer. @typedef {{table: string, block: number, sentAt: number}} Pending */

/**
 * An element showing a table.
 * @typedef {object} TableListener
 * @property {() => void} rowsChanged rows arrived, or requests were given up: draw and ask again
 * @property {() => boolean} isShown `false` once the element has left the page (it is then dropped)
 */

export class TableRows {
  /** @type {(message: RowsRequestMessage) => boolean} */
  #send;
  /** @type {() => number} */
  #now;
  /** Rows by table, then by block (its first row); a block's array may have holes. */
  #caches = /** @type {Map<string, Map<number, Array<Row | undefined>>>} */ (new Map());
  /** Requests in the order they were sent, keyed `table\u0000block`. */
  #pending = /** @type {Map<string, Pending>} */ (new Map());
  /** Who shows each table. */
  #listeners = /** @type {Map<string, Set<TableListener>>} */ (new Map());
  /** Tables the server no longer knows (`unknownTable`): not asked for until a node names them again. */
  #gone = /** @type {Set<string>} */ (new Set());

  /** @param {TableRowsOptions} [options] */
  constructor(options = {}) {
    this.#send = options.send ?? (() => false);
    this.#now = options.now ?? Date.now;
  }

  /** @param {(message: RowsRequestMessage) => boolean} send */
  setSender(send) {
    this.#send = send;
  }

  /**
   * Files the rows that arrived with a node (its first page): the server has the table.
   * @param {string} table
   * @param {Row[]} rows from row 0
   */
  seed(table, rows) {
    this.#gone.delete(table);
    this.#store(table, 0, rows);
  }

  /**
   * @param {string} table
   * @param {number} row
   * @returns {Row | undefined}
   */
  row(table, row) {
    return this.#caches.get(table)?.get(blockStart(row))?.[row % BLOCK_SIZE];
  }

  /**
   * @param {string} table
   * @param {number} row
   * @returns {boolean}
   */
  has(table, row) {
    return this.row(table, row) !== undefined;
  }

  /**
   * Asks for missing blocks: one request per block not already pending, while fewer than
   * {@link MAX_IN_FLIGHT} are. The rest wait for the next call (the renderer calls again when
   * rows arrive).
   * @param {string} table
   * @param {Array<{block: number, from: number}>} missing from `missingBlocks`, nearest first
   * @param {number} rowCount
   * @returns {RowsRequestMessage[]} what was sent
   */
  want(table, missing, rowCount) {
    this.#expire();
    /** @type {RowsRequestMessage[]} */
    const sent = [];
    if (this.#gone.has(table)) return sent;
    for (const { block, from } of missing) {
      if (this.#pending.size >= MAX_IN_FLIGHT) break;
      const key = pendingKey(table, block);
      if (this.#pending.has(key)) continue;
      const message = rowsRequest(table, from, rowCount);
      if (!this.#send(message)) break;
      this.#pending.set(key, { table, block, sentAt: this.#now() });
      sent.push(message);
    }
    return sent;
  }

  /**
   * Whether a block of a table has been asked for and not answered.
   * @param {string} table
   * @param {number} block
   * @returns {boolean}
   */
  isPending(table, block) {
    return this.#pending.has(pendingKey(table, block));
  }

  /** @returns {number} */
  get pendingCount() {
    return this.#pending.size;
  }

  /**
   * A `rows` message from the server. Rows of a table nobody asked for (it was replaced
   * meanwhile) are dropped.
   * @param {RowsMessage} message
   */
  receive(message) {
    const block = blockStart(message.offset);
    const wasPending = this.#pending.delete(pendingKey(message.table, block));
    if (!wasPending && !this.#caches.has(message.table)) return;
    this.#store(message.table, message.offset, message.rows);
    this.#notifyAll();
  }

  /**
   * An `unknownTable` error: the table of a pending request is gone (a newer run replaced it).
   * The server names the table in its message (`table 'k3x9a' is no longer…`); without a name, the
   * oldest request is the one refused (the server answers in order). Nothing is shown to the user.
   * @param {string} errorText the error's `message`
   */
  refused(errorText) {
    const table = /'([^']*)'/.exec(errorText)?.[1] ?? this.#pending.values().next().value?.table;
    if (table === undefined) return;
    this.#gone.add(table);
    for (const [key, pending] of this.#pending) if (pending.table === table) this.#pending.delete(key);
    this.#notifyAll(); // requests held back by MAX_IN_FLIGHT may go now
  }

  /** A new connection: requests sent on the old one will not be answered; ask again. */
  reconnected() {
    this.#pending.clear();
    this.#gone.clear();
    this.#notifyAll();
  }

  /**
   * Registers an element that shows a table; returns the function that unregisters it. Elements
   * that left the page since are dropped first (patch.js removes elements without telling).
   * @param {string} table
   * @param {TableListener} listener
   * @returns {() => void}
   */
  listen(table, listener) {
    this.#sweep();
    let set = this.#listeners.get(table);
    if (set === undefined) this.#listeners.set(table, set = new Set());
    set.add(listener);
    return () => this.#unlisten(table, listener);
  }

  /**
   * @param {string} table
   * @param {TableListener} listener
   */
  #unlisten(table, listener) {
    const set = this.#listeners.get(table);
    if (set === undefined || !set.delete(listener) || set.size > 0) return; // still shown elsewhere
    // Nobody shows the table any more (its content was replaced): drop its rows and requests.
    this.#listeners.delete(table);
    this.#caches.delete(table);
    this.#gone.delete(table);
    for (const [key, pending] of this.#pending) if (pending.table === table) this.#pending.delete(key);
  }

  /** Drops the listeners whose elements left the page, and with the last one its table's rows. */
  #sweep() {
    for (const [table, set] of [...this.#listeners]) {
      for (const listener of [...set]) if (!listener.isShown()) this.#unlisten(table, listener);
    }
  }

  /**
   * @param {string} table
   * @param {number} offset
   * @param {Row[]} rows
   */
  #store(table, offset, rows) {
    let cache = this.#caches.get(table);
    if (cache === undefined) this.#caches.set(table, cache = new Map());
    for (let block = blockStart(offset); block < offset + rows.length; block += BLOCK_SIZE) {
      const cells = cache.get(block) ?? [];
      // Re-inserting moves the block to the end of the Map's order: the most recently filled.
      cache.delete(block);
      cache.set(block, cells);
      const end = Math.min(block + BLOCK_SIZE, offset + rows.length);
      for (let row = Math.max(block, offset); row < end; row += 1) cells[row - block] = rows[row - offset];
    }
    while (cache.size > MAX_CACHED_BLOCKS) cache.delete(/** @type {number} */ (cache.keys().next().value));
  }

  /** Forgets requests unanswered for too long, so that their blocks can be asked for again. */
  #expire() {
    const now = this.#now();
    for (const [key, pending] of this.#pending) {
      if (now - pending.sentAt > REQUEST_TIMEOUT_MS) this.#pending.delete(key);
    }
  }

  #notifyAll() {
    this.#sweep();
    for (const set of [...this.#listeners.values()]) for (const listener of [...set]) listener.rowsChanged();
  }
}

/**
 * @param {string} table
 * @param {number} block
 * @returns {string}
 */
function pendingKey(table, block) {
  return `${table}\u0000${block}`;
}

/** The page's tables; main.js connects it to the server. */
export const tableRows = new TableRows();
