// Wires the client together (the pipeline of docs/protocol.md and style rule 12):
//
//   Connection ──text──▶ decodeServerMessage ──ops──▶ tree.applyOp (data) ──▶ patchOp (DOM, renderers)
//       ▲                                                                         │
//       └──── hello / rerun ◀── widget values ◀── user commits a value ◀──────────┘
//
// Run state: "running" from a hello/rerun we send (or a delta we did not ask for) until a
// runFinished whose status is not "interrupted" and, after it, until the elements whose renderer
// modules are still loading (lazy-renderer.js) have been drawn: what tests and users see at
// "idle" is the whole page. What a rerun carries (fragment, form values,
// trigger) is decided by interaction.js from where the widget sits in the tree.

import { Connection } from "./connection.js";
import { DATA, HIGHLIGHT_SELECTOR, ID } from "./dom-names.js";
import { KeptChanges } from "./kept-changes.js";
import { browserInfo } from "./browser-info.js";
import { applyStorageUpdate, pageLocalStorage, readAppEntries, storagePrefix } from "./browser-storage.js";
import { ErrorBanner } from "./error-banner.js";
import { createRenderContext } from "./interaction.js";
import { PageChrome } from "./page-chrome.js";
import { pendingLoads } from "./lazy-renderer.js";
import { NavigationHistory } from "./navigation-history.js";
import { currentLocation, rootPath } from "./page-location.js";
import { patchOp } from "./patch.js";
import { decodeServerMessage, encodeClientMessage, PROTOCOL_VERSION } from "./protocol.js";
import { rowsLink } from "./rows-link.js";
import { TabRestore } from "./saved-widgets.js";
import {
  loadSessionId,
  mayReloadForProtocol,
  protocolAccepted,
  saveSessionId,
  tabStorage,
} from "./session-store.js";
import { Sidebar } from "./sidebar.js";
import { StatusView } from "./status-view.js";
import { applyOp, createTree, widgetIds } from "./tree.js";
import { WidgetValues } from "./widget-values.js";

/** @typedef {import("./protocol.js").ServerMessage} ServerMessage */
/** @typedef {import("./protocol.js").ClientMessage} ClientMessage */
/** @typedef {import("./protocol.js").Op} Op */

/** Server error codes after which no run follows, so the page must not wait for one. */
const CODES_WITHOUT_RUN = new Set([
  "malformedMessage",
  "unknownMessageType",
  "notReady",
  "unsupportedProtocol",
  "rateLimited",
  "serverBusy",
]);

/**
 * @param {string} id
 * @returns {HTMLElement}
 */
function byId(id) {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`swiftlit: index.html has no #${id}`);
  return element;
}

// One session per tab across the app's pages: what is kept per tab is keyed by the app's root,
// not by the page's path (one origin may serve several apps under different base paths).
const appRoot = rootPath();
const app = byId(ID.app);
const roots = [byId(ID.main), byId(ID.sidebar), byId(ID.event)];
const status = new StatusView({
  app,
  connectionText: byId(ID.connectionStatus),
  runningText: /** @type {HTMLElement} */ (byId(ID.runningIndicator).lastElementChild),
});
const sidebar = new Sidebar({
  app,
  sidebar: roots[1],
  toggle: /** @type {HTMLButtonElement} */ (byId(ID.sidebarToggle)),
  handle: byId(ID.sidebarResize),
  path: appRoot,
});
const page = new PageChrome(app, (state) => sidebar.applyInitialState(state));
const banner = new ErrorBanner(byId(ID.bannerSlot));
/** @type {Promise<import("./dev-overlay.js").DevOverlay> | null} */
let devOverlay = null;
const tree = createTree();
const values = new WidgetValues();
// A reload (F5) restores the tab's widget values: saved in sessionStorage, sent in the first hello.
const restore = new TabRestore({ storage: tabStorage(), root: appRoot, values });
// Pages and URLs: links to the app's pages, back/forward and the app's moves of the address bar.
const navigation = new NavigationHistory({
  root: appRoot,
  current: () => currentLocation(),
  navigate: (location) => send({ type: "rerun", widgets: values.snapshot(), location }),
});
let scrolledToAnchor = false;
/** This tab's session, as the server last named it. @type {string | undefined} */
let sessionId;
/** The token this tab's uploads carry. @type {string | undefined} */
let uploadToken;
/** Grows with every run that starts: an "idle" that waited for lazy modules is stale once it grew. */
let runsStarted = 0;
/** The run whose changes are arriving (what a Stop names); `undefined` between runs. @type {number | undefined} */
let runInProgress;

