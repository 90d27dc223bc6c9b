import assert from "./assert.js";
import {
  attachLabel,
  canSendMessage,
  chatMessageValue,
  filesToUpload,
} from "../../Sources/SwiftlitWebClient/client/chat-attachments.js";

Deno.test("a chat message is its text alone, or [text, fileId…] with files", () => {
  assert.equal(chatMessageValue("hi", []), "hi");
  assert.deepEqual(chatMessageValue("see these", ["f1", "f2"]), ["see these", "f1", "f2"]);
  assert.deepEqual(chatMessageValue("", ["f1"]), ["", "f1"]);
});

Deno.test("a chat message is sent with text or files, never while an upload is in flight", () => {
  assert.ok(canSendMessage("hi", 0, 0));
  assert.ok(canSendMessage("", 1, 0), "files alone can be sent");
  assert.ok(!canSendMessage("  \n", 0, 0));
  assert.ok(!canSendMessage("hi", 1, 1), "an upload in flight holds the message");
});

Deno.test("the attach button is named after what it takes; a single box keeps the last file chosen", () => {
  assert.equal(attachLabel("single"), "Attach a file");
  assert.equal(attachLabel("multiple"), "Attach files");
  assert.equal(attachLabel("directory"), "Attach a folder");
  assert.deepEqual(filesToUpload(["a", "b"], "single"), ["b"]);
  assert.deepEqual(filesToUpload(["a", "b"], "multiple"), ["a", "b"]);
  assert.deepEqual(filesToUpload([], "single"), []);
});
