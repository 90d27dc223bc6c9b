import assert from "./assert.js";
import {
  accepts,
  deletePath,
  extensionOf,
  formatBytes,
  parseUploadedFile,
  progressFraction,
  refusalOf,
  uploadErrorMessage,
  uploadPath,
  valueAfterUpload,
} from "../../Sources/SwiftlitWebClient/client/upload-files.js";
import { sendUpload } from "../../Sources/SwiftlitWebClient/client/upload-request.js";
import {
  durationText,
  encodeWav,
  joinChunks,
  resample,
  toInt16,
  WAV_HEADER_BYTES,
} from "../../Sources/SwiftlitWebClient/client/wav.js";
import { valueOfNode } from "../../Sources/SwiftlitWebClient/client/widget-values.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/upload-request.js").RequestLike} RequestLike */

/**
 * @param {Uint8Array} bytes
 * @param {number} offset
 * @param {number} length
 * @returns {string}
 */
function ascii(bytes, offset, length) {
  return String.fromCharCode(...bytes.slice(offset, offset + length));
}

Deno.test("encodeWav: a RIFF/WAVE header for mono 16-bit PCM at the rate asked for", () => {
  const wav = encodeWav(new Float32Array([0, 0.5, -0.5, 1]), 16000);
  const view = new DataView(wav.buffer);
  assert.equal(wav.length, WAV_HEADER_BYTES + 8);
  assert.equal(ascii(wav, 0, 4), "RIFF");
  assert.equal(view.getUint32(4, true), wav.length - 8);
  assert.equal(ascii(wav, 8, 4), "WAVE");
  assert.equal(ascii(wav, 12, 4), "fmt ");
  assert.equal(view.getUint16(20, true), 1, "PCM");
  assert.equal(view.getUint16(22, true), 1, "mono");
  assert.equal(view.getUint32(24, true), 16000);
  assert.equal(view.getUint32(28, true), 32000, "bytes per second");
  assert.equal(view.getUint16(34, true), 16, "bits per sample");
  assert.equal(ascii(wav, 36, 4), "data");
  assert.equal(view.getUint32(40, true), 8);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => view.getInt16(WAV_HEADER_BYTES + 2 * i, true)),
    [0, 16384, -16384, 32767],
  );
});

Deno.test("toInt16: clips beyond [-1, 1] and reads NaN as silence", () => {
  assert.equal(toInt16(-1), -32768);
  assert.equal(toInt16(-2), -32768);
  assert.equal(toInt16(3), 32767);
  assert.equal(toInt16(Number.NaN), 0);
});

Deno.test("resample: 48 kHz to 16 kHz keeps a third of the samples and the shape", () => {
  const ramp = new Float32Array(48).map((_, i) => i / 48);
  const down = resample(ramp, 48000, 16000);
  assert.equal(down.length, 16);
  assert.ok(Math.abs(down[5] - 15 / 48) < 1e-6);
  assert.equal(resample(ramp, 16000, 16000), ramp, "the same rate is left alone");
  assert.equal(resample(new Float32Array(0), 48000, 16000).length, 0);
  const up = resample(new Float32Array([0, 1]), 8000, 16000);
  assert.equal(up.length, 4);
  assert.ok(Math.abs(up[1] - 0.5) < 1e-6, "interpolates between samples");
});

Deno.test("joinChunks and durationText", () => {
  const joined = joinChunks([new Float32Array([1, 2]), new Float32Array([3])]);
  assert.deepEqual([...joined], [1, 2, 3]);
  assert.equal(durationText(16000 * 75, 16000), "1:15");
  assert.equal(durationText(0, 0), "0:00");
});

Deno.test("accepts: extensions, MIME types and type/*; no list takes anything", () => {
  assert.ok(accepts(undefined, "x.bin", ""));
  assert.ok(accepts([".csv"], "Sales.CSV", ""));
  assert.ok(!accepts([".csv"], "sales.csv.exe", "application/x-msdownload"));
  assert.ok(accepts(["image/*"], "photo", "image/png"));
  assert.ok(accepts(["image/png"], "photo", "IMAGE/PNG"));
  assert.ok(!accepts(["image/png"], "photo", ""));
  assert.equal(extensionOf(".bashrc"), "", "a leading dot is no extension");
});

Deno.test("refusalOf: the type first, then the size, in words", () => {
  const rules = { accept: [".csv"], maxUploadSize: 1024 };
  assert.equal(refusalOf(rules, { name: "a.csv", type: "text/csv", size: 1024 }), undefined);
  assert.equal(
    refusalOf(rules, { name: "a.png", type: "image/png", size: 1 }),
    "a.png is not an accepted type (.csv)",
  );
  assert.equal(refusalOf(rules, { name: "a.csv", type: "", size: 2048 }), "a.csv is 2 KB; the limit is 1 KB");
});

Deno.test("formatBytes", () => {
  assert.equal(formatBytes(12), "12 B");
  assert.equal(formatBytes(1536), "1.5 KB");
  assert.equal(formatBytes(200 * 1048576), "200 MB");
  assert.equal(formatBytes(52428800), "50 MB");
});

Deno.test("uploadPath and deletePath encode the session, widget and name", () => {
  assert.equal(
    uploadPath("abc", "fileUploader:Data & more", "a b.csv"),
    "_stcore/upload/abc?widget=fileUploader%3AData+%26+more&name=a+b.csv",
  );
  assert.equal(
    deletePath("abc", "fileUploader#k", "f/1"),
    "_stcore/upload/abc/f%2F1?widget=fileUploader%23k",
  );
});

