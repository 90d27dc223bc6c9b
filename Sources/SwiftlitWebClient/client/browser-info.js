// What the browser tells the server of itself in `hello`, for the app's `st.context`: its
// language, time zone, light or dark, the app's public address and whether it is framed.

import { tabStorage } from "./session-store.js";
import { whenIdle } from "./when-idle.js";

/** @typedef {import("./protocol-types.js").BrowserInfo} BrowserInfo */
/** @typedef {import("./saved-widgets.js").StorageLike} StorageLike */
/**
 * What `browserInfo` reads the time zone with; tests pass their own.
 * @typedef {object} TimeZoneDeps
 * @property {StorageLike | null} [storage] the tab's storage (`null` where refused)
 * @property {() => string | undefined} [resolveTimeZone] asks the engine
 * @property {(work: () => void) => void} [whenIdle] runs `work` when the page is idle
 */

const TIME_ZONE_KEY = "swiftlit.timeZone";

/** @returns {BrowserInfo} */
export function browserInfo() {
  /** @type {BrowserInfo} */
  const info = {
    locale: navigator.language,
    timeZoneOffset: new Date().getTimezoneOffset(),
    theme: matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light",
    rootURL: document.baseURI,
    isEmbedded: isEmbedded(),
  };
  const timeZone = tabTimeZone();
  if (timeZone) info.timeZone = timeZone;
  return info;
}

/**
 * The time zone, as the tab last found it. Asking `Intl` costs about 20 ms in a new page (the engine
 * loads its time-zone data), and that was in the way of the first `hello`. A tab that knows the
 * answer sends it at once and asks again when the page is idle, for its next `hello`.
 * @param {TimeZoneDeps} [deps]
 * @returns {string | undefined}
 */
export function tabTimeZone(deps = {}) {
  const storage = deps.storage === undefined ? tabStorage() : deps.storage;
  const resolve = deps.resolveTimeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const remember = () => {
    const zone = resolve();
    try {
      if (zone) storage?.setItem(TIME_ZONE_KEY, zone);
    } catch {
      // Storage full or refused: the next hello asks Intl again.
    }
    return zone;
  };
  let known = null;
  try {
    known = storage?.getItem(TIME_ZONE_KEY) ?? null;
  } catch {
    // Storage refused (a privacy mode): ask Intl every time.
  }
  if (!known) return remember();
  (deps.whenIdle ?? whenIdle)(remember);
  return known;
}

/** @returns {boolean} */
function isEmbedded() {
  try {
    return globalThis.top !== globalThis.self;
  } catch {
    return true; // a cross-origin parent refuses the comparison
  }
}
