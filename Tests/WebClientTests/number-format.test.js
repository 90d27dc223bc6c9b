import assert from "./assert.js";
import {
  clampNumber,
  decimalPlaces,
  formatNumber,
  formatNumberWith,
  groupThousands,
  parseNumber,
  snapToStepPrecision,
  sprintf,
  stepNumber,
} from "../../Sources/SwiftlitWebClient/client/number-format.js";

Deno.test("sprintf covers the formats apps use", () => {
  /** @type {Array<[string, number, string]>} */
  const cases = [
    ["%d", 3, "3"],
    ["%d", 2.7, "2"],
    ["%i", -2.7, "-2"],
    ["%.2f", 2.5, "2.50"],
    ["%.1f%%", 12.34, "12.3%"],
    ["%f", 1, "1.000000"],
    ["%e", 1500, "1.500000e+03"],
    ["%.2E", 0.00015, "1.50E-04"],
    ["%g", 100000, "100000"],
    ["%g", 1e7, "1e+07"],
    ["%.3g", 0.000123456, "0.000123"],
    ["%05.1f", -2.5, "-02.5"],
    ["%+d", 4, "+4"],
    ["% d", 4, " 4"],
    ["%5d|", 42, "   42|"],
    ["%-5d|", 42, "42   |"],
    ["%x", 255, "ff"],
    ["%X", 255, "FF"],
    ["%o", 8, "10"],
    ["%s", 2.5, "2.5"],
    ["$%.2f", 3, "$3.00"],
    ["%d years", 4, "4 years"],
    ["no conversion", 4, "no conversion"],
  ];
  for (const [format, value, expected] of cases) {
    assert.equal(sprintf(format, value), expected, `${format} of ${value}`);
  }
});

Deno.test("formatNumber defaults: whole for integers, two decimals or the step's for floats", () => {
  assert.equal(formatNumber(3, { step: 1, integer: true }), "3");
  assert.equal(formatNumber(2.5, { step: 0.5 }), "2.50");
  assert.equal(formatNumber(2.5, { step: 0.001 }), "2.500");
  assert.equal(formatNumber(2.5, { step: 0.5, format: "%.1f" }), "2.5");
  assert.equal(formatNumber(null, { step: 1 }), "");
});

Deno.test("parseNumber reads through decorations", () => {
  assert.equal(parseNumber("12.5%"), 12.5);
  assert.equal(parseNumber(" -1,234.5 "), -1234.5);
  assert.equal(parseNumber("$3"), 3);
  assert.equal(parseNumber(".5"), 0.5);
  assert.equal(parseNumber("1e3"), 1000);
  assert.equal(parseNumber("abc"), null);
  assert.equal(parseNumber(""), null);
});

Deno.test("clamp, step and snap", () => {
  const spec = { min: 0, max: 1, step: 0.1 };
  assert.equal(clampNumber(3, spec), 1);
  assert.equal(clampNumber(-3, spec), 0);
  assert.equal(clampNumber(2.6, { step: 1, integer: true }), 3);
  assert.equal(stepNumber(0.2, 1, spec), 0.3, "no float noise");
  assert.equal(stepNumber(0.95, 1, spec), 1, "clamped at max");
  assert.equal(stepNumber(0, -1, spec), 0, "clamped at min");
  assert.equal(stepNumber(null, 1, { min: 5, step: 1 }), 5, "an empty field starts at min");
  assert.equal(stepNumber(null, -1, { step: 1 }), 0);
  assert.equal(snapToStepPrecision(0.30000000000000004, spec), 0.3);
  assert.equal(decimalPlaces(0.25), 2);
  assert.equal(decimalPlaces(1e-7), 7);
  assert.equal(decimalPlaces(3), 0);
});

Deno.test("sprintf groups thousands with the , flag", () => {
  assert.equal(sprintf("%,d", 1234567), "1,234,567");
  assert.equal(sprintf("%,.2f", -1234.5), "-1,234.50");
  assert.equal(sprintf("$%,.0f", 999), "$999");
  assert.equal(sprintf("%'d", 12345), "12,345", "the ' flag as in C");
  assert.equal(sprintf("%,e", 12345), "1.234500e+04", "no grouping in exponents");
  assert.equal(groupThousands("1234567.891"), "1,234,567.891");
  assert.equal(groupThousands("123"), "123");
});

Deno.test("table columns format numbers by preset or printf pattern", () => {
  /** @type {Array<[string, number, string]>} */
  const cases = [
    ["dollar", 1234.5, "$1,234.50"],
    ["euro", 1234.5, "€1,234.50"],
    ["yen", 1234.5, "¥1,235"],
    ["percent", 0.1234, "12.34%"],
    ["localized", 1234567.891, "1,234,567.891"],
    ["plain", 1234567.891, "1234567.891"],
    ["plain", 0.1, "0.1"],
    ["compact", 1234, "1.2K"],
    ["compact", 3_400_000, "3.4M"],
    ["scientific", 1234.5, "1.235E3"],
    ["engineering", 12345, "12.345E3"],
    ["accounting", -1234.5, "(1,234.50)"],
    ["accounting", 1234.5, "1,234.50"],
    ["$%.2f", 3, "$3.00"],
    ["%.1f%%", 12.34, "12.3%"],
    ["%d", 2.7, "2"],
    ["%e", 1500, "1.500000e+03"],
    ["%g", 0.5, "0.5"],
    ["%s", 2.5, "2.5"],
    ["%d units", 4, "4 units"],
  ];
  for (const [format, value, expected] of cases) {
    assert.equal(formatNumberWith(value, format, "en-US"), expected, `${format} of ${value}`);
  }
  assert.equal(formatNumberWith(1234.5, "euro", "de-DE"), "1.234,50\u00a0€", "presets follow the locale");
});
