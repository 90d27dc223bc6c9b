// The values of the date, time and datetime pickers (renderers/temporal-input.js) and the text
// written under them. Values travel as ISO text without a zone, as the native inputs produce it:
// `2026-11-30`, `14:05` (`14:05:09` when the seconds are not zero), `2026-11-30T14:05`. The server
// writes times the same canonical way, so a value the browser commits compares equal to the one
// the next run sends back and the field is left alone.
// Pure functions; tested in Tests/WebClientTests/temporal-input.test.js.

import { formatPattern, formatTemporal, parseTemporal } from "./date-format.js";

/**
 * The wire value of a `<input type="date">`.
 * @param {string} input `2026-11-30`, or empty
 * @returns {string | null} `null` for an empty field
 */
export function dayValue(input) {
  return /^\d{4}-\d{2}-\d{2}$/.test(input) ? input : null;
}

/**
 * The canonical wire value of a `<input type="time">`: seconds only when not zero, no fraction.
 * @param {string} input `14:05`, `14:05:00`, `14:05:09.250`, or empty
 * @returns {string | null}
 */
export function timeValue(input) {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(input);
  if (match === null) return null;
  const [, hour, minute, second = "00"] = match;
  return second === "00" ? `${hour}:${minute}` : `${hour}:${minute}:${second}`;
}

/**
 * The canonical wire value of a `<input type="datetime-local">`.
 * @param {string} input `2026-11-30T14:05`, `2026-11-30T14:05:09`, or empty
 * @returns {string | null}
 */
export function dateTimeValue(input) {
  const [day, time, extra] = input.split("T");
  if (extra !== undefined || time === undefined) return null;
  const canonicalDay = dayValue(day);
  const canonicalTime = timeValue(time);
  return canonicalDay === null || canonicalTime === null ? null : `${canonicalDay}T${canonicalTime}`;
}

/**
 * The wire value of a date range from its two fields: nothing, the start alone (while the user
 * still chooses the end), or both ends. An end before the start is dropped: the range is not
 * complete until it is in order.
 * @param {string} start the start field's value
 * @param {string} end the end field's value
 * @returns {string[]}
 */
export function rangeValue(start, end) {
  const first = dayValue(start);
  const last = dayValue(end);
  if (first === null) return last === null ? [] : [last];
  if (last === null || last < first) return [first];
  return [first, last];
}

/**
 * The chosen day as the app's format writes it (`YYYY/MM/DD`, `DD.MM.YYYY`…).
 * @param {string | null} day ISO day
 * @param {string} format
 * @returns {string} empty when there is no day
 */
export function dayText(day, format) {
  const wall = day === null ? null : parseTemporal(day, "date");
  return wall === null ? "" : formatPattern(wall, format);
}

/**
 * The chosen time in the app's clock: `24h` (`14:05`), `12h` (`2:05 PM`) or `localized` (the
 * browser's own way).
 * @param {string | null} time `HH:MM[:SS]`
 * @param {"24h" | "12h" | "localized"} format
 * @param {string} [locale] for `localized`; the browser's when omitted
 * @returns {string} empty when there is no time
 */
export function timeText(time, format, locale) {
  const wall = time === null ? null : parseTemporal(time, "time");
  if (wall === null) return "";
  const seconds = wall.second === 0 ? "" : ":ss";
  if (format === "12h") return formatPattern(wall, `h:mm${seconds} A`);
  if (format === "localized") return formatTemporal(time ?? "", "time", "localized", { locale });
  return formatPattern(wall, `HH:mm${seconds}`);
}

/**
 * The chosen day and time: the day in the app's format, the time on a 24-hour clock.
 * @param {string | null} moment `YYYY-MM-DDTHH:MM[:SS]`
 * @param {string} format the day's format
 * @returns {string}
 */
export function dateTimeText(moment, format) {
  if (moment === null) return "";
  const [day, time = ""] = moment.split("T");
  const dayPart = dayText(day, format);
  const timePart = timeText(time, "24h");
  return dayPart === "" || timePart === "" ? "" : `${dayPart} ${timePart}`;
}
