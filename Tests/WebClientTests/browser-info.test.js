import assert from "./assert.js";
import { tabTimeZone } from "../../Sources/SwiftlitWebClient/client/browser-info.js";
import { MemoryStorage, refusingStorage } from "./memory-storage.js";

Deno.test("a tab asks for its time zone once, then sends what it knows and asks again when idle", () => {
  const storage = new MemoryStorage();
  let zone = "Europe/Paris";
  let asked = 0;
  /** @type {(() => void)[]} */
  const idle = [];
  const deps = {
    storage,
    resolveTimeZone: () => {
      asked += 1;
      return zone;
    },
    whenIdle: (/** @type {() => void} */ work) => {
      idle.push(work);
    },
  };
  assert.equal(tabTimeZone(deps), "Europe/Paris");
  assert.equal(asked, 1);
  assert.equal(idle.length, 0);

  // The next hello does not wait for Intl; the idle check picks up a change for the one after.
  zone = "Asia/Tokyo";
  assert.equal(tabTimeZone(deps), "Europe/Paris");
  assert.equal(asked, 1);
  assert.equal(idle.length, 1);
  idle[0]();
  assert.equal(asked, 2);
  assert.equal(tabTimeZone(deps), "Asia/Tokyo");
});

Deno.test("without the tab's storage the time zone is asked for every time", () => {
  let asked = 0;
  const deps = {
    storage: refusingStorage,
    resolveTimeZone: () => {
      asked += 1;
      return "UTC";
    },
    whenIdle: () => {
      throw new Error("nothing to check again");
    },
  };
  assert.equal(tabTimeZone(deps), "UTC");
  assert.equal(tabTimeZone(deps), "UTC");
  assert.equal(asked, 2);
});
