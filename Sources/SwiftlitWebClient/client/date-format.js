// Dates, times and datetimes as table columns show them. They travel as text: a date as
// `2024-05-01`, a time as `13:45:00`, a datetime as ISO 8601 with its zone (`2024-05-01T13:45:00Z`,
// `…+02:00`). A cell shows the wall-clock time written in the value (the data's zone, as Streamlit
// does), formatted by a moment-style pattern (`YYYY-MM-DD HH:mm`) or a preset: `localized`,
// `distance` ("3 days ago"), `calendar` ("Yesterday at 1:45 PM") or `iso8601`.
// Pure functions; tested in Tests/WebClientTests/date-format.test.js.

/** @typedef {"date" | "time" | "datetime"} TemporalType */

/**
 * A moment as written in a value: its wall-clock fields and the zone's offset.
 * @typedef {object} WallTime
 * @property {number} year
 * @property {number} month 1…12
 * @property {number} day 1…31
 * @property {number} hour 0…23
 * @property {number} minute
 * @property {number} second
 * @property {number} millisecond
 * @property {number | null} offset minutes east of UTC; `null` when the value names no zone
 */

/** The pattern each type shows without a `format`, as Streamlit's date, time and datetime columns do. */
export const DEFAULT_PATTERNS = Object.freeze({
  date: "YYYY-MM-DD",
  time: "HH:mm:ss",
  datetime: "YYYY-MM-DD HH:mm:ss",
});

const DATE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})/;
const TIME = /(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?/;
const ZONE = /(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Reads a value's wall-clock fields. A date may carry a time (it is ignored) and a datetime may
 * lack one (midnight); a time is on 1970-01-01.
 * @param {string} text
 * @param {TemporalType} type
 * @returns {WallTime | null} `null` when the text is not of that type
 */
export function parseTemporal(text, type) {
  const value = text.trim();
  /** @type {WallTime} */
  const wall = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, offset: null };
  let rest = value;
  if (type !== "time") {
    const date = DATE.exec(value);
    if (date === null) return null;
    wall.year = Number(date[1]);
    wall.month = Number(date[2]);
    wall.day = Number(date[3]);
    rest = value.slice(date[0].length);
    if (type === "date") return validWall(wall);
    if (rest === "") return validWall(wall);
    if (!/^[T ]/i.test(rest)) return null;
    rest = rest.slice(1);
  }
  const time = new RegExp(`^${TIME.source}`).exec(rest);
  if (time === null) return null;
  wall.hour = Number(time[1]);
  wall.minute = Number(time[2]);
  wall.second = Number(time[3] ?? 0);
  wall.millisecond = Number((time[4] ?? "0").padEnd(3, "0").slice(0, 3));
  rest = rest.slice(time[0].length);
  if (rest !== "") {
    const zone = ZONE.exec(rest);
    if (zone === null || zone.index !== 0) return null;
    wall.offset = zoneOffset(zone[1]);
  }
  return validWall(wall);
}

/**
 * @param {WallTime} wall
 * @returns {WallTime | null}
 */
function validWall(wall) {
  const ok = wall.month >= 1 && wall.month <= 12 && wall.day >= 1 && wall.day <= 31 && wall.hour <= 24 &&
    wall.minute < 60 && wall.second < 61;
  return ok ? wall : null;
}

/**
 * @param {string} zone `Z`, `+02:00`, `-0530`, `+02`
 * @returns {number} minutes east of UTC
 */
function zoneOffset(zone) {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  return zone.startsWith("-") ? -minutes : minutes;
}

/**
 * The wall-clock fields as if they were UTC: what `Date`'s UTC getters and Intl with
 * `timeZone: "UTC"` show as the value's own wall-clock time.
 * @param {WallTime} wall
 * @returns {number} milliseconds
 */
function wallAsUtc(wall) {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/**
 * The instant a value names: its zone's, or the browser's when it names none.
 * @param {WallTime} wall
 * @returns {number} milliseconds since the epoch
 */
export function instantOf(wall) {
  if (wall.offset !== null) return wallAsUtc(wall) - wall.offset * 60_000;
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond)
    .getTime();
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Moment's tokens, longest first so that `MMMM` is not read as `MM` twice; `[…]` is literal text. */
const TOKEN =
  /\[([^\]]*)]|YYYY|YY|Qo|Q|MMMM|MMM|MM|Mo|M|Do|DD|D|dddd|ddd|dd|do|d|HH|H|hh|h|kk|k|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x/g;

/**
 * A moment-style pattern (`YYYY-MM-DD`, `MMM D, YYYY h:mm A`, `ddd HH:mm`, `[Week of] MMM Do`) with
 * the value's wall-clock fields, in English as moment.js writes by default.
 * @param {WallTime} wall
 * @param {string} pattern
 * @returns {string}
 */
export function formatPattern(wall, pattern) {
  const weekday = new Date(wallAsUtc(wall)).getUTCDay();
  const hour12 = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return pattern.replace(TOKEN, (token, literal) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case "YYYY":
        return String(wall.year).padStart(4, "0");
      case "YY":
        return two(Math.abs(wall.year) % 100);
      case "Q":
        return String(Math.ceil(wall.month / 3));
      case "Qo":
        return ordinal(Math.ceil(wall.month / 3));
      case "MMMM":
        return MONTHS[wall.month - 1];
      case "MMM":
        return MONTHS[wall.month - 1].slice(0, 3);
      case "MM":
        return two(wall.month);
      case "Mo":
        return ordinal(wall.month);
      case "M":
        return String(wall.month);
      case "Do":
        return ordinal(wall.day);
      case "DD":
        return two(wall.day);
      case "D":
        return String(wall.day);
      case "dddd":
        return WEEKDAYS[weekday];
      case "ddd":
        return WEEKDAYS[weekday].slice(0, 3);
      case "dd":
        return WEEKDAYS[weekday].slice(0, 2);
      case "do":
        return ordinal(weekday);
      case "d":
        return String(weekday);
      case "HH":
        return two(wall.hour);
      case "H":
        return String(wall.hour);
      case "hh":
        return two(hour12);
      case "h":
        return String(hour12);
      case "kk":
        return two(wall.hour === 0 ? 24 : wall.hour);
      case "k":
        return String(wall.hour === 0 ? 24 : wall.hour);
      case "mm":
        return two(wall.minute);
      case "m":
        return String(wall.minute);
      case "ss":
        return two(wall.second);
      case "s":
        return String(wall.second);
      case "SSS":
        return String(wall.millisecond).padStart(3, "0");
      case "SS":
        return String(wall.millisecond).padStart(3, "0").slice(0, 2);
      case "S":
        return String(wall.millisecond).padStart(3, "0").slice(0, 1);
      case "A":
        return wall.hour < 12 ? "AM" : "PM";
      case "a":
        return wall.hour < 12 ? "am" : "pm";
      case "Z":
        return offsetText(wall.offset ?? 0, ":");
      case "ZZ":
        return offsetText(wall.offset ?? 0, "");
      case "X":
        return String(Math.floor(instantOf(wall) / 1000));
      case "x":
        return String(instantOf(wall));
      default:
        return token;
    }
  });
}

