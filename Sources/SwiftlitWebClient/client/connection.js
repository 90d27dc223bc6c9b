// One WebSocket to the server that comes back by itself. The state machine lives in
// connection-state.js; this class only performs its transitions on a real socket and a timer.
// What to say on every (re)connect (`hello`) is the caller's business, through `onOpen`.

import { nextConnectionState, retryDelay } from "./connection-state.js";

/** @typedef {import("./connection-state.js").ConnectionState} ConnectionState */
/** @typedef {import("./connection-state.js").ConnectionEvent} ConnectionEvent */

/**
 * The little of `WebSocket` this class uses, so that tests can pass a fake.
 * @typedef {object} SocketLike
 * @property {number} readyState
 * @property {((event: Event) => void) | null} onopen
 * @property {((event: MessageEvent) => void) | null} onmessage
 * @property {((event: CloseEvent) => void) | null} onclose
 * @property {(data: string) => void} send
 * @property {(code?: number, reason?: string) => void} close
 */

/**
 * @typedef {object} ConnectionOptions
 * @property {string} url the `ws:` or `wss:` URL of `_stcore/stream`
 * @property {() => void} onOpen called on every (re)connect; send `hello` here
 * @property {(text: string) => void} onMessage called with every text frame
 * @property {(state: ConnectionState) => void} onStateChange
 * @property {(url: string) => SocketLike} [createSocket] defaults to `new WebSocket(url)`
 * @property {(callback: () => void, ms: number) => number} [setTimer] defaults to `setTimeout`
 * @property {(id: number) => void} [clearTimer] defaults to `clearTimeout`
 */

/** `WebSocket.OPEN`, spelled out so that fakes need not define the constant. */
const SOCKET_OPEN = 1;

/** A self-healing connection: reconnects forever with backoff until `stop()`. */
export class Connection {
  /** @type {ConnectionOptions} */
  #options;
  /** @type {ConnectionState} */
  #state = "connecting";
  /** @type {SocketLike | null} */
  #socket = null;
  /** Failed attempts since the last connection that delivered a message. */
  #failures = 0;
  /** @type {number | null} */
  #retryTimer = null;
  /** Set between {@link pause} and {@link resume}: no socket is open, none is retried. */
  #paused = false;

  /** @param {ConnectionOptions} options */
  constructor(options) {
    this.#options = options;
  }

  /** @returns {ConnectionState} */
  get state() {
    return this.#state;
  }

  /** Opens the first socket. */
  start() {
    this.#options.onStateChange(this.#state);
    this.#openSocket();
  }

  /**
   * Sends a text frame if the socket is open. Messages are not queued: the `hello` of the next
   * connection carries every widget value anyway.
   * @param {string} text
   * @returns {boolean} whether it was sent
   */
  send(text) {
    if (this.#state !== "open" || this.#socket?.readyState !== SOCKET_OPEN) return false;
    this.#socket.send(text);
    return true;
  }

  /** Retries at once instead of waiting for the timer, e.g. when the browser comes back online. */
  retryNow() {
    if (this.#state !== "reconnecting" || this.#retryTimer === null) return;
    (this.#options.clearTimer ?? clearTimeout)(this.#retryTimer);
    this.#retryTimer = null;
    this.#openSocket();
  }

  /**
   * Closes the socket while the page is left. A left page may wait, frozen, in the browser's
   * back/forward cache, where an open socket would go on holding its session on the server: the
   * session could then neither expire nor be resumed by a reload. {@link resume} reconnects.
   */
  pause() {
    if (this.#state === "closed" || this.#paused) return;
    this.#paused = true;
    if (this.#retryTimer !== null) (this.#options.clearTimer ?? clearTimeout)(this.#retryTimer);
    this.#retryTimer = null;
    const socket = this.#socket;
    this.#socket = null;
    // 1000: scripts may not send 1001 ("going away"), which is the browser's own.
    socket?.close(1000, "page left");
    this.#transition("socketClosed");
  }

  /** Reconnects after {@link pause}, e.g. when the page comes back from the back/forward cache. */
  resume() {
    if (!this.#paused) return;
    this.#paused = false;
    if (this.#state === "closed") return;
    this.#failures = 0;
    this.#openSocket();
  }

  /** Closes the socket for good. */
  stop() {
    if (this.#retryTimer !== null) (this.#options.clearTimer ?? clearTimeout)(this.#retryTimer);
    this.#retryTimer = null;
    const socket = this.#socket;
    this.#socket = null;
    this.#transition("stopRequested");
    socket?.close(1000, "client stopped");
  }

  #openSocket() {
    let socket;
    try {
      socket = (this.#options.createSocket ?? ((url) => new WebSocket(url)))(this.#options.url);
    } catch (error) {
      console.warn("swiftlit: cannot open the WebSocket", error);
      this.#socketClosed();
      return;
    }
    this.#socket = socket;
    // Handlers ignore events from a socket that is no longer the current one.
    socket.onopen = () => {
      if (socket !== this.#socket) return;
      this.#transition("socketOpened");
      this.#options.onOpen();
    };
    socket.onmessage = (event) => {
      if (socket !== this.#socket) return;
      this.#failures = 0;
      if (typeof event.data === "string") this.#options.onMessage(event.data);
    };
    socket.onclose = () => {
      if (socket !== this.#socket) return;
      this.#socket = null;
      this.#socketClosed();
    };
  }

  #socketClosed() {
    this.#transition("socketClosed");
    if (this.#state === "closed") return;
    const delay = retryDelay(this.#failures);
    this.#failures += 1;
    this.#retryTimer = (this.#options.setTimer ?? setTimeout)(() => {
      this.#retryTimer = null;
      this.#openSocket();
    }, delay);
  }

  /** @param {ConnectionEvent} event */
  #transition(event) {
    const next = nextConnectionState(this.#state, event);
    if (next === this.#state) return;
    this.#state = next;
    this.#options.onStateChange(next);
  }
}
