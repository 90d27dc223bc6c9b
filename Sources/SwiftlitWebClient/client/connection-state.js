// The browser connection's state machine, pure so that it can be tested without a socket.
//
//                 socketOpened
//   connecting ──────────────────▶ open ◀──────────────┐
//       │                           │                  │ socketOpened
//       │ socketClosed              │ socketClosed     │
//       ▼                           ▼                  │
//   reconnecting ◀──────────────────┘──────────────────┘
//       ▲   │   (a retry timer opens a new socket; the state stays
//       └───┘    "reconnecting" until that socket opens)
//
//   any state ── stopRequested ──▶ closed  (final: nothing reconnects)
//
// The root element's `data-connection` attribute shows the state; CSS and end-to-end tests read it.

/** @typedef {"connecting" | "open" | "reconnecting" | "closed"} ConnectionState */
/** @typedef {"socketOpened" | "socketClosed" | "stopRequested"} ConnectionEvent */

/** The first retry waits about this long; each failure doubles it. */
export const INITIAL_RETRY_DELAY_MS = 250;
/** Retries never wait longer than this, and go on forever. */
export const MAX_RETRY_DELAY_MS = 5000;

/**
 * The state after `event`.
 * @param {ConnectionState} state
 * @param {ConnectionEvent} event
 * @returns {ConnectionState}
 */
export function nextConnectionState(state, event) {
  if (state === "closed" || event === "stopRequested") return "closed";
  return event === "socketOpened" ? "open" : "reconnecting";
}

/**
 * How long to wait before retry number `attempt` (0 for the first): 250 ms doubling up to 5 s,
 * with "equal jitter" (half fixed, half random) so that many tabs do not reconnect in lockstep
 * after a server restart.
 * @param {number} attempt
 * @param {() => number} random a source of numbers in [0, 1)
 * @returns {number} milliseconds
 */
export function retryDelay(attempt, random = Math.random) {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, INITIAL_RETRY_DELAY_MS * 2 ** Math.min(attempt, 30));
  return ceiling / 2 + random() * (ceiling / 2);
}
