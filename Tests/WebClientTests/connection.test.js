import assert from "./assert.js";
import { Connection } from "../../Sources/SwiftlitWebClient/client/connection.js";
import {
  INITIAL_RETRY_DELAY_MS,
  MAX_RETRY_DELAY_MS,
  nextConnectionState,
  retryDelay,
} from "../../Sources/SwiftlitWebClient/client/connection-state.js";

Deno.test("state machine transitions", () => {
  /** @type {Array<[import("../../Sources/SwiftlitWebClient/client/connection-state.js").ConnectionState, import("../../Sources/SwiftlitWebClient/client/connection-state.js").ConnectionEvent, string]>} */
  const table = [
    ["connecting", "socketOpened", "open"],
    ["connecting", "socketClosed", "reconnecting"],
    ["open", "socketClosed", "reconnecting"],
    ["reconnecting", "socketClosed", "reconnecting"],
    ["reconnecting", "socketOpened", "open"],
    ["open", "stopRequested", "closed"],
    ["reconnecting", "stopRequested", "closed"],
    ["closed", "socketOpened", "closed"],
  ];
  for (const [state, event, expected] of table) {
    assert.equal(nextConnectionState(state, event), expected, `${state} + ${event}`);
  }
});

Deno.test("retry delays double from 250 ms up to 5 s, with jitter in the upper half", () => {
  const low = (/** @type {number} */ attempt) => retryDelay(attempt, () => 0);
  const high = (/** @type {number} */ attempt) => retryDelay(attempt, () => 0.999999);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 50].map(low), [125, 250, 500, 1000, 2000, 2500, 2500, 2500]);
  assert.ok(Math.abs(high(0) - INITIAL_RETRY_DELAY_MS) < 0.01);
  assert.ok(Math.abs(high(10) - MAX_RETRY_DELAY_MS) < 0.01);
});

/** A scripted stand-in for WebSocket. */
class FakeSocket {
  readyState = 0;
  /** @type {string[]} */
  sent = [];
  /** @type {((event: Event) => void) | null} */
  onopen = null;
  /** @type {((event: MessageEvent) => void) | null} */
  onmessage = null;
  /** @type {((event: CloseEvent) => void) | null} */
  onclose = null;
  /** @param {string} data */
  send(data) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event("open"));
  }
  /** @param {string} data */
  receive(data) {
    this.onmessage?.(new MessageEvent("message", { data }));
  }
  drop() {
    this.readyState = 3;
    this.onclose?.(/** @type {CloseEvent} */ (new Event("close")));
  }
}

Deno.test("reconnects forever and says hello on every connect", () => {
  /** @type {FakeSocket[]} */
  const sockets = [];
  /** @type {Array<{callback: () => void, ms: number}>} */
  const timers = [];
  /** @type {string[]} */
  const states = [];
  /** @type {string[]} */
  const received = [];
  let hellos = 0;
  const connection = new Connection({
    url: "ws://test/_stcore/stream",
    onOpen: () => {
      hellos += 1;
      connection.send("hello");
    },
    onMessage: (text) => received.push(text),
    onStateChange: (state) => states.push(state),
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => {},
  });
  connection.start();
  assert.equal(connection.send("too early"), false);
  sockets[0].open();
  sockets[0].receive("session");
  assert.deepEqual(sockets[0].sent, ["hello"]);
  assert.deepEqual(received, ["session"]);

  sockets[0].drop();
  assert.equal(connection.state, "reconnecting");
  timers.shift()?.callback();
  sockets[1].drop(); // the server is still down
  assert.equal(timers.length, 1);
  assert.ok(timers[0].ms >= 250, "the second retry waits longer than the first");
  timers.shift()?.callback();
  sockets[2].open();
  assert.equal(hellos, 2);
  assert.deepEqual(sockets[2].sent, ["hello"]);
  assert.deepEqual(states, ["connecting", "open", "reconnecting", "open"]);

  connection.stop();
  assert.equal(connection.state, "closed");
  assert.equal(connection.send("after stop"), false);
  assert.equal(timers.length, 0, "nothing reconnects after stop");
});

Deno.test("a left page closes its socket and retries nothing until it comes back", () => {
  /** @type {FakeSocket[]} */
  const sockets = [];
  /** @type {Array<{callback: () => void, ms: number}>} */
  const timers = [];
  /** @type {string[]} */
  const states = [];
  let hellos = 0;
  const connection = new Connection({
    url: "ws://test/_stcore/stream",
    onOpen: () => {
      hellos += 1;
    },
    onMessage: () => {},
    onStateChange: (state) => states.push(state),
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => timers.splice(0),
  });
  connection.start();
  sockets[0].open();
  connection.pause();
  assert.equal(sockets[0].readyState, 3, "the socket is closed, so the server detaches the session");
  assert.equal(connection.state, "reconnecting");
  sockets[0].drop(); // its close event: ignored, nothing is scheduled
  assert.equal(timers.length, 0);
  assert.equal(sockets.length, 1);
  connection.pause(); // twice is once

  connection.resume();
  assert.equal(sockets.length, 2);
  sockets[1].open();
  assert.equal(hellos, 2, "the page that came back says hello again");
  assert.deepEqual(states, ["connecting", "open", "reconnecting", "open"]);
  connection.resume(); // not paused: nothing happens
  assert.equal(sockets.length, 2);

  // Paused while waiting to retry: the retry is cancelled.
  sockets[1].drop();
  assert.equal(timers.length, 1);
  connection.pause();
  assert.equal(timers.length, 0);
  connection.stop();
  connection.resume();
  assert.equal(sockets.length, 2, "a stopped connection stays stopped");
});
