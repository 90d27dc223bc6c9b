// The pure part of the upload widgets (renderers/file-uploader.js, camera-input.js,
// audio-input.js): which files a widget accepts, the URLs and messages of the upload route, byte
// counts in words, and the widget's next value. Tested in Tests/WebClientTests/uploads.test.js.
//
// The server checks every upload again (types, size, session token): these checks only spare the
// user an upload that would be refused.

/** @typedef {import("./protocol.js").UploadedFileInfo} UploadedFileInfo */

/**
 * The lowercased extension of a file name with its dot (`.csv`); empty when it has none.
 * @param {string} name
 * @returns {string}
 */
export function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

/**
 * Whether a widget that accepts `accept` (extensions with their dot, MIME types, `type/*`) takes a
 * file with this name and declared type. No list accepts everything.
 * @param {string[] | undefined} accept
 * @param {string} name
 * @param {string} type the browser's type for the file, possibly empty
 * @returns {boolean}
 */
export function accepts(accept, name, type) {
  if (accept === undefined || accept.length === 0) return true;
  const extension = extensionOf(name);
  const lowered = type.toLowerCase();
  const major = lowered.includes("/") ? `${lowered.split("/")[0]}/*` : "";
  return accept.some((entry) =>
    entry === extension || (lowered !== "" && (entry === lowered || entry === major))
  );
}

/**
 * A byte count in words, as Streamlit writes it (`1.5 MB`, `200 KB`, `12 B`), in units of 1024.
 * @param {number} bytes
 * @returns {string}
 */
export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = value >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
  return `${text} ${units[unit]}`;
}

/**
 * Why a file cannot be uploaded to the widget, before it is sent; `undefined` when it can.
 * @param {{accept?: string[], maxUploadSize: number}} rules
 * @param {{name: string, type: string, size: number}} file
 * @returns {string | undefined}
 */
export function refusalOf(rules, file) {
  if (!accepts(rules.accept, file.name, file.type)) {
    return `${file.name} is not an accepted type (${(rules.accept ?? []).join(", ")})`;
  }
  if (file.size > rules.maxUploadSize) {
    return `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(rules.maxUploadSize)}`;
  }
  return undefined;
}

/**
 * The URL a file is uploaded to (PUT), relative to the page's `<base>`.
 * @param {string} session
 * @param {string} widget
 * @param {string} name
 * @returns {string}
 */
export function uploadPath(session, widget, name) {
  const query = new URLSearchParams({ widget, name });
  return `_stcore/upload/${encodeURIComponent(session)}?${query}`;
}

/**
 * The URL that releases an uploaded file (DELETE).
 * @param {string} session
 * @param {string} widget
 * @param {string} fileId
 * @returns {string}
 */
export function deletePath(session, widget, fileId) {
  return `_stcore/upload/${encodeURIComponent(session)}/${encodeURIComponent(fileId)}?${new URLSearchParams({
    widget,
  })}`;
}

/**
 * What to tell the user of a refused upload: the server's message (`{"error":{"message":…}}`),
 * else the status in words.
 * @param {number} status 0 when the connection failed
 * @param {string} body
 * @returns {string}
 */
export function uploadErrorMessage(status, body) {
  try {
    const parsed = JSON.parse(body);
    const message = parsed?.error?.message;
    if (typeof message === "string" && message !== "") return message;
  } catch {
    // Not JSON: a proxy's page, or nothing; the status says enough.
  }
  if (status === 0) return "the upload failed: the connection to the server was lost";
  if (status === 413) return "the file is larger than the server accepts";
  return `the upload failed (HTTP ${status})`;
}

/**
 * Reads the server's answer to a successful upload.
 * @param {string} body
 * @returns {UploadedFileInfo | undefined} `undefined` when it is not one
 */
export function parseUploadedFile(body) {
  try {
    const parsed = JSON.parse(body);
    if (
      typeof parsed?.id === "string" && typeof parsed.name === "string" && typeof parsed.size === "number" &&
      typeof parsed.type === "string"
    ) return { id: parsed.id, name: parsed.name, size: parsed.size, type: parsed.type };
  } catch {
    // Falls through.
  }
  return undefined;
}

/**
 * The fraction of an upload sent, for a progress bar: 0 to 1, or `undefined` when the total is
 * unknown.
 * @param {number} loaded
 * @param {number} total
 * @param {boolean} lengthComputable
 * @returns {number | undefined}
 */
export function progressFraction(loaded, total, lengthComputable) {
  if (!lengthComputable || total <= 0) return undefined;
  return Math.max(0, Math.min(1, loaded / total));
}

/**
 * The widget's value once `added` finished uploading: a widget of one file swaps it, one of
 * several appends it.
 * @param {string[]} current the ids it holds
 * @param {string} added
 * @param {boolean} multiple
 * @returns {string[]}
 */
export function valueAfterUpload(current, added, multiple) {
  return multiple ? [...current.filter((id) => id !== added), added] : [added];
}
