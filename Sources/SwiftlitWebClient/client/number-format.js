// Numbers as numeric widgets and table columns show and read them: printf-style formatting (the
// `format` the app passed, e.g. `%d`, `%.2f`, `%.1f%%`, `%,.2f`), the named formats of table
// columns (`dollar`, `percent`, `compact`, …), lenient parsing of what the user typed, and stepping.
// Pure functions; tested in Tests/WebClientTests/number-format.test.js.

/** @typedef {import("./protocol.js").NumberSpec} NumberSpec */

const CONVERSION = /%([-+ 0#,']*)(\d+)?(?:\.(\d+))?([diufFeEgGsxXo%])/g;

/**
 * Formats `value` with a printf-style format. Every conversion in the format shows the same value.
 * Supported: `%d %i %u %f %F %e %E %g %G %s %x %X %o %%`, flags `- + space 0 #`, width, precision,
 * and the flag `,` (or `'`) that groups thousands of `%d %i %u %f %F`: `%,.2f` of 1234.5 is `1,234.50`.
 * @param {string} format
 * @param {number} value
 * @returns {string}
 */
export function sprintf(format, value) {
  return format.replace(CONVERSION, (_match, flags, width, precision, conversion) => {
    if (conversion === "%") return "%";
    if (conversion === "s") return pad(String(value), width, flags, "");
    // Integer conversions take the whole part, as C's cast and Python's `%d` do.
    const number = "diuxXo".includes(conversion) ? Math.trunc(value) : value;
    const digits = precision === undefined ? undefined : Number(precision);
    let body = convert(conversion, Math.abs(number), digits, flags.includes("#"));
    if ((flags.includes(",") || flags.includes("'")) && "diufF".includes(conversion)) {
      body = groupThousands(body);
    }
    const sign = number < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    return pad(body, width, flags, sign);
  });
}

/**
 * @param {string} conversion
 * @param {number} magnitude
 * @param {number | undefined} precision
 * @param {boolean} alternate the `#` flag: keep trailing zeros for `%g`
 * @returns {string}
 */
function convert(conversion, magnitude, precision, alternate) {
  switch (conversion) {
    case "d":
    case "i":
    case "u":
      return String(magnitude);
    case "f":
    case "F":
      return magnitude.toFixed(precision ?? 6);
    case "e":
    case "E": {
      // C writes at least two exponent digits: 1.5e+00.
      const text = magnitude.toExponential(precision ?? 6).replace(/e([-+])(\d)$/, "e$10$2");
      return conversion === "E" ? text.toUpperCase() : text;
    }
    case "g":
    case "G": {
      let text = magnitude.toPrecision(precision === 0 ? 1 : precision ?? 6).replace(
        /e([-+])(\d)$/,
        "e$10$2",
      );
      if (!alternate && text.includes(".")) text = text.replace(/\.?0+(?=e|$)/, "");
      return conversion === "G" ? text.toUpperCase() : text;
    }
    case "x":
      return magnitude.toString(16);
    case "X":
      return magnitude.toString(16).toUpperCase();
    case "o":
      return magnitude.toString(8);
    default:
      return String(magnitude);
  }
}

/**
 * Commas between groups of three digits of the whole part: `1234567.5` → `1,234,567.5`.
 * @param {string} digits digits without sign, with or without a fraction
 * @returns {string}
 */
export function groupThousands(digits) {
  const point = digits.indexOf(".");
  const whole = point < 0 ? digits : digits.slice(0, point);
  return whole.replace(/\B(?=(\d{3})+$)/g, ",") + (point < 0 ? "" : digits.slice(point));
}

/**
 * @param {string} body digits without sign
 * @param {string | undefined} width
 * @param {string} flags
 * @param {string} sign
 * @returns {string}
 */
function pad(body, width, flags, sign) {
  const total = Number(width ?? 0);
  const length = sign.length + body.length;
  if (length >= total) return sign + body;
  if (flags.includes("-")) return sign + body + " ".repeat(total - length);
  if (flags.includes("0")) return sign + "0".repeat(total - length) + body;
  return " ".repeat(total - length) + sign + body;
}

/**
 * How a numeric widget shows `value`: the app's format, or a default (whole numbers for integer
 * widgets, two decimals or as many as the step has for the others).
 * @param {number | null} value
 * @param {NumberSpec} spec
 * @returns {string} empty for `null`
 */
export function formatNumber(value, spec) {
  if (value === null) return "";
  if (spec.format) return sprintf(spec.format, value);
  if (spec.integer) return String(Math.round(value));
  return value.toFixed(Math.max(2, decimalPlaces(spec.step)));
}

/** The named number formats a table column may have (Streamlit's `NumberColumn` presets). */
export const NUMBER_PRESETS = Object.freeze(
  /** @type {const} */ ([
    "plain",
    "localized",
    "dollar",
    "euro",
    "yen",
    "percent",
    "compact",
    "scientific",
    "engineering",
    "accounting",
  ]),
);

/** The Intl options of each preset but `accounting`, which wraps a plain two-decimal format. */
const PRESET_OPTIONS = /** @type {Record<string, Intl.NumberFormatOptions>} */ ({
  // Every digit the number has, and no grouping: what `String` writes, without its exponent.
  plain: { useGrouping: false, maximumFractionDigits: 20 },
  localized: {},
  dollar: { style: "currency", currency: "USD" },
  euro: { style: "currency", currency: "EUR" },
  yen: { style: "currency", currency: "JPY" },
  percent: { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 },
  compact: { notation: "compact" },
  scientific: { notation: "scientific" },
  engineering: { notation: "engineering" },
  accounting: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
});

/** Formatters by locale and preset: building one costs far more than using it. */
const formatters = /** @type {Map<string, Intl.NumberFormat>} */ (new Map());

/**
 * A number as a table column with a `format` shows it: a preset (`dollar` → `$1,234.50`,
 * `percent` → `12.34%` for 0.1234, `compact` → `1.2K`, `accounting` → `(1,234.50)` for a negative
 * number, …) or else a printf pattern (`"$%.2f"`, `"%d units"`, `"%,d"`).
 * @param {number} value
 * @param {string} format
 * @param {string} [locale] a BCP 47 tag; the browser's when omitted
 * @returns {string}
 */
export function formatNumberWith(value, format, locale) {
  const options = Object.hasOwn(PRESET_OPTIONS, format) ? PRESET_OPTIONS[format] : undefined;
  if (options === undefined) return sprintf(format, value);
  const key = `${locale ?? ""}\u0000${format}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) formatters.set(key, formatter = new Intl.NumberFormat(locale, options));
  if (format !== "accounting") return formatter.format(value);
  const text = formatter.format(Math.abs(value));
  return value < 0 ? `(${text})` : text;
}

/**
 * Reads a number from what the user typed, ignoring decorations the format added (`%`, units).
 * @param {string} text
 * @returns {number | null} `null` when the text holds no number
 */
export function parseNumber(text) {
  const match = text.replace(/[\s,_]/g, "").match(/[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/);
  return match ? Number(match[0]) : null;
}

/**
 * Keeps a value inside the widget's range, and whole for integer widgets.
 * @param {number} value
 * @param {NumberSpec} spec
 * @returns {number}
 */
export function clampNumber(value, spec) {
  let result = spec.integer ? Math.round(value) : value;
  if (spec.min !== undefined) result = Math.max(spec.min, result);
  if (spec.max !== undefined) result = Math.min(spec.max, result);
  return result;
}

/**
 * One step up or down, as the − / + buttons and arrow keys do, without float noise (0.1 + 0.2).
 * @param {number | null} value `null` (an empty input) gives `min`, or 0
 * @param {1 | -1} direction
 * @param {NumberSpec} spec
 * @returns {number}
 */
export function stepNumber(value, direction, spec) {
  if (value === null) return clampNumber(spec.min ?? 0, spec);
  const start = value;
  const places = Math.max(decimalPlaces(spec.step), decimalPlaces(start));
  const next = Number((start + direction * spec.step).toFixed(Math.min(places, 100)));
  return clampNumber(next, spec);
}

/**
 * Rounds away float noise from a value read off a range input, to the step's precision.
 * @param {number} value
 * @param {NumberSpec} spec
 * @returns {number}
 */
export function snapToStepPrecision(value, spec) {
  return clampNumber(Number(value.toFixed(Math.min(decimalPlaces(spec.step), 100))), spec);
}

/**
 * The number of digits after the decimal point of `value` as JavaScript writes it.
 * @param {number} value
 * @returns {number}
 */
export function decimalPlaces(value) {
  const [mantissa, exponent] = String(value).split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  return Math.max(0, fraction.length - Number(exponent ?? 0));
}