Deno.test("uploadErrorMessage: the server's message, else the status in words", () => {
  assert.equal(
    uploadErrorMessage(415, '{"error":{"message":"x.exe is not accepted"}}'),
    "x.exe is not accepted",
  );
  assert.equal(uploadErrorMessage(413, "<html>"), "the file is larger than the server accepts");
  assert.equal(uploadErrorMessage(0, ""), "the upload failed: the connection to the server was lost");
  assert.equal(uploadErrorMessage(502, ""), "the upload failed (HTTP 502)");
});

Deno.test("parseUploadedFile takes only a complete record", () => {
  assert.deepEqual(parseUploadedFile('{"id":"1","name":"a","size":3,"type":"text/plain"}'), {
    id: "1",
    name: "a",
    size: 3,
    type: "text/plain",
  });
  assert.equal(parseUploadedFile('{"id":"1","name":"a"}'), undefined);
  assert.equal(parseUploadedFile("nope"), undefined);
});

Deno.test("progressFraction and valueAfterUpload", () => {
  assert.equal(progressFraction(5, 10, true), 0.5);
  assert.equal(progressFraction(5, 0, true), undefined);
  assert.equal(progressFraction(5, 10, false), undefined);
  assert.equal(progressFraction(11, 10, true), 1);
  assert.deepEqual(valueAfterUpload(["a"], "b", false), ["b"]);
  assert.deepEqual(valueAfterUpload(["a"], "b", true), ["a", "b"]);
});

Deno.test("valueOfNode: an upload widget's value is its files' ids", () => {
  const file = { id: "f1", name: "a.csv", size: 3, type: "text/csv" };
  const widget = { id: "fileUploader:Data", label: "Data" };
  assert.deepEqual(valueOfNode({ kind: "fileUploader", widget, maxUploadSize: 10, files: [file] }), ["f1"]);
  assert.deepEqual(valueOfNode({ kind: "audioInput", widget, maxUploadSize: 10, files: [] }), []);
});

/**
 * Expects `promise` to reject with an Error whose message matches `pattern`.
 * @param {Promise<unknown>} promise
 * @param {RegExp} pattern
 */
async function rejectsWith(promise, pattern) {
  const outcome = await promise.then(() => undefined, (error) => error);
  assert.ok(outcome instanceof Error && pattern.test(outcome.message), `rejected with ${String(outcome)}`);
}

/** A scripted XMLHttpRequest. */
class FakeRequest {
  /** @type {string[]} */
  calls = [];
  /** @type {Record<string, string>} */
  headers = {};
  status = 0;
  responseText = "";
  /** @type {{onprogress: ((event: ProgressEvent) => void) | null}} */
  upload = { onprogress: null };
  /** @type {(() => void) | null} */
  onload = null;
  /** @type {(() => void) | null} */
  onerror = null;
  /** @type {(() => void) | null} */
  onabort = null;
  /** @param {string} method @param {string} url */
  open(method, url) {
    this.calls.push(`${method} ${url}`);
  }
  /** @param {string} name @param {string} value */
  setRequestHeader(name, value) {
    this.headers[name] = value;
  }
  send() {
    this.calls.push("send");
  }
  abort() {
    this.onabort?.();
  }
  /** @param {number} loaded @param {number} total */
  progress(loaded, total) {
    this.upload.onprogress?.(/** @type {ProgressEvent} */ ({ loaded, total, lengthComputable: true }));
  }
}

Deno.test("sendUpload: PUT with the token, progress, and the stored file", async () => {
  const request = new FakeRequest();
  /** @type {Array<number | undefined>} */
  const progress = [];
  const upload = sendUpload({
    url: "_stcore/upload/s?widget=w&name=a",
    token: "t0k",
    body: new Blob(["abc"]),
    onProgress: (fraction) => progress.push(fraction),
    createRequest: () => /** @type {RequestLike} */ (/** @type {unknown} */ (request)),
  });
  request.progress(1, 4);
  request.progress(4, 4);
  request.status = 201;
  request.responseText = '{"id":"f","name":"a","size":3,"type":"text/plain"}';
  request.onload?.();
  const file = await upload.done;
  assert.equal(file.id, "f");
  assert.deepEqual(request.calls, ["PUT _stcore/upload/s?widget=w&name=a", "send"]);
  assert.deepEqual(request.headers, { "X-Xsrftoken": "t0k" });
  assert.deepEqual(progress, [0.25, 1]);
});

Deno.test("sendUpload: a refusal rejects with the server's message; abort rejects too", async () => {
  const refused = new FakeRequest();
  const upload = sendUpload({
    url: "u",
    token: "t",
    body: new Blob([]),
    onProgress: () => {},
    createRequest: () => /** @type {RequestLike} */ (/** @type {unknown} */ (refused)),
  });
  refused.status = 413;
  refused.responseText = '{"error":{"message":"too big"}}';
  refused.onload?.();
  await rejectsWith(upload.done, /^too big$/);
  const aborted = new FakeRequest();
  const second = sendUpload({
    url: "u",
    token: "t",
    body: new Blob([]),
    onProgress: () => {},
    createRequest: () => /** @type {RequestLike} */ (/** @type {unknown} */ (aborted)),
  });
  second.abort();
  await rejectsWith(second.done, /cancelled/);
});
