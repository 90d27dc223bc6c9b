// Keeps a tab's widget values across a reload (F5): they are saved in sessionStorage, keyed by the
// app's root path like the session id (session-store.js), and the first `hello` of the reloaded
// page carries them. sessionStorage belongs to one tab: a new tab starts with none, so it starts
// fresh; a duplicated tab gets a copy, so it shows the same page (with a session of its own).
//
// Only committed values are saved (what `WidgetValues.snapshot()` holds, what the app last ran
// with), not a form's unsubmitted edits: the app never saw those, and a reloaded page shows what the
// app made of the values it was given, as a reconnect does.
//
// Everything here is pure or takes its storage as an argument, so it is tested without a browser.

import { whenIdle } from "./when-idle.js";

/** @typedef {import("./protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("./protocol.js").WidgetValues} WidgetValues */

/**
 * The little of `Storage` this module uses; any of its calls may throw (privacy modes, quota).
 * @typedef {object} StorageLike
 * @property {(key: string) => string | null} getItem
 * @property {(key: string, value: string) => void} setItem
 * @property {(key: string) => void} removeItem
 */

/**
 * What a page saved: its widget values, and when (milliseconds since the epoch).
 * @typedef {object} SavedWidgets
 * @property {WidgetValues} widgets
 * @property {number} savedAt
 */

const WIDGETS_KEY = "swiftlit.widgets:";

/**
 * The most characters a save may take. A reloaded page sends the values in `hello`, which the
 * server refuses beyond `server.maxMessageSize` (1 MB by default) together with the app's
 * `localStorage` (up to 512 KiB): values beyond this are not saved, and the reload starts fresh.
 */
export const MAX_SAVED_CHARS = 256 * 1024;
/** The most values a `hello` may carry (`ProtocolLimits.maxWidgetValues`). */
export const MAX_SAVED_WIDGETS = 10_000;

/**
 * @param {unknown} item
 * @returns {item is null | boolean | number | string}
 */
function isScalar(item) {
  return item === null || typeof item === "boolean" || typeof item === "string" ||
    (typeof item === "number" && Number.isFinite(item));
}

/**
 * Whether `value` has the shape of a widget value on the wire.
 * @param {unknown} value
 * @returns {value is WidgetValue}
 */
export function isWidgetValue(value) {
  return isScalar(value) || (Array.isArray(value) && value.every(isScalar));
}

/**
 * The text a save stores.
 * @param {WidgetValues} widgets
 * @param {number} savedAt
 * @returns {string}
 */
export function encodeSavedWidgets(widgets, savedAt) {
  return JSON.stringify({ savedAt, widgets });
}

/**
 * Reads what a page saved; `null` for anything else (another version's format, a hand-edited or
 * truncated entry), so that a corrupted entry can never keep the page from starting.
 * @param {string | null} text
 * @returns {SavedWidgets | null}
 */
export function decodeSavedWidgets(text) {
  if (text === null || text.length > MAX_SAVED_CHARS) return null;
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const { savedAt, widgets } = /** @type {{savedAt?: unknown, widgets?: unknown}} */ (parsed);
  if (typeof savedAt !== "number" || !Number.isFinite(savedAt)) return null;
  if (typeof widgets !== "object" || widgets === null || Array.isArray(widgets)) return null;
  const entries = Object.entries(widgets);
  if (entries.length > MAX_SAVED_WIDGETS || !entries.every(([, value]) => isWidgetValue(value))) return null;
  return { savedAt, widgets: /** @type {WidgetValues} */ (Object.fromEntries(entries)) };
}

/**
 * Saves a tab's widget values under its app's root. Values too large to restore are not saved,
 * and an older save is removed: a reload then starts fresh rather than from stale values.
 * @param {StorageLike | null} storage `null` where the browser refuses it
 * @param {string} root the app's root path
 * @param {WidgetValues} widgets
 * @param {number} now
 * @returns {{outcome: "saved" | "tooLarge" | "refused", chars: number}}
 */
export function saveWidgets(storage, root, widgets, now) {
  const text = encodeSavedWidgets(widgets, now);
  if (storage === null) return { outcome: "refused", chars: text.length };
  const tooLarge = text.length > MAX_SAVED_CHARS || Object.keys(widgets).length > MAX_SAVED_WIDGETS;
  try {
    if (tooLarge) storage.removeItem(WIDGETS_KEY + root);
    else storage.setItem(WIDGETS_KEY + root, text);
  } catch {
    // Quota exceeded or storage refused: the tab works on, a reload just starts fresh.
    return { outcome: "refused", chars: text.length };
  }
  return { outcome: tooLarge ? "tooLarge" : "saved", chars: text.length };
}

