// What the browser tells the server of itself in `hello`, for the app's `st.context`: its
// language, time zone, light or dark, the app's public address and whether it is framed.

/** @typedef {import("./protocol-types.js").BrowserInfo} BrowserInfo */

/** @returns {BrowserInfo} */
export function browserInfo() {
  /** @type {BrowserInfo} */
  const info = {
    locale: navigator.language,
    timeZoneOffset: new Date().getTimezoneOffset(),
    theme: matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light",
    rootURL: document.baseURI,
    isEmbedded: isEmbedded(),
  };
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (timeZone) info.timeZone = timeZone;
  return info;
}

/** @returns {boolean} */
function isEmbedded() {
  try {
    return globalThis.top !== globalThis.self;
  } catch {
    return true; // a cross-origin parent refuses the comparison
  }
}
