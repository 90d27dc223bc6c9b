import assert from "./assert.js";
import {
  downloadFailure,
  imageAlt,
  nativeLoop,
  playbackAction,
  safeMediaUrl,
} from "../../Sources/SwiftlitWebClient/client/media-playback.js";

Deno.test("media URLs are the app's own media endpoint or https addresses, nothing else", () => {
  assert.equal(safeMediaUrl("_stcore/media/0123abcd.png"), "_stcore/media/0123abcd.png");
  assert.equal(safeMediaUrl("https://example.com/cat.jpg"), "https://example.com/cat.jpg");
  assert.equal(safeMediaUrl("javascript:alert(1)"), null);
  assert.equal(safeMediaUrl("data:text/html,<script>alert(1)</script>"), null);
  assert.equal(safeMediaUrl("http://example.com/a.mp3"), null);
  assert.equal(safeMediaUrl("_stcore/media/../stream"), null, "no way out of the media path");
  assert.equal(safeMediaUrl("_stcore/media//evil.com/x"), null);
  assert.equal(safeMediaUrl("/_stcore/media/abc"), null, "absolute paths would skip <base>");
});

Deno.test("a player pauses at its end time, or loops back to its start", () => {
  const range = { startTime: 1, endTime: 2 };
  assert.equal(playbackAction(1.5, range, false), "none");
  assert.equal(playbackAction(2.01, range, false), "pause");
  assert.equal(playbackAction(2.01, { ...range, loop: true }, false), "restart");
  assert.equal(playbackAction(0.5, {}, false), "none", "no end time plays to the end");
  assert.equal(playbackAction(3, {}, true), "pause");
  assert.equal(playbackAction(3, { startTime: 1, loop: true }, true), "restart");
});

Deno.test("the browser loops by itself only over the whole media", () => {
  assert.equal(nativeLoop({ loop: true }), true);
  assert.equal(nativeLoop({ loop: true, startTime: 2 }), false);
  assert.equal(nativeLoop({ loop: true, endTime: 2 }), false);
  assert.equal(nativeLoop({}), false);
});

Deno.test("a picture's alternative text is its caption, else a name", () => {
  assert.equal(imageAlt("Sales by month", 0, 1), "Sales by month");
  assert.equal(imageAlt(undefined, 0, 1), "Image");
  assert.equal(imageAlt("  ", 1, 3), "Image 2");
});

Deno.test("a failed download says why: the server's message, a page that moved on, or the status", () => {
  assert.equal(
    downloadFailure(500, '{"error":{"message":"the app could not make this file; its log says why"}}'),
    "the app could not make this file; its log says why",
  );
  assert.ok(downloadFailure(404, "").includes("no longer on the page"));
  assert.equal(downloadFailure(502, "<html>Bad gateway</html>"), "the server answered 502");
});