/**
 * @param {number} n
 * @returns {string} `1st`, `2nd`, `11th`, `23rd`
 */
function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/**
 * @param {number} minutes
 * @param {string} separator
 * @returns {string} `+02:00`
 */
function offsetText(minutes, separator) {
  const sign = minutes < 0 ? "-" : "+";
  const magnitude = Math.abs(minutes);
  const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${sign}${two(Math.floor(magnitude / 60))}${separator}${two(magnitude % 60)}`;
}

/**
 * @typedef {object} TemporalOptions
 * @property {number} [now] milliseconds since the epoch, for `distance` and `calendar`; `Date.now()`
 * @property {string} [locale] for `localized` and `distance`; the browser's when omitted
 */

/**
 * A date, time or datetime cell's text.
 * @param {string} text the value as it travels
 * @param {TemporalType} type
 * @param {string | undefined} format a preset, a pattern, or `undefined` for the type's default
 * @param {TemporalOptions} [options]
 * @returns {string} the text unchanged when it is not of the type
 */
export function formatTemporal(text, type, format, options = {}) {
  const wall = parseTemporal(text, type);
  if (wall === null) return text;
  const locale = options.locale;
  switch (format) {
    case undefined:
    case "":
      return formatPattern(wall, DEFAULT_PATTERNS[type]);
    case "localized":
      return localized(wall, type, locale);
    case "distance":
      // A time of day is no moment: how long ago "13:45" was has no answer.
      if (type === "time") return localized(wall, type, locale);
      return distance(instantOf(wall) - (options.now ?? Date.now()), locale);
    case "calendar":
      return calendar(wall, type, options.now ?? Date.now());
    case "iso8601":
      if (type === "date") return formatPattern(wall, "YYYY-MM-DD");
      if (type === "time") return formatPattern(wall, wall.millisecond === 0 ? "HH:mm:ss" : "HH:mm:ss.SSS");
      return new Date(instantOf(wall)).toISOString();
    default:
      return formatPattern(wall, format);
  }
}

/** Intl formatters by locale and type. */
const localizers = /** @type {Map<string, Intl.DateTimeFormat>} */ (new Map());

/**
 * The browser's way of writing the value: `May 1, 2024`, `1:45 PM`, `May 1, 2024, 1:45 PM` in English.
 * @param {WallTime} wall
 * @param {TemporalType} type
 * @param {string | undefined} locale
 * @returns {string}
 */
function localized(wall, type, locale) {
  const key = `${locale ?? ""}\u0000${type}`;
  let formatter = localizers.get(key);
  if (formatter === undefined) {
    /** @type {Intl.DateTimeFormatOptions} */
    const options = type === "date"
      ? { dateStyle: "medium" }
      : type === "time"
      ? { timeStyle: "short" }
      : { dateStyle: "medium", timeStyle: "short" };
    // UTC, applied to the wall-clock fields: the value's own zone's time, not the browser's.
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    localizers.set(key, formatter);
  }
  return formatter.format(wallAsUtc(wall));
}

/** Moment's thresholds for "how long ago": below each limit (in seconds), the unit to count in. */
const DISTANCE_STEPS = /** @type {Array<[number, Intl.RelativeTimeFormatUnit, number]>} */ ([
  [45, "second", 1],
  [45 * 60, "minute", 60],
  [22 * 3600, "hour", 3600],
  [26 * 86400, "day", 86400],
  [320 * 86400, "month", 30.4375 * 86400],
  [Infinity, "year", 365.25 * 86400],
]);

/**
 * How far a moment is from now, in words: `3 days ago`, `in 2 hours`, `now`.
 * @param {number} milliseconds the moment minus now
 * @param {string | undefined} locale
 * @returns {string}
 */
export function distance(milliseconds, locale) {
  const seconds = milliseconds / 1000;
  const magnitude = Math.abs(seconds);
  const words = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (magnitude < 45) return words.format(0, "second");
  const [, unit, size] = /** @type {[number, Intl.RelativeTimeFormatUnit, number]} */ (
    DISTANCE_STEPS.find(([limit]) => magnitude < limit)
  );
  const count = Math.max(1, Math.round(magnitude / size));
  return new Intl.RelativeTimeFormat(locale, { numeric: "always" }).format(
    seconds < 0 ? -count : count,
    unit,
  );
}

/**
 * The value relative to today, as moment's `calendar()`: `Today at 1:45 PM`, `Yesterday at …`,
 * `Tomorrow at …`, `Last Monday at …`, `Friday at …` within a week, else `05/01/2024`. A date has no
 * `at …`. "Today" is the current day in the value's zone (the browser's when it names none).
 * @param {WallTime} wall
 * @param {TemporalType} type
 * @param {number} now
 * @returns {string}
 */
function calendar(wall, type, now) {
  const today = wall.offset === null ? localDay(now) : utcDay(now + wall.offset * 60_000);
  const days = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day) - today) / 86_400_000);
  const at = type === "date" ? "" : ` at ${formatPattern(wall, "h:mm A")}`;
  if (type === "time") return formatPattern(wall, "h:mm A");
  if (days === 0) return `Today${at}`;
  if (days === -1) return `Yesterday${at}`;
  if (days === 1) return `Tomorrow${at}`;
  if (days > 1 && days < 7) return `${formatPattern(wall, "dddd")}${at}`;
  if (days < -1 && days > -7) return `Last ${formatPattern(wall, "dddd")}${at}`;
  return formatPattern(wall, "MM/DD/YYYY");
}

/**
 * @param {number} instant
 * @returns {number} midnight UTC of the instant's UTC day
 */
function utcDay(instant) {
  const date = new Date(instant);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * @param {number} instant
 * @returns {number} midnight UTC of the instant's day in the browser's zone
 */
function localDay(instant) {
  const date = new Date(instant);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

/**
 * The wire text of a date, time or datetime from an `<input type=date|time|datetime-local>` value.
 * A datetime keeps the zone of the value it replaces (`Z` when there was none).
 * @param {string} input the input's value: `2024-05-01`, `13:45`, `13:45:30`, `2024-05-01T13:45`
 * @param {TemporalType} type
 * @param {string | null} previous the cell's value before the edit
 * @returns {string | null} `null` for an empty input
 */
export function wireTemporal(input, type, previous) {
  if (input === "") return null;
  if (type === "date") return input;
  const withSeconds = (/** @type {string} */ time) => (/^\d{2}:\d{2}$/.test(time) ? `${time}:00` : time);
  if (type === "time") return withSeconds(input);
  const [day, time = "00:00"] = input.split("T");
  const zone = previous === null ? null : ZONE.exec(previous.trim());
  return `${day}T${withSeconds(time)}${zone === null ? "Z" : zone[1]}`;
}

/**
 * The value an `<input type=date|time|datetime-local>` shows for a wire value.
 * @param {string | null} text
 * @param {TemporalType} type
 * @returns {string} empty when there is none
 */
export function inputTemporal(text, type) {
  const wall = text === null ? null : parseTemporal(text, type);
  if (wall === null) return "";
  if (type === "date") return formatPattern(wall, "YYYY-MM-DD");
  if (type === "time") return formatPattern(wall, "HH:mm:ss");
  return formatPattern(wall, "YYYY-MM-DD[T]HH:mm:ss");
}
