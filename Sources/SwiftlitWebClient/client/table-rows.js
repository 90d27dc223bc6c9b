// The rows of every table on the page, by view, and the `rows` requests that fetch them. A view is
// a table's rows in some order and narrowed by a search (dataframe-model.js's ViewQuery); the
// server sorts and searches, and answers with the view's row count and, per row, its position in
// the table (what selections and edits name) and its index label. A dataframe's node carries the
// first rows of the table's own view; the renderer asks here for the blocks its viewport needs, and
// this sends at most one request per missing block (a few at a time), files the server's answers
// and tells the tables that show them. Not a renderer: main.js routes `rows` messages,
// `unknownTable` errors and reconnects here and gives it the way to send, through rows-link.js
// (this module loads with the first grid, not at page start).
//
//   renderer ──want(table, query, blocks)──▶ TableRows ──{type:"rows", sort, search,…}──▶ server
//   renderer ◀──listener(table)──────────── TableRows ◀──{type:"rows", rowCount, positions,…}── server

import { rowsLink } from "./rows-link.js";
import { BLOCK_SIZE, blockStart, normalizeQuery, rowsRequest, viewKey } from "./renderers/dataframe-model.js";

/** @typedef {import("./protocol-data.js").Row} Row */
/** @typedef {import("./protocol-data.js").RowsMessage} RowsMessage */
/** @typedef {import("./protocol-data.js").RowsRequestMessage} RowsRequestMessage */
/** @typedef {import("./renderers/dataframe-model.js").ViewQuery} ViewQuery */

/** Requests waiting for an answer at once, over all tables. */
export const MAX_IN_FLIGHT = 4;
/** A request unanswered for this long is taken as lost and may be sent again. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** Blocks kept per view; the ones used longest ago go first. */
export const MAX_CACHED_BLOCKS = 200;
/** Sorted or searched views kept per table besides its own order; the ones used longest ago go first. */
export const MAX_CACHED_VIEWS = 4;

/**
 * One row of a view.
 * @typedef {object} ViewRow
 * @property {Row} cells
 * @property {number} position the row's place in the table
 * @property {number} label what its index cell shows
 */

/**
 * @typedef {object} TableRowsOptions
 * @property {(message: RowsRequestMessage) => boolean} [send] sends a request; `false` when it
 *   could not be sent (not connected). Settable later with {@link TableRows.setSender}.
 * @property {() => number} [now] milliseconds, defaults to `Date.now`
 */

/** One request waiting for its answer. @typedef {{table: string, view: string, block: number, sentAt: number}} Pending */

