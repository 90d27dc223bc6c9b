import assert from "./assert.js";
import { createRenderContext } from "../../Sources/SwiftlitWebClient/client/interaction.js";
import { chatSubmission, isSendKey } from "../../Sources/SwiftlitWebClient/client/renderers/chat-input.js";
import { chatMessageValue } from "../../Sources/SwiftlitWebClient/client/chat-attachments.js";
import {
  avatarFor,
  chatRole,
  messageLabel,
} from "../../Sources/SwiftlitWebClient/client/renderers/chat-message.js";
import { applyOp, createTree } from "../../Sources/SwiftlitWebClient/client/tree.js";
import { WidgetValues } from "../../Sources/SwiftlitWebClient/client/widget-values.js";
import { encodeClientMessage } from "../../Sources/SwiftlitWebClient/client/protocol.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Node} Node */
/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").Path} Path */
/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol.js").RerunMessage} RerunMessage */

Deno.test("chatSubmission: whitespace alone is not sent", () => {
  assert.equal(chatSubmission(""), undefined);
  assert.equal(chatSubmission("   "), undefined);
  assert.equal(chatSubmission(" \n\t \n"), undefined);
  assert.equal(chatSubmission("  ", 10), undefined);
});

Deno.test("chatSubmission: text is sent as typed, inner and outer spaces and new lines included", () => {
  assert.equal(chatSubmission("hello"), "hello");
  assert.equal(chatSubmission("  two\nlines "), "  two\nlines ");
});

Deno.test("chatSubmission: maxChars cuts by characters, never inside a surrogate pair", () => {
  assert.equal(chatSubmission("abcdef", 3), "abc");
  assert.equal(chatSubmission("abc", 3), "abc");
  assert.equal(chatSubmission("😀😀😀", 2), "😀😀");
  assert.equal(chatSubmission("   x", 2), undefined, "what is left after the cut is whitespace");
  assert.equal(chatSubmission("abc", 0), undefined);
});

Deno.test("isSendKey: Enter sends; Shift+Enter and IME composition do not", () => {
  assert.ok(isSendKey({ key: "Enter", shiftKey: false, isComposing: false }));
  assert.ok(!isSendKey({ key: "Enter", shiftKey: true, isComposing: false }));
  assert.ok(!isSendKey({ key: "Enter", shiftKey: false, isComposing: true }));
  assert.ok(!isSendKey({ key: "a", shiftKey: false, isComposing: false }));
});

Deno.test("chat avatars: Streamlit's default icons for user and assistant, else an initial", () => {
  assert.deepEqual(avatarFor("user"), { type: "preset", text: "face" });
  assert.deepEqual(avatarFor("Assistant"), { type: "preset", text: "smart_toy" });
  assert.deepEqual(avatarFor("human"), { type: "preset", text: "face" });
  assert.deepEqual(avatarFor("AI"), { type: "preset", text: "smart_toy" });
  assert.deepEqual(avatarFor("ada"), { type: "initial", text: "A" });
  assert.deepEqual(avatarFor("élodie"), { type: "initial", text: "É" });
  assert.deepEqual(avatarFor(""), { type: "initial", text: "?" });
  assert.equal(chatRole("bob"), undefined);
  assert.equal(messageLabel("user"), "user message");
  assert.equal(messageLabel(""), "message");
});

Deno.test("chat avatars: the app's emoji, Material icon or image", () => {
  assert.deepEqual(avatarFor("assistant", { type: "emoji", value: "🦜" }), { type: "emoji", text: "🦜" });
  assert.deepEqual(avatarFor("user", { type: "icon", value: "thumb_up" }), {
    type: "icon",
    text: "thumb_up",
  });
  assert.deepEqual(avatarFor("bot", { type: "image", value: "_stcore/media/abc.png" }), {
    type: "image",
    text: "_stcore/media/abc.png",
  });
  assert.deepEqual(avatarFor("bot", { type: "image", value: "https://example.com/a.png" }), {
    type: "image",
    text: "https://example.com/a.png",
  });
});

Deno.test("chat avatars: an avatar the browser cannot trust falls back to the name's default", () => {
  assert.deepEqual(avatarFor("bot", { type: "image", value: "javascript:alert(1)" }), {
    type: "initial",
    text: "B",
  });
  assert.deepEqual(avatarFor("bot", { type: "image", value: "http://example.com/a.png" }), {
    type: "initial",
    text: "B",
  });
  assert.deepEqual(avatarFor("user", { type: "icon", value: "Not An Icon" }), {
    type: "preset",
    text: "face",
  });
  assert.deepEqual(avatarFor("ai", { type: "emoji", value: "  " }), { type: "preset", text: "smart_toy" });
});

/**
 * A page with a slider, a chat input at the bottom of the main area, and one inside a fragment.
 */
function setUp() {
  const tree = createTree();
  /** @type {Array<[Path, Node]>} */
  const ops = [
    [[0, 0], { kind: "slider", widget: { id: "slider:N", label: "N" }, value: [3], number: { step: 1 } }],
    [[0, 1], { kind: "chatInput", widget: { id: "chatInput:Say", label: "Say" }, maxChars: 10 }],
    [[0, 2], { kind: "block", layout: "chatMessage", name: "user" }],
    [[0, 3], { kind: "block", layout: "vertical", fragment: "frag" }],
    [[0, 3, 0], { kind: "chatInput", widget: { id: "chatInput#inner", label: "Inner" } }],
  ];
  for (const [path, node] of ops) applyOp(tree, { op: "set", path, node });
  const values = new WidgetValues();
  values.reconcile("slider:N", 3);
  /** @type {RerunMessage[]} */
  const sent = [];
  const ctx = createRenderContext({
    values,
    tree,
    send: (message) => sent.push(message),
    configurePage: () => {},
    highlightCode: () => {},
  });
  return { ctx, values, sent };
}

Deno.test("a chat submission reruns with every value, its text under its id, and itself as trigger", () => {
  const { ctx, values, sent } = setUp();
  ctx.trigger("chatInput:Say", "hi there");
  assert.deepEqual(sent, [{
    type: "rerun",
    widgets: { "slider:N": 3, "chatInput:Say": "hi there" },
    trigger: "chatInput:Say",
  }]);
  assert.doesNotThrow(() => encodeClientMessage(sent[0]));
  assert.equal(values.get("chatInput:Say"), undefined, "the text is not kept");

  ctx.commit("slider:N", 4);
  assert.deepEqual(sent[1], { type: "rerun", widgets: { "slider:N": 4 } }, "nor sent again");
});

Deno.test("a chat submission inside a fragment names the fragment", () => {
  const { ctx, sent } = setUp();
  ctx.trigger("chatInput#inner", "x");
  assert.deepEqual(sent, [{
    type: "rerun",
    widgets: { "slider:N": 3, "chatInput#inner": "x" },
    trigger: "chatInput#inner",
    fragment: "frag",
  }]);
});

Deno.test("a chat submission with files sends [text, fileId…] under its id, once", () => {
  const { ctx, values, sent } = setUp();
  ctx.trigger("chatInput:Say", chatMessageValue("see these", ["f1", "f2"]));
  assert.deepEqual(sent, [{
    type: "rerun",
    widgets: { "slider:N": 3, "chatInput:Say": ["see these", "f1", "f2"] },
    trigger: "chatInput:Say",
  }]);
  assert.doesNotThrow(() => encodeClientMessage(sent[0]));
  assert.equal(values.get("chatInput:Say"), undefined, "the files are not kept as a value");
});
