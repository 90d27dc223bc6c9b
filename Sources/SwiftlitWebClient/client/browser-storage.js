// The app's browser storage (`st.localStorage`, `st.cookies`): what the tab reports in `hello`,
// and how it applies the writes a `storage` message carries. The app's localStorage entries live
// under a prefix of their own (the app's root path), so an app never sees or clears another's on
// the same origin. Pure logic over a `Storage` and a cookie setter, so it is tested without a page.

/** @typedef {import("./protocol-types.js").StorageUpdateMessage} StorageUpdateMessage */
/** @typedef {import("./protocol-types.js").CookieWrite} CookieWrite */
/** @typedef {import("./protocol-types.js").LocalStorageWrite} LocalStorageWrite */

/** What one `hello` may carry: Swift's `ProtocolLimits`; a server refuses a `hello` beyond them. */
export const LOCAL_STORAGE_LIMITS = Object.freeze({ entries: 1_000, keyBytes: 256, totalBytes: 512 * 1_024 });

const encoder = new TextEncoder();

/** @param {string} text */
function byteLength(text) {
  return encoder.encode(text).length;
}

/**
 * The prefix of the app's localStorage keys: `swiftlit:/:` for an app at the root,
 * `swiftlit:/sales/:` for one under `/sales/`.
 * @param {string} root the app's root path (`rootPath()`)
 * @returns {string}
 */
export function storagePrefix(root) {
  return `swiftlit:${root}:`;
}

/**
 * The app's entries, without the prefix, as `hello` carries them: sorted by key, and only as
 * many as the limits allow (a key that is too long, or an entry that would pass the total, is left
 * out), so a storage filled by other means cannot keep the tab from connecting.
 * @param {Pick<Storage, "length" | "key" | "getItem">} storage
 * @param {string} prefix
 * @param {{ entries: number, keyBytes: number, totalBytes: number }} [limits]
 * @returns {Record<string, string>}
 */
export function readAppEntries(storage, prefix, limits = LOCAL_STORAGE_LIMITS) {
  /** @type {string[]} */
  const keys = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null && key.startsWith(prefix)) keys.push(key);
  }
  keys.sort();
  /** @type {Record<string, string>} */
  const entries = {};
  let count = 0;
  let total = 0;
  for (const key of keys) {
    const name = key.slice(prefix.length);
    const value = storage.getItem(key);
    if (value === null) continue;
    const keyBytes = byteLength(name);
    const bytes = keyBytes + byteLength(value);
    if (keyBytes > limits.keyBytes || total + bytes > limits.totalBytes) continue;
    if (count === limits.entries) break;
    entries[name] = value;
    count += 1;
    total += bytes;
  }
  return entries;
}

/**
 * Applies the app's localStorage writes in order.
 * @param {Pick<Storage, "setItem" | "removeItem">} storage
 * @param {string} prefix
 * @param {LocalStorageWrite[]} writes
 * @returns {string[]} the keys the browser refused to store (its quota is full, or storage is off)
 */
export function applyLocalStorageWrites(storage, prefix, writes) {
  /** @type {string[]} */
  const refused = [];
  for (const write of writes) {
    try {
      if (write.value === undefined) storage.removeItem(prefix + write.key);
      else storage.setItem(prefix + write.key, write.value);
    } catch {
      refused.push(write.key);
    }
  }
  return refused;
}

/**
 * The `document.cookie` text for one write. The server has checked and encoded name and value;
 * the defaults are the safe ones: the app's root as the path, `SameSite=Lax`, `Secure` on an
 * https page. A deletion is the same cookie (same name and path) with `Max-Age=0`. Page script
 * cannot set `HttpOnly`.
 * @param {CookieWrite} write
 * @param {{ defaultPath: string, https: boolean }} page
 * @returns {string}
 */
export function cookieString(write, page) {
  const sameSite = write.sameSite ?? "lax";
  const parts = [
    `${write.name}=${write.value ?? ""}`,
    `Path=${write.path ?? page.defaultPath}`,
    `SameSite=${sameSite[0].toUpperCase()}${sameSite.slice(1)}`,
  ];
  const maxAge = write.value === undefined ? 0 : write.maxAge;
  if (maxAge !== undefined) parts.push(`Max-Age=${maxAge}`);
  if (write.secure ?? page.https) parts.push("Secure");
  return parts.join("; ");
}

/**
 * Applies a `storage` message: localStorage writes, then cookies, each in order.
 * @param {StorageUpdateMessage} update
 * @param {{ storage: Pick<Storage, "setItem" | "removeItem"> | null, prefix: string,
 *   setCookie: (text: string) => void, defaultPath: string, https: boolean }} target
 * @returns {string[]} the localStorage keys that could not be stored
 */
export function applyStorageUpdate(update, target) {
  const refused = target.storage === null
    ? update.localStorage.map((write) => write.key)
    : applyLocalStorageWrites(target.storage, target.prefix, update.localStorage);
  for (const write of update.cookies) target.setCookie(cookieString(write, target));
  return refused;
}

/**
 * The tab's localStorage, or `null` where the browser refuses it (some privacy modes, sandboxed
 * frames).
 * @returns {Storage | null}
 */
export function pageLocalStorage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