/**
 * The rows of one view that have arrived.
 * @typedef {object} View
 * @property {string} table
 * @property {Map<number, Array<ViewRow | undefined>>} blocks rows by block (its first row); with holes
 * @property {number | undefined} rowCount the view's, once known
 */

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
  /** Views by {@link viewKey}, in the order used (the most recent last). */
  #views = /** @type {Map<string, View>} */ (new Map());
  /** Requests in the order they were sent, keyed `view\u0000block`. */
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
   * Files the rows that arrived with a node (the first page of the table's own order): the server
   * has the table.
   * @param {string} table
   * @param {Row[]} rows from row 0
   * @param {number} rowCount the table's
   * @param {number[]} [labels] the rows' index labels; their positions when omitted
   */
  seed(table, rows, rowCount, labels) {
    this.#gone.delete(table);
    const view = this.#view(table, {});
    view.rowCount = rowCount;
    this.#store(view, 0, rows.map((cells, i) => ({ cells, position: i, label: labels?.[i] ?? i })));
  }

  /**
   * A row of a view, if it has arrived.
   * @param {string} table
   * @param {number} row its place in the view
   * @param {ViewQuery} [query]
   * @returns {ViewRow | undefined}
   */
  row(table, row, query = {}) {
    return this.#views.get(viewKey(table, normalizeQuery(query)))?.blocks.get(blockStart(row))?.[
      row % BLOCK_SIZE
    ];
  }

  /**
   * @param {string} table
   * @param {number} row
   * @param {ViewQuery} [query]
   * @returns {boolean}
   */
  has(table, row, query = {}) {
    return this.row(table, row, query) !== undefined;
  }

  /**
   * How many rows a view has, once the server has said (the table's own order: from its node).
   * @param {string} table
   * @param {ViewQuery} [query]
   * @returns {number | undefined}
   */
  rowCount(table, query = {}) {
    return this.#views.get(viewKey(table, normalizeQuery(query)))?.rowCount;
  }

  /**
   * Asks for missing blocks of a view: one request per block not already pending, while fewer than
   * {@link MAX_IN_FLIGHT} are. The rest wait for the next call (the renderer calls again when
   * rows arrive).
   * @param {string} table
   * @param {Array<{block: number, from: number}>} missing from `missingBlocks`, nearest first
   * @param {number} rowCount the view's (as far as known)
   * @param {ViewQuery} [query]
   * @returns {RowsRequestMessage[]} what was sent
   */
  want(table, missing, rowCount, query = {}) {
    this.#expire();
    /** @type {RowsRequestMessage[]} */
    const sent = [];
    if (this.#gone.has(table)) return sent;
    const normal = normalizeQuery(query);
    const view = viewKey(table, normal);
    for (const { block, from } of missing) {
      if (this.#pending.size >= MAX_IN_FLIGHT) break;
      const key = pendingKey(view, block);
      if (this.#pending.has(key)) continue;
      const message = rowsRequest(table, from, rowCount, normal);
      if (!this.#send(message)) break;
      this.#pending.set(key, { table, view, block, sentAt: this.#now() });
      sent.push(message);
    }
    return sent;
  }

  /**
   * Whether a block of a view has been asked for and not answered.
   * @param {string} table
   * @param {number} block
   * @param {ViewQuery} [query]
   * @returns {boolean}
   */
  isPending(table, block, query = {}) {
    return this.#pending.has(pendingKey(viewKey(table, normalizeQuery(query)), block));
  }

  /**
   * Whether any block of a view has been asked for and not answered.
   * @param {string} table
   * @param {ViewQuery} [query]
   * @returns {boolean}
   */
  isLoading(table, query = {}) {
    const view = viewKey(table, normalizeQuery(query));
    for (const pending of this.#pending.values()) if (pending.view === view) return true;
    return false;
  }

  /** @returns {number} */
  get pendingCount() {
    return this.#pending.size;
  }

  /**
   * A `rows` message from the server. Rows of a view nobody asked for (its table was replaced
   * meanwhile) are dropped.
   * @param {RowsMessage} message
   */
  receive(message) {
    const query = normalizeQuery(message);
    const key = viewKey(message.table, query);
    const wasPending = this.#pending.delete(pendingKey(key, blockStart(message.offset)));
    if (!wasPending && !this.#views.has(key)) return;
    if (!this.#listeners.has(message.table)) {
      this.#views.delete(key); // the table left the page while the request was out
      return;
    }
    const view = this.#view(message.table, query);
    view.rowCount = message.rowCount;
    const rows = message.rows.map((cells, i) => {
      const position = message.positions?.[i] ?? message.offset + i;
      return { cells, position, label: message.labels?.[i] ?? position };
    });
    this.#store(view, message.offset, rows);
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
   * A view's record, created when new; its use moves it to the end of the order (the most recent).
   * @param {string} table
   * @param {ViewQuery} query normalized
   * @returns {View}
   */
  #view(table, query) {
    const key = viewKey(table, query);
    const view = this.#views.get(key) ?? { table, blocks: new Map(), rowCount: undefined };
    this.#views.delete(key);
    this.#views.set(key, view);
    // Sorted and searched views of a table beyond the limit go, oldest first; its own order stays.
    const own = viewKey(table, {});
    const others = [...this.#views].filter(([other, entry]) => entry.table === table && other !== own);
    for (const [other] of others.slice(0, Math.max(0, others.length - MAX_CACHED_VIEWS))) {
      this.#views.delete(other);
    }
    return view;
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
    for (const [key, view] of [...this.#views]) if (view.table === table) this.#views.delete(key);
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
   * @param {View} view
   * @param {number} offset
   * @param {ViewRow[]} rows
   */
  #store(view, offset, rows) {
    const cache = view.blocks;
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
 * @param {string} view a {@link viewKey}
 * @param {number} block
 * @returns {string}
 */
function pendingKey(view, block) {
  return `${view}\u0000${block}`;
}

/** The page's tables; main.js connects it to the server through the page's RowsLink. */
export const tableRows = new TableRows();
rowsLink.attach(tableRows);
