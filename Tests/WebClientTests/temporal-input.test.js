import assert from "./assert.js";
import {
  dateTimeText,
  dateTimeValue,
  dayText,
  dayValue,
  rangeValue,
  timeText,
  timeValue,
} from "../../Sources/SwiftlitWebClient/client/temporal-input.js";

Deno.test("a date field's value is its ISO day, or null when empty or partial", () => {
  assert.equal(dayValue("2026-11-30"), "2026-11-30");
  assert.equal(dayValue(""), null);
  assert.equal(dayValue("2026-11"), null);
});

Deno.test("times are written canonically: seconds only when not zero, no fraction", () => {
  assert.equal(timeValue("14:05"), "14:05");
  assert.equal(timeValue("14:05:00"), "14:05");
  assert.equal(timeValue("14:05:09"), "14:05:09");
  assert.equal(timeValue("14:05:09.250"), "14:05:09");
  assert.equal(timeValue(""), null);
  assert.equal(timeValue("2:05 PM"), null);
});

Deno.test("datetimes join a canonical day and time", () => {
  assert.equal(dateTimeValue("2026-11-30T14:05"), "2026-11-30T14:05");
  assert.equal(dateTimeValue("2026-11-30T14:05:00"), "2026-11-30T14:05");
  assert.equal(dateTimeValue("2026-11-30T14:05:09.5"), "2026-11-30T14:05:09");
  assert.equal(dateTimeValue("2026-11-30"), null);
  assert.equal(dateTimeValue(""), null);
});

Deno.test("a date range holds nothing, a start, or two ordered ends", () => {
  assert.deepEqual(rangeValue("", ""), []);
  assert.deepEqual(rangeValue("2026-11-30", ""), ["2026-11-30"]);
  assert.deepEqual(rangeValue("2026-11-30", "2026-12-24"), ["2026-11-30", "2026-12-24"]);
  assert.deepEqual(rangeValue("2026-11-30", "2026-11-30"), ["2026-11-30", "2026-11-30"]);
  // An end before the start does not complete the range.
  assert.deepEqual(rangeValue("2026-12-24", "2026-11-30"), ["2026-12-24"]);
  // An end alone becomes the start.
  assert.deepEqual(rangeValue("", "2026-12-24"), ["2026-12-24"]);
});

Deno.test("the readout writes days in the app's format", () => {
  assert.equal(dayText("2026-11-30", "YYYY/MM/DD"), "2026/11/30");
  assert.equal(dayText("2026-11-30", "DD.MM.YYYY"), "30.11.2026");
  assert.equal(dayText("2026-03-05", "MM-DD-YYYY"), "03-05-2026");
  assert.equal(dayText(null, "YYYY/MM/DD"), "");
  assert.equal(dayText("soon", "YYYY/MM/DD"), "");
});

Deno.test("the readout writes times on the app's clock", () => {
  assert.equal(timeText("14:05", "24h"), "14:05");
  assert.equal(timeText("14:05:09", "24h"), "14:05:09");
  assert.equal(timeText("14:05", "12h"), "2:05 PM");
  assert.equal(timeText("00:30", "12h"), "12:30 AM");
  assert.equal(timeText("12:00", "12h"), "12:00 PM");
  assert.equal(timeText("14:05", "localized", "en-US"), "2:05 PM");
  assert.equal(timeText(null, "24h"), "");
});

Deno.test("the readout writes datetimes as a formatted day and a 24-hour time", () => {
  assert.equal(dateTimeText("2026-11-30T14:05", "DD/MM/YYYY"), "30/11/2026 14:05");
  assert.equal(dateTimeText(null, "YYYY/MM/DD"), "");
});
