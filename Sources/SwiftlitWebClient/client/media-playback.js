// Pure rules of media elements: which URLs a media element may load, and what a player does as
// its time advances between the app's `startTime` and `endTime` (Streamlit semantics: playback
// starts at the start, and at the end pauses, or jumps back to the start when looping).

/** The media endpoint's path, relative to the page's `<base>`. */
export const MEDIA_PATH = "_stcore/media/";

/**
 * The URL an element may load: the app's own media (relative, so it resolves under `<base>`) or an
 * `https:` address; `null` for anything else (`javascript:`, `data:`, another path of the server).
 * @param {string} url as the server sent it
 * @returns {string | null}
 */
export function safeMediaUrl(url) {
  if (url.startsWith(MEDIA_PATH) && !url.includes("..") && !url.includes("//")) return url;
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * What a player does at `currentTime`.
 * @param {number} currentTime seconds
 * @param {{startTime?: number, endTime?: number, loop?: boolean}} range the element's fields
 * @param {boolean} ended the media itself ended
 * @returns {"none" | "pause" | "restart"} `restart`: seek to the start and play on
 */
export function playbackAction(currentTime, range, ended) {
  const atEnd = ended || (range.endTime !== undefined && currentTime >= range.endTime);
  if (!atEnd) return "none";
  return range.loop ? "restart" : "pause";
}

/**
 * Whether the player handles looping itself (the native `loop` attribute): only when it loops the
 * whole media; with a start or an end, the renderer loops between them.
 * @param {{startTime?: number, endTime?: number, loop?: boolean}} range
 * @returns {boolean}
 */
export function nativeLoop(range) {
  return range.loop === true && !range.startTime && range.endTime === undefined;
}

/**
 * The alternative text of picture `index`: its caption, else a numbered name.
 * @param {string | undefined} caption
 * @param {number} index
 * @param {number} count how many pictures the element shows
 * @returns {string}
 */
export function imageAlt(caption, index, count) {
  if (caption !== undefined && caption.trim() !== "") return caption;
  return count > 1 ? `Image ${index + 1}` : "Image";
}

/**
 * Why a download failed, from the server's answer: the message of its JSON error body
 * (`{"error":{"message":…}}`), else the status.
 * @param {number} status
 * @param {string} body
 * @returns {string}
 */
export function downloadFailure(status, body) {
  if (status === 404) return "the file is no longer on the page; rerun the app and try again";
  try {
    const message = JSON.parse(body)?.error?.message;
    if (typeof message === "string" && message !== "") return message.slice(0, 300);
  } catch {
    // Not JSON: say what the status says.
  }
  return `the server answered ${status}`;
}
