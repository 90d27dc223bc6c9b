// A few assertions for the web client's tests. Deno's @std/assert is on JSR and node:assert pulls
// Node's typings into the type check (where they clash with the DOM's `setTimeout`); these cover
// what the tests need with neither.

/**
 * Structural equality for JSON-like values.
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
function deepEquals(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = /** @type {Record<string, unknown>} */ (a);
  const recordB = /** @type {Record<string, unknown>} */ (b);
  return keysA.every((key) => Object.hasOwn(recordB, key) && deepEquals(recordA[key], recordB[key]));
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function show(value) {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/**
 * @param {string} what
 * @param {string | undefined} message
 * @returns {never}
 */
function fail(what, message) {
  throw new Error(message === undefined ? what : `${message}: ${what}`);
}

const assert = {
  /**
   * @param {unknown} condition
   * @param {string} [message]
   */
  ok(condition, message) {
    if (!condition) fail("expected a truthy value", message);
  },

  /**
   * @param {unknown} actual
   * @param {unknown} expected
   * @param {string} [message]
   */
  equal(actual, expected, message) {
    if (!Object.is(actual, expected)) fail(`expected ${show(expected)}, got ${show(actual)}`, message);
  },

  /**
   * @param {unknown} actual
   * @param {unknown} expected
   * @param {string} [message]
   */
  deepEqual(actual, expected, message) {
    if (!deepEquals(actual, expected)) {
      fail(`expected\n  ${show(expected)}\ngot\n  ${show(actual)}`, message);
    }
  },

  /**
   * Expects `action` to throw an Error whose message matches `pattern`, or that `check` accepts.
   * @param {() => unknown} action
   * @param {RegExp | ((error: unknown) => boolean)} [expectation]
   */
  throws(action, expectation) {
    try {
      action();
    } catch (error) {
      if (expectation === undefined) return;
      if (expectation instanceof RegExp) {
        const text = error instanceof Error ? error.message : String(error);
        if (!expectation.test(text)) fail(`the error "${text}" does not match ${expectation}`, undefined);
        return;
      }
      if (!expectation(error)) fail(`the error was not the expected one: ${String(error)}`, undefined);
      return;
    }
    fail("expected an error, but nothing was thrown", undefined);
  },

  /** @param {() => unknown} action */
  doesNotThrow(action) {
    action();
  },
};

export default assert;
