// Sends one file to the upload route with XMLHttpRequest, whose upload progress events drive the
// widget's progress bar (fetch has none for request bodies), and reads the server's answer.

import { parseUploadedFile, progressFraction, uploadErrorMessage } from "./upload-files.js";

/** @typedef {import("./protocol.js").UploadedFileInfo} UploadedFileInfo */

/**
 * The little of XMLHttpRequest an upload uses, so that tests can pass a fake.
 * @typedef {object} RequestLike
 * @property {(method: string, url: string) => void} open
 * @property {(name: string, value: string) => void} setRequestHeader
 * @property {(body: Blob) => void} send
 * @property {() => void} abort
 * @property {number} status
 * @property {string} responseText
 * @property {{onprogress: ((event: ProgressEvent) => void) | null}} upload
 * @property {(() => void) | null} onload
 * @property {(() => void) | null} onerror
 * @property {(() => void) | null} onabort
 */

/**
 * @typedef {object} UploadOptions
 * @property {string} url the upload route's URL for the session, widget and name
 * @property {string} token the session's upload token, sent as `X-Xsrftoken`
 * @property {Blob} body the file's bytes
 * @property {(fraction: number | undefined) => void} onProgress the share sent so far
 * @property {() => RequestLike} [createRequest] defaults to `new XMLHttpRequest()`
 */

/**
 * Starts an upload.
 * @param {UploadOptions} options
 * @returns {{done: Promise<UploadedFileInfo>, abort: () => void}} `done` rejects with an Error whose
 *   message is the server's reason (or the connection's failure), and on `abort`
 */
export function sendUpload(options) {
  const request = (options.createRequest ?? (() => new XMLHttpRequest()))();
  const done = new Promise((resolve, reject) => {
    request.open("PUT", options.url);
    request.setRequestHeader("X-Xsrftoken", options.token);
    request.upload.onprogress = (event) =>
      options.onProgress(progressFraction(event.loaded, event.total, event.lengthComputable));
    request.onload = () => {
      const file = request.status === 201 ? parseUploadedFile(request.responseText) : undefined;
      if (file !== undefined) resolve(file);
      else reject(new Error(uploadErrorMessage(request.status, request.responseText)));
    };
    request.onerror = () => reject(new Error(uploadErrorMessage(0, "")));
    request.onabort = () => reject(new Error("the upload was cancelled"));
    request.send(options.body);
  });
  return { done: /** @type {Promise<UploadedFileInfo>} */ (done), abort: () => request.abort() };
}

/**
 * Asks the server to release a file the widget no longer lists; failures are only logged (the
 * server releases it with the widget or the session anyway).
 * @param {string} url
 * @param {string} token
 */
export function releaseUpload(url, token) {
  fetch(url, { method: "DELETE", headers: { "X-Xsrftoken": token } })
    .catch((error) => console.warn("swiftlit: could not release an upload", error));
}