const ctx = createRenderContext({
  values,
  tree,
  send,
  sessionId: () => sessionId,
  uploadToken: () => uploadToken,
  configurePage: (node) => page.apply(node),
  highlightCode,
  stopStreams() {
    // Not a run of its own: the running indicator stays as it is.
    if (runInProgress !== undefined) {
      connection.send(encodeClientMessage({ type: "stop", run: runInProgress }));
    }
  },
});

/** The server's drawing of the page (server.prerender), parsed before this module ran; `null` once gone. */
let prerendered = roots[0].querySelector(`:scope > [${DATA.prerendered}]`);

/** The run messages the server asked this socket's page to keep. */
const kept = new KeptChanges();

const streamUrl = new URL("_stcore/stream", document.baseURI);
streamUrl.protocol = streamUrl.protocol === "https:" ? "wss:" : "ws:";

const connection = new Connection({
  url: streamUrl.href,
  onOpen() {
    rowsLink.reconnected();
    kept.clear();
    const saved = loadSessionId(appRoot);
    /** @type {ClientMessage} */
    const hello = {
      type: "hello",
      protocol: PROTOCOL_VERSION,
      widgets: restore.helloWidgets(),
      location: currentLocation(),
      browser: browserInfo(),
      localStorage: readAppStorage(),
    };
    if (saved !== undefined) hello.sessionId = saved;
    send(hello);
  },
  onMessage: receive,
  onStateChange: (state) => {
    restore.connectionChanged(state);
    status.showConnection(state);
  },
});

// A table's `rows` requests: no run follows, so the running indicator stays as it is.
rowsLink.setSender((message) => connection.send(encodeClientMessage(message)));

/**
 * Sends a hello or rerun; the server runs the app in answer to either.
 * @param {ClientMessage} message
 */
function send(message) {
  if (connection.send(encodeClientMessage(message))) showRunning();
  // Not connected: nothing is lost, the next hello carries every widget value.
}

/** @param {string} text */
function receive(text) {
  /** @type {ServerMessage} */
  let message;
  try {
    message = decodeServerMessage(text);
  } catch (error) {
    report("This page could not read a message from the server", error);
    return;
  }
  switch (message.type) {
    case "session":
      sessionId = message.sessionId;
      uploadToken = message.uploadToken;
      saveSessionId(appRoot, message.sessionId);
      protocolAccepted(appRoot);
      if (message.expired === true) banner.notify(restore.sessionExpired());
      else restore.sessionOpened();
      // The server states its standing compile error right after this greeting. A restarted app
      // has none, and the tab may have missed the `compileFixed` sent as the old one stopped.
      devOverlay?.then((overlay) => overlay.hide());
      // A new session after a reconnect keeps the DOM: its first run updates it in place.
      return;
    case "delta":
      showRunning();
      runInProgress = message.run;
      applyRunChanges(message, text);
      return;
    case "runFinished":
      runInProgress = undefined;
      applyRunChanges(message, text);
      if (message.status === "interrupted") return; // another run follows at once
      values.prune(widgetIds(tree));
      restore.runFinished();
      status.showFinishedRun(message.run);
      showIdleOnceDrawn();
      return;
    case "rows":
      rowsLink.receive(message);
      return;
    case "location":
      navigation.follow(message);
      return;
    case "storage":
      applyAppStorage(message);
      return;
    case "notice":
      if (message.kind === "restarted") banner.show(message.message);
      else showCompileState(message);
      return;
    case "error":
      if (message.code === "unknownTable") {
        rowsLink.refused(message.message); // a newer run replaced the table: nothing to show
        return;
      }
      report(`The server refused a message (${message.code}): ${message.message}`);
      if (CODES_WITHOUT_RUN.has(message.code)) status.showRunState("idle");
      if (message.code === "unsupportedProtocol" && mayReloadForProtocol(appRoot)) {
        // The server's page carries the client that speaks its protocol.
        connection.stop();
        location.reload();
      }
      return;
  }
}

/**
 * Applies a run message's changes, its own or those it replays.
 * @param {import("./kept-changes.js").RunChanges} message
 * @param {string} text the message's frame
 */
function applyRunChanges(message, text) {
  let ops;
  try {
    ops = kept.opsOf(message, text, (keptText) => /** @type {import("./kept-changes.js").RunChanges} */ (
      decodeServerMessage(keptText)
    ));
  } catch (error) {
    report("Part of the page could not be updated", error);
    // A new socket starts with no kept changes, and the server sends the whole page to it.
    connection.pause();
    connection.resume();
    return;
  }
  applyOps(ops);
}

