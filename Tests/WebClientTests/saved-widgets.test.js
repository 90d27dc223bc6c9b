import assert from "./assert.js";
import {
  decodeSavedWidgets,
  encodeSavedWidgets,
  expiredNotice,
  forgetWidgets,
  isWidgetValue,
  loadWidgets,
  MAX_SAVED_CHARS,
  MAX_SAVED_WIDGETS,
  saveWidgets,
  TabRestore,
} from "../../Sources/SwiftlitWebClient/client/saved-widgets.js";
import { WidgetValues } from "../../Sources/SwiftlitWebClient/client/widget-values.js";
import { MemoryStorage, refusingStorage } from "./memory-storage.js";

const KEY = "swiftlit.widgets:/";

Deno.test("saved values come back as they were saved, under the app's root", () => {
  const storage = new MemoryStorage();
  const widgets = {
    "slider:n": 7,
    "text:name": "Ada",
    "multiselect:m": ["a", "b"],
    "date:d": null,
    "cb:c": true,
  };
  assert.equal(saveWidgets(storage, "/", widgets, 1_000).outcome, "saved");
  assert.deepEqual(loadWidgets(storage, "/"), { savedAt: 1_000, widgets });
  assert.equal(loadWidgets(storage, "/other/"), null, "another app under the same origin has its own");
  forgetWidgets(storage, "/");
  assert.equal(loadWidgets(storage, "/"), null);
});

Deno.test("a new tab has nothing saved and starts fresh", () => {
  const storage = new MemoryStorage();
  assert.equal(loadWidgets(storage, "/"), null);
  const restore = new TabRestore({ storage, root: "/", values: new WidgetValues() });
  assert.deepEqual(restore.helloWidgets(), {});
});

Deno.test("corrupted or foreign entries are dropped, never restored", () => {
  for (
    const text of [
      "{",
      "null",
      "[]",
      "42",
      '{"widgets":{"a":1}}',
      '{"savedAt":"yesterday","widgets":{}}',
      '{"savedAt":1,"widgets":[1]}',
      '{"savedAt":1,"widgets":{"a":{"nested":true}}}',
      '{"savedAt":1,"widgets":{"a":[1,[2]]}}',
      '{"savedAt":1,"widgets":{"a":1e999}}',
    ]
  ) {
    const storage = new MemoryStorage();
    storage.items.set(KEY, text);
    assert.equal(loadWidgets(storage, "/"), null, text);
    assert.ok(!storage.items.has(KEY), `${text} is removed`);
  }
  assert.equal(decodeSavedWidgets(null), null);
  assert.deepEqual(decodeSavedWidgets('{"savedAt":5,"widgets":{"a":[1,"x",null,false]}}'), {
    savedAt: 5,
    widgets: { a: [1, "x", null, false] },
  });
});

Deno.test("widget values are recognised by their wire shape", () => {
  for (const value of [null, true, 0, -2.5, "", "x", [], [1, "a", null, true]]) {
    assert.ok(isWidgetValue(value), JSON.stringify(value));
  }
  for (const value of [undefined, Number.NaN, Infinity, {}, [[1]], [{}], () => 1]) {
    assert.ok(!isWidgetValue(value), String(value));
  }
});

Deno.test("values too large to restore are not saved, and an older save goes", () => {
  const storage = new MemoryStorage();
  saveWidgets(storage, "/", { "text:a": "small" }, 1);
  const huge = { "textArea:t": "x".repeat(MAX_SAVED_CHARS) };
  const result = saveWidgets(storage, "/", huge, 2);
  assert.equal(result.outcome, "tooLarge");
  assert.ok(result.chars > MAX_SAVED_CHARS);
  assert.equal(loadWidgets(storage, "/"), null, "a reload starts fresh rather than from stale values");

  /** @type {Record<string, number>} */
  const many = {};
  for (let i = 0; i <= MAX_SAVED_WIDGETS; i++) many[`n:${i}`] = i;
  assert.equal(saveWidgets(storage, "/", many, 3).outcome, "tooLarge");
  storage.items.set(KEY, "x".repeat(MAX_SAVED_CHARS + 1));
  assert.equal(loadWidgets(storage, "/"), null, "an oversized entry is not parsed");
});