/**
 * What the tab saved for the app at `root`; `null` when nothing was (a new tab), or when the entry
 * is unreadable, which is then removed.
 * @param {StorageLike | null} storage
 * @param {string} root
 * @returns {SavedWidgets | null}
 */
export function loadWidgets(storage, root) {
  if (storage === null) return null;
  try {
    const text = storage.getItem(WIDGETS_KEY + root);
    const saved = decodeSavedWidgets(text);
    if (saved === null && text !== null) storage.removeItem(WIDGETS_KEY + root);
    return saved;
  } catch {
    return null;
  }
}

/**
 * Forgets what the tab saved for the app at `root`, e.g. once its session expired.
 * @param {StorageLike | null} storage
 * @param {string} root
 */
export function forgetWidgets(storage, root) {
  try {
    storage?.removeItem(WIDGETS_KEY + root);
  } catch {
    // Refused: nothing was saved either.
  }
}

/**
 * What the page says when the server started a new session because this tab's had expired.
 * @param {number | null} awaySince when the tab left (saved its values, or lost its connection)
 * @param {number} now
 * @returns {string}
 */
export function expiredNotice(awaySince, now) {
  const minutes = awaySince === null ? 0 : Math.floor((now - awaySince) / 60_000);
  if (minutes < 1) return "This tab's session expired while it was away, so the app started over.";
  const away = minutes < 120
    ? `${minutes} ${minutes === 1 ? "minute" : "minutes"}`
    : `${Math.floor(minutes / 60)} hours`;
  return `This tab's session expired after ${away} away, so the app started over.`;
}

/**
 * @typedef {object} TabRestoreOptions
 * @property {StorageLike | null} storage the tab's sessionStorage
 * @property {string} root the app's root path
 * @property {{snapshot(): WidgetValues, prune(keep: Set<string>): void}} values the page's widget values
 * @property {() => number} [now] default `Date.now`
 * @property {(save: () => void) => void} [later] runs a save when the page is idle
 */

/**
 * One page's side of a reload: what it restores into its first `hello`, when it saves, and what it
 * does when the server says the session expired.
 *
 * Saves happen when the page is hidden or left (`pagehide`, `visibilitychange`), which is what a
 * reload relies on, and, coalesced into one idle moment, after each completed run, for a tab the
 * browser discards without a `pagehide`. Never on a key press: committing a value costs nothing
 * more than before.
 */
export class TabRestore {
  /** @type {TabRestoreOptions} */
  #options;
  /** What the last page of this tab saved, until the first run of this page has completed. */
  /** @type {SavedWidgets | null} */
  #restoring;
  /** When the tab left: what the last page saved, or the connection drop of this one. */
  /** @type {number | null} */
  #awaySince;
  #saveScheduled = false;

  /** @param {TabRestoreOptions} options */
  constructor(options) {
    this.#options = options;
    this.#restoring = loadWidgets(options.storage, options.root);
    this.#awaySince = this.#restoring?.savedAt ?? null;
  }

  /** @returns {number} */
  #now() {
    return (this.#options.now ?? Date.now)();
  }

  /**
   * The values a `hello` carries: the page's own, over what the last page of this tab saved until
   * this page's first run has completed (a reconnect before then must not lose them).
   * @returns {WidgetValues}
   */
  helloWidgets() {
    const current = this.#options.values.snapshot();
    return this.#restoring === null ? current : { ...this.#restoring.widgets, ...current };
  }

  /**
   * Notes when the connection dropped, for the expiry notice.
   * @param {string} state the connection's state
   */
  connectionChanged(state) {
    if (state === "open") return;
    this.#awaySince ??= this.#now();
  }

  /** The server answered `hello` with a session that is not expired: the tab is back. */
  sessionOpened() {
    this.#awaySince = null;
  }

  /**
   * The server started over because this tab's session expired: the saved and held values go
   * (the server ignored them), and the returned notice says what happened.
   * @returns {string}
   */
  sessionExpired() {
    const notice = expiredNotice(this.#awaySince, this.#now());
    this.#restoring = null;
    this.#awaySince = null;
    this.#options.values.prune(new Set());
    forgetWidgets(this.#options.storage, this.#options.root);
    return notice;
  }

  /** A run completed: its values are the page's own now, and are saved once the page is idle. */
  runFinished() {
    this.#restoring = null;
    if (this.#saveScheduled) return;
    this.#saveScheduled = true;
    const later = this.#options.later ?? whenIdle;
    later(() => {
      this.#saveScheduled = false;
      this.saveNow();
    });
  }

  /**
   * Saves at once, e.g. when the page is hidden or left.
   * @returns {ReturnType<typeof saveWidgets>}
   */
  saveNow() {
    return saveWidgets(this.#options.storage, this.#options.root, this.helloWidgets(), this.#now());
  }
}