/** @param {Op[]} ops */
function applyOps(ops) {
  dropPrerendered();
  /** @type {unknown} */
  let firstError = null;
  for (const op of ops) {
    try {
      patchOp(roots, applyOp(tree, op), ctx);
    } catch (error) {
      console.warn("swiftlit: could not apply", op, error);
      firstError ??= error;
    }
  }
  sidebar.showContent(tree.roots[1].children.length > 0);
  if (firstError !== null) report("Part of the page could not be updated", firstError);
}

/**
 * Takes away the server's drawing of the page (server.prerender) as the first run's changes arrive:
 * they are made for an empty page, and the drawing is gone in the same task, before the browser
 * paints again.
 */
function dropPrerendered() {
  if (prerendered === null) return;
  prerendered.remove();
  prerendered = null;
  document.documentElement.removeAttribute(DATA.prerender);
}

function showRunning() {
  runsStarted += 1;
  status.showRunState("running");
}

/**
 * Shows "idle" once the elements whose renderer modules are loading have replaced their
 * placeholders (at once when none is loading), unless another run started meanwhile.
 */
function showIdleOnceDrawn() {
  const idle = () => {
    status.showRunState("idle");
    scrollToAnchorOnce();
  };
  if (pendingLoads.isEmpty) return idle();
  const run = runsStarted;
  pendingLoads.settled().then(() => {
    if (runsStarted === run) idle();
  });
}

/**
 * Highlights the code blocks in `root`. Prism's loader loads with the first such block: most pages
 * have none.
 * @param {Element} root
 */
function highlightCode(root) {
  if (root.querySelector(HIGHLIGHT_SELECTOR) === null) return;
  import("./prism-loader.js").then(({ highlightCodeIn }) => highlightCodeIn(root))
    .catch((error) => console.warn("swiftlit: code highlighting is off, its module did not load:", error));
}

/** @returns {Record<string, string>} the app's localStorage entries, for `hello` */
function readAppStorage() {
  const storage = pageLocalStorage();
  return storage === null ? {} : readAppEntries(storage, storagePrefix(appRoot));
}

/**
 * Applies the app's writes to localStorage and cookies, in order, as they arrive.
 * @param {import("./protocol-types.js").StorageUpdateMessage} update
 */
function applyAppStorage(update) {
  const refused = applyStorageUpdate(update, {
    storage: pageLocalStorage(),
    prefix: storagePrefix(appRoot),
    setCookie: (text) => document.cookie = text,
    defaultPath: appRoot,
    https: location.protocol === "https:",
  });
  if (refused.length > 0) {
    report(`The browser did not store ${refused.join(", ")} in localStorage (full or disabled)`);
  }
}

/**
 * Logs and shows a problem; never throws, so one bad message cannot stop the client.
 * @param {string} summary
 * @param {unknown} [error]
 */
function report(summary, error) {
  const detail = error instanceof Error
    ? `: ${error.message}`
    : error === undefined
    ? ""
    : `: ${String(error)}`;
  console.warn(`swiftlit: ${summary}${detail}`, error ?? "");
  banner.show(`${summary}${detail}`);
}

/**
 * Shows or removes the compile-error overlay. Its module loads with the first such notice: only
 * apps served by `swiftlit run` send one, so other pages never fetch it.
 * @param {import("./protocol-types.js").DeveloperNoticeMessage} notice
 */
function showCompileState(notice) {
  devOverlay ??= import("./dev-overlay.js").then(({ DevOverlay }) => new DevOverlay(app));
  devOverlay.then((overlay) => {
    if (notice.kind === "compileError") overlay.showCompileError(notice.message, notice.diagnostics ?? []);
    else overlay.hide();
  }).catch((error) => report("Could not show the compile state", error));
}

/** After the first complete run, go to the heading the URL names (`…/#results`), as a static page would. */
function scrollToAnchorOnce() {
  if (scrolledToAnchor) return;
  scrolledToAnchor = true;
  const anchor = decodeURIComponent(location.hash.slice(1));
  if (anchor !== "") document.getElementById(anchor)?.scrollIntoView();
}

addEventListener("online", () => connection.retryNow());
// A reload, a navigation away, a closed or backgrounded tab: save the values for a reload. A left
// page lets go of its session at once (it may wait in the back/forward cache), and takes it up again
// if the browser brings it back.
addEventListener("pagehide", () => {
  restore.saveNow();
  connection.pause();
});
addEventListener("pageshow", (event) => {
  if (event.persisted) connection.resume();
});
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") restore.saveNow();
});
navigation.install();
connection.start();
