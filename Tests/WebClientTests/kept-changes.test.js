import assert from "./assert.js";
import { KeptChanges } from "../../Sources/SwiftlitWebClient/client/kept-changes.js";
import { decodeServerMessage } from "../../Sources/SwiftlitWebClient/client/protocol.js";

const decode = (
  /** @type {string} */ text,
) => /** @type {import("../../Sources/SwiftlitWebClient/client/kept-changes.js").RunChanges} */ (decodeServerMessage(
  text,
));

/** A run message's frame and the message it decodes to. */
function frame(/** @type {Record<string, unknown>} */ fields) {
  const text = JSON.stringify({ type: "runFinished", status: "complete", ...fields });
  return { text, message: decode(text) };
}

const page40 = [{ op: "set", path: [0, 0], node: { kind: "text", text: "rows 40" } }];
const page60 = [{ op: "set", path: [0, 0], node: { kind: "text", text: "rows 60" } }];

Deno.test("a message marked keep is applied and kept; a replay brings its changes back", () => {
  const kept = new KeptChanges();
  const first = frame({ run: 1, ops: page40, keep: 0 });
  assert.deepEqual(kept.opsOf(first.message, first.text, decode), page40);
  const second = frame({ run: 2, ops: page60, keep: 1 });
  assert.deepEqual(kept.opsOf(second.message, second.text, decode), page60);
  const replay = frame({ run: 3, ops: [], replay: 0 });
  assert.deepEqual(kept.opsOf(replay.message, replay.text, decode), page40);
  const again = frame({ run: 4, ops: [], replay: 1 });
  assert.deepEqual(kept.opsOf(again.message, again.text, decode), page60);
});

Deno.test("a replay gets fresh nodes: what applying the first copy changed does not leak into it", () => {
  const kept = new KeptChanges();
  const first = frame({ run: 1, ops: page40, keep: 3 });
  const applied = kept.opsOf(first.message, first.text, decode);
  /** @type {any} */ (applied[0]).node.text = "changed by the page";
  const replay = frame({ run: 2, ops: [], replay: 3 });
  assert.deepEqual(kept.opsOf(replay.message, replay.text, decode), page40);
});

Deno.test("keeping in a slot replaces what it held, and a cleared page holds nothing", () => {
  const kept = new KeptChanges();
  const first = frame({ run: 1, ops: page40, keep: 0 });
  kept.opsOf(first.message, first.text, decode);
  const second = frame({ run: 2, ops: page60, keep: 0 });
  kept.opsOf(second.message, second.text, decode);
  const replay = frame({ run: 3, ops: [], replay: 0 });
  assert.deepEqual(kept.opsOf(replay.message, replay.text, decode), page60);
  kept.clear();
  assert.throws(() => kept.opsOf(replay.message, replay.text, decode), /does not hold/);
});

Deno.test("a message without keep or replay is applied and not kept", () => {
  const kept = new KeptChanges();
  const plain = frame({ run: 1, ops: page40 });
  assert.deepEqual(kept.opsOf(plain.message, plain.text, decode), page40);
  const replay = frame({ run: 2, ops: [], replay: 0 });
  assert.throws(() => kept.opsOf(replay.message, replay.text, decode), /slot 0/);
});

Deno.test("a slot outside 0-7 is refused as malformed", () => {
  assert.throws(() => decode(JSON.stringify({ type: "delta", run: 1, ops: [], replay: 8 })), /replay/);
});
