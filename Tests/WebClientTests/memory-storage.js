// A tab's storage for tests.

/** sessionStorage in memory; `quota` bounds the characters of one value, as a full store does. */
export class MemoryStorage {
  /** @type {Map<string, string>} */
  items = new Map();
  quota = Number.POSITIVE_INFINITY;
  /** @param {string} key */
  getItem(key) {
    return this.items.get(key) ?? null;
  }
  /**
   * @param {string} key
   * @param {string} value
   */
  setItem(key, value) {
    if (value.length > this.quota) throw new DOMException("full", "QuotaExceededError");
    this.items.set(key, value);
  }
  /** @param {string} key */
  removeItem(key) {
    this.items.delete(key);
  }
}

/** Storage as a privacy mode gives it: every call throws. */
export const refusingStorage = {
  getItem() {
    throw new DOMException("denied", "SecurityError");
  },
  setItem() {
    throw new DOMException("denied", "SecurityError");
  },
  removeItem() {
    throw new DOMException("denied", "SecurityError");
  },
};