Deno.test("storage that refuses or is full never breaks the page", () => {
  assert.equal(saveWidgets(null, "/", { a: 1 }, 1).outcome, "refused");
  assert.equal(saveWidgets(refusingStorage, "/", { a: 1 }, 1).outcome, "refused");
  assert.equal(loadWidgets(refusingStorage, "/"), null);
  assert.equal(loadWidgets(null, "/"), null);
  forgetWidgets(refusingStorage, "/");
  forgetWidgets(null, "/");
  const full = new MemoryStorage();
  full.quota = 10;
  assert.equal(saveWidgets(full, "/", { a: "longer than ten" }, 1).outcome, "refused");
  const restore = new TabRestore({ storage: refusingStorage, root: "/", values: new WidgetValues() });
  assert.equal(restore.saveNow().outcome, "refused");
  assert.equal(
    restore.sessionExpired(),
    "This tab's session expired while it was away, so the app started over.",
  );
});

Deno.test("a reloaded page sends what the last page saved until its first run completes", () => {
  const storage = new MemoryStorage();
  storage.items.set(KEY, encodeSavedWidgets({ "slider:n": 7, "text:t": "old" }, 100));
  const values = new WidgetValues();
  /** @type {(() => void)[]} */
  const idle = [];
  const restore = new TabRestore({
    storage,
    root: "/",
    values,
    now: () => 200,
    later: (save) => idle.push(save),
  });
  assert.deepEqual(restore.helloWidgets(), { "slider:n": 7, "text:t": "old" });

  // Leaving again before the first run completed keeps what was saved.
  assert.equal(restore.saveNow().outcome, "saved");
  assert.deepEqual(loadWidgets(storage, "/")?.widgets, { "slider:n": 7, "text:t": "old" });

  // The page's own values win; once a run completed, only they are sent and saved.
  values.set("text:t", "new");
  assert.deepEqual(restore.helloWidgets(), { "slider:n": 7, "text:t": "new" });
  restore.runFinished();
  restore.runFinished();
  assert.equal(idle.length, 1, "saves after runs are coalesced");
  assert.deepEqual(restore.helloWidgets(), { "text:t": "new" });
  idle[0]();
  assert.deepEqual(loadWidgets(storage, "/"), { savedAt: 200, widgets: { "text:t": "new" } });
  restore.runFinished();
  assert.equal(idle.length, 2, "a later run schedules the next save");
});

Deno.test("a form's unsubmitted edits are not saved", () => {
  const storage = new MemoryStorage();
  const values = new WidgetValues();
  values.set("text:name", "sent");
  values.stage("text:name", "form:f", "typed, not submitted");
  const restore = new TabRestore({ storage, root: "/", values });
  restore.saveNow();
  assert.deepEqual(loadWidgets(storage, "/")?.widgets, { "text:name": "sent" });
});

Deno.test("an expired session drops the saved and held values and says how long the tab was away", () => {
  const storage = new MemoryStorage();
  const minute = 60_000;
  storage.items.set(KEY, encodeSavedWidgets({ "slider:n": 7 }, 0));
  const values = new WidgetValues();
  values.set("slider:n", 3);
  let now = 0;
  const restore = new TabRestore({ storage, root: "/", values, now: () => now });
  now = 5 * minute + 59_000;
  assert.equal(
    restore.sessionExpired(),
    "This tab's session expired after 5 minutes away, so the app started over.",
  );
  assert.equal(loadWidgets(storage, "/"), null);
  assert.equal(values.size, 0);
  assert.deepEqual(restore.helloWidgets(), {});
});

Deno.test("a reconnect after a long drop counts the time away from the drop", () => {
  let now = 1_000;
  const restore = new TabRestore({
    storage: new MemoryStorage(),
    root: "/",
    values: new WidgetValues(),
    now: () => now,
  });
  restore.connectionChanged("connecting");
  restore.connectionChanged("open");
  restore.sessionOpened();
  now = 10 * 60_000;
  restore.connectionChanged("reconnecting");
  now += 3 * 60 * 60_000;
  restore.connectionChanged("open");
  assert.equal(
    restore.sessionExpired(),
    "This tab's session expired after 3 hours away, so the app started over.",
  );
});

Deno.test("the expiry notice reads naturally", () => {
  const minute = 60_000;
  assert.equal(
    expiredNotice(null, 0),
    "This tab's session expired while it was away, so the app started over.",
  );
  assert.equal(
    expiredNotice(0, 30_000),
    "This tab's session expired while it was away, so the app started over.",
  );
  assert.equal(
    expiredNotice(0, minute),
    "This tab's session expired after 1 minute away, so the app started over.",
  );
  assert.equal(
    expiredNotice(0, 119 * minute),
    "This tab's session expired after 119 minutes away, so the app started over.",
  );
  assert.equal(
    expiredNotice(0, 5 * 60 * minute),
    "This tab's session expired after 5 hours away, so the app started over.",
  );
});
