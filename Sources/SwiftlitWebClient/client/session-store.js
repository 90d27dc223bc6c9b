// Remembers this tab's session id in sessionStorage, so that a reload of the page in the same tab
// resumes the session (and its `st.session`) the way a reconnect does. Keyed by the app's root path:
// one session serves all the app's pages, and one origin may serve several apps under different
// base paths.

const SESSION_KEY = "swiftlit.sessionId:";
const PROTOCOL_RELOAD_KEY = "swiftlit.reloadedForProtocol:";

/**
 * The tab's sessionStorage, or `null` where the browser refuses it (some privacy modes, sandboxed
 * frames).
 * @returns {Storage | null}
 */
export function tabStorage() {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * @param {string} path the page's path, e.g. `location.pathname`
 * @returns {string | undefined}
 */
export function loadSessionId(path) {
  return tabStorage()?.getItem(SESSION_KEY + path) ?? undefined;
}

/**
 * @param {string} path
 * @param {string} sessionId
 */
export function saveSessionId(path, sessionId) {
  try {
    tabStorage()?.setItem(SESSION_KEY + path, sessionId);
  } catch {
    // Storage full or refused: the tab still works, a reload just starts a new session.
  }
}

/**
 * Whether the page may reload itself to pick up a client that speaks the server's protocol.
 * Answers `true` once per tab until {@link protocolAccepted} is called, so a server that keeps
 * refusing cannot put the page in a reload loop.
 * @param {string} path
 * @returns {boolean}
 */
export function mayReloadForProtocol(path) {
  const store = tabStorage();
  if (store === null || store.getItem(PROTOCOL_RELOAD_KEY + path) !== null) return false;
  store.setItem(PROTOCOL_RELOAD_KEY + path, "1");
  return true;
}

/**
 * The server accepted our protocol: a later mismatch may reload again.
 * @param {string} path
 */
export function protocolAccepted(path) {
  tabStorage()?.removeItem(PROTOCOL_RELOAD_KEY + path);
}
