// Work the page can do later without anyone waiting for it (saving widget values for a reload,
// asking the engine for the time zone again) runs when the browser has nothing better to do.

/**
 * Runs `work` when the browser is idle (or soon, where it cannot tell).
 * @param {() => void} work
 */
export function whenIdle(work) {
  if (typeof globalThis.requestIdleCallback === "function") {
    globalThis.requestIdleCallback(work, { timeout: 2_000 });
  } else setTimeout(work, 200);
}
