import assert from "./assert.js";
import {
  applyLocalStorageWrites,
  applyStorageUpdate,
  cookieString,
  readAppEntries,
  storagePrefix,
} from "../../Sources/SwiftlitWebClient/client/browser-storage.js";

/** A Map-backed `Storage` with what the module uses; `quota` bytes make setItem throw as browsers do. */
class MemoryStorage {
  /** @param {Record<string, string>} [entries] @param {number} [quota] */
  constructor(entries = {}, quota = Infinity) {
    /** @type {Map<string, string>} */
    this.map = new Map(Object.entries(entries));
    this.quota = quota;
  }
  get length() {
    return this.map.size;
  }
  /** @param {number} index */
  key(index) {
    return [...this.map.keys()][index] ?? null;
  }
  /** @param {string} key */
  getItem(key) {
    return this.map.get(key) ?? null;
  }
  /** @param {string} key @param {string} value */
  setItem(key, value) {
    if (key.length + value.length > this.quota) throw new DOMException("full", "QuotaExceededError");
    this.map.set(key, value);
  }
  /** @param {string} key */
  removeItem(key) {
    this.map.delete(key);
  }
}

Deno.test("the prefix is the app's root path", () => {
  assert.equal(storagePrefix("/"), "swiftlit:/:");
  assert.equal(storagePrefix("/sales/"), "swiftlit:/sales/:");
});

Deno.test("hello carries only the app's own entries, without their prefix", () => {
  const storage = new MemoryStorage({
    "swiftlit:/:visits": "3",
    "swiftlit:/:name": "Ada",
    "swiftlit:/sales/:visits": "9",
    "other-library": "x",
  });
  assert.deepEqual(readAppEntries(storage, storagePrefix("/")), { name: "Ada", visits: "3" });
  assert.deepEqual(readAppEntries(storage, storagePrefix("/sales/")), { visits: "9" });
});

Deno.test("hello stays within the protocol's limits whatever the storage holds", () => {
  const limits = { entries: 2, keyBytes: 4, totalBytes: 12 };
  const storage = new MemoryStorage({
    "p:a": "1",
    "p:toolong": "1",
    "p:b": "0123456789",
    "p:c": "22",
    "p:d": "3",
  });
  // "toolong" is over 4 bytes; "b" would pass the 12-byte total; "a" and "c" fill the 2 entries.
  assert.deepEqual(readAppEntries(storage, "p:", limits), { a: "1", c: "22" });
  const multibyte = new MemoryStorage({ "p:é": "ü".repeat(3) });
  assert.deepEqual(
    readAppEntries(multibyte, "p:", { entries: 9, keyBytes: 4, totalBytes: 7 }),
    {},
    "bytes, not characters",
  );
});

Deno.test("writes apply in order under the prefix, removals included", () => {
  const storage = new MemoryStorage({ "swiftlit:/:old": "1", "other": "keep" });
  const refused = applyLocalStorageWrites(storage, "swiftlit:/:", [
    { key: "visits", value: "1" },
    { key: "visits", value: "2" },
    { key: "old" },
  ]);
  assert.deepEqual(refused, []);
  assert.deepEqual(Object.fromEntries(storage.map), { "swiftlit:/:visits": "2", other: "keep" });
});

Deno.test("a write the browser refuses is reported, the rest still apply", () => {
  const storage = new MemoryStorage({}, 20);
  const refused = applyLocalStorageWrites(storage, "p:", [
    { key: "big", value: "x".repeat(100) },
    { key: "small", value: "1" },
  ]);
  assert.deepEqual(refused, ["big"]);
  assert.equal(storage.getItem("p:small"), "1");
});

Deno.test("cookies get the safe defaults: app root, SameSite=Lax, Secure on https", () => {
  const page = { defaultPath: "/sales/", https: true };
  assert.equal(
    cookieString({ name: "visits", value: "3" }, page),
    "visits=3; Path=/sales/; SameSite=Lax; Secure",
  );
  assert.equal(
    cookieString({ name: "visits", value: "3" }, { defaultPath: "/", https: false }),
    "visits=3; Path=/; SameSite=Lax",
  );
  assert.equal(
    cookieString(
      { name: "t", value: "a%20b", maxAge: 86400, path: "/x", sameSite: "strict", secure: false },
      page,
    ),
    "t=a%20b; Path=/x; SameSite=Strict; Max-Age=86400",
  );
  assert.equal(
    cookieString({ name: "t", value: "1", sameSite: "none", secure: true }, {
      defaultPath: "/",
      https: false,
    }),
    "t=1; Path=/; SameSite=None; Secure",
  );
});

Deno.test("a removal expires the cookie at the same path", () => {
  assert.equal(
    cookieString({ name: "visits", maxAge: 0 }, { defaultPath: "/", https: false }),
    "visits=; Path=/; SameSite=Lax; Max-Age=0",
  );
  assert.equal(
    cookieString({ name: "visits", path: "/a" }, { defaultPath: "/", https: false }),
    "visits=; Path=/a; SameSite=Lax; Max-Age=0",
    "no value means delete, even without maxAge",
  );
});

Deno.test("a storage message applies localStorage and cookies in order", () => {
  const storage = new MemoryStorage();
  /** @type {string[]} */
  const cookies = [];
  const refused = applyStorageUpdate(
    {
      type: "storage",
      localStorage: [{ key: "a", value: "1" }],
      cookies: [{ name: "c", value: "1" }, { name: "c" }],
    },
    { storage, prefix: "p:", setCookie: (text) => cookies.push(text), defaultPath: "/", https: false },
  );
  assert.deepEqual(refused, []);
  assert.equal(storage.getItem("p:a"), "1");
  assert.deepEqual(cookies, ["c=1; Path=/; SameSite=Lax", "c=; Path=/; SameSite=Lax; Max-Age=0"]);
  const off = applyStorageUpdate(
    { type: "storage", localStorage: [{ key: "a", value: "1" }], cookies: [] },
    { storage: null, prefix: "p:", setCookie: () => {}, defaultPath: "/", https: false },
  );
  assert.deepEqual(off, ["a"], "no storage: every write is reported");
});
