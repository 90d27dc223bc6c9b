import assert from "./assert.js";
import {
  distance,
  formatPattern,
  formatTemporal,
  inputTemporal,
  instantOf,
  parseTemporal,
  wireTemporal,
} from "../../Sources/SwiftlitWebClient/client/date-format.js";

const options = { now: Date.parse("2024-05-04T12:00:00Z"), locale: "en-US" };

Deno.test("wire dates, times and datetimes are read with their zone", () => {
  assert.deepEqual(parseTemporal("2024-05-01", "date"), {
    year: 2024,
    month: 5,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    offset: null,
  });
  const wall = parseTemporal("2024-05-01T13:45:09.5+02:00", "datetime");
  assert.deepEqual(
    wall && [wall.hour, wall.minute, wall.second, wall.millisecond, wall.offset],
    [13, 45, 9, 500, 120],
  );
  assert.equal(parseTemporal("2024-05-01T13:45:00Z", "datetime")?.offset, 0);
  assert.equal(parseTemporal("2024-05-01T13:45:00-0530", "datetime")?.offset, -330);
  assert.equal(parseTemporal("13:45", "time")?.minute, 45);
  assert.equal(parseTemporal("2024-05-01T13:45:00Z", "date")?.day, 1, "a date ignores a time");
  assert.equal(parseTemporal("2024-05-01", "datetime")?.hour, 0, "a datetime without a time is midnight");
  for (
    const [text, type] of [["tomorrow", "date"], ["2024-13-01", "date"], ["25:61", "time"], [
      "2024-05-01T13:45:00 UTC",
      "datetime",
    ]]
  ) {
    assert.equal(parseTemporal(text, /** @type {"date" | "time" | "datetime"} */ (type)), null, text);
  }
  const instant = parseTemporal("2024-05-01T13:45:00+02:00", "datetime");
  assert.equal(instant && instantOf(instant), Date.parse("2024-05-01T11:45:00Z"));
});

Deno.test("each type has Streamlit's default look; the value's own wall clock is shown", () => {
  assert.equal(formatTemporal("2024-05-01", "date", undefined, options), "2024-05-01");
  assert.equal(formatTemporal("13:45:00", "time", undefined, options), "13:45:00");
  assert.equal(
    formatTemporal("2024-05-01T13:45:00+02:00", "datetime", undefined, options),
    "2024-05-01 13:45:00",
  );
  assert.equal(
    formatTemporal("not a date", "date", undefined, options),
    "not a date",
    "text that is no date",
  );
});

Deno.test("moment-style patterns", () => {
  const wall = /** @type {import("../../Sources/SwiftlitWebClient/client/date-format.js").WallTime} */ (
    parseTemporal("2024-05-01T08:05:09.042+02:00", "datetime")
  );
  /** @type {Array<[string, string]>} */
  const cases = [
    ["YYYY-MM-DD", "2024-05-01"],
    ["YY M D", "24 5 1"],
    ["MMM Do, YYYY", "May 1st, 2024"],
    ["MMMM", "May"],
    ["ddd dddd d", "Wed Wednesday 3"],
    ["HH:mm:ss.SSS", "08:05:09.042"],
    ["h:mm A", "8:05 AM"],
    ["hh a", "08 am"],
    ["[Week of] MMM D", "Week of May 1"],
    ["Z ZZ", "+02:00 +0200"],
    ["Qo [quarter]", "2nd quarter"],
  ];
  for (const [pattern, expected] of cases) assert.equal(formatPattern(wall, pattern), expected, pattern);
  assert.equal(formatTemporal("2024-05-21T23:00:00Z", "datetime", "Do MMM, h A", options), "21st May, 11 PM");
});

Deno.test("presets: localized, distance, calendar, iso8601", () => {
  assert.equal(formatTemporal("2024-05-01", "date", "localized", options), "May 1, 2024");
  assert.equal(formatTemporal("13:45:00", "time", "localized", options), "1:45 PM");
  assert.equal(
    formatTemporal("2024-05-01T13:45:00Z", "datetime", "localized", options),
    "May 1, 2024, 1:45 PM",
  );
  assert.equal(formatTemporal("2024-05-01T12:00:00Z", "datetime", "distance", options), "3 days ago");
  assert.equal(formatTemporal("2024-05-04T14:00:00Z", "datetime", "distance", options), "in 2 hours");
  assert.equal(formatTemporal("2024-05-04T11:59:40Z", "datetime", "distance", options), "now");
  assert.equal(formatTemporal("2022-05-01T12:00:00Z", "datetime", "distance", options), "2 years ago");
  assert.equal(formatTemporal("2024-05-04T08:05:00Z", "datetime", "calendar", options), "Today at 8:05 AM");
  assert.equal(
    formatTemporal("2024-05-03T20:00:00Z", "datetime", "calendar", options),
    "Yesterday at 8:00 PM",
  );
  assert.equal(
    formatTemporal("2024-05-05T09:00:00Z", "datetime", "calendar", options),
    "Tomorrow at 9:00 AM",
  );
  assert.equal(
    formatTemporal("2024-05-01T09:00:00Z", "datetime", "calendar", options),
    "Last Wednesday at 9:00 AM",
  );
  assert.equal(
    formatTemporal("2024-05-08T09:00:00Z", "datetime", "calendar", options),
    "Wednesday at 9:00 AM",
  );
  assert.equal(formatTemporal("2024-01-02T09:00:00Z", "datetime", "calendar", options), "01/02/2024");
  assert.equal(
    formatTemporal("2024-05-01T13:45:00+02:00", "datetime", "iso8601", options),
    "2024-05-01T11:45:00.000Z",
  );
  assert.equal(formatTemporal("2024-05-01", "date", "iso8601", options), "2024-05-01");
  assert.equal(formatTemporal("13:45:00", "time", "distance", options), "1:45 PM", "a time is no moment");
  assert.equal(distance(-26 * 86_400_000, "en"), "1 month ago");
  assert.equal(distance(-25 * 86_400_000, "en"), "25 days ago");
});

Deno.test("date inputs go to and from the wire form; a datetime keeps its zone", () => {
  assert.equal(inputTemporal("2024-05-01T13:45:00+02:00", "datetime"), "2024-05-01T13:45:00");
  assert.equal(inputTemporal("13:45", "time"), "13:45:00");
  assert.equal(inputTemporal(null, "date"), "");
  assert.equal(
    wireTemporal("2024-06-02T08:30", "datetime", "2024-05-01T13:45:00+02:00"),
    "2024-06-02T08:30:00+02:00",
  );
  assert.equal(wireTemporal("2024-06-02T08:30:15", "datetime", null), "2024-06-02T08:30:15Z");
  assert.equal(wireTemporal("08:30", "time", null), "08:30:00");
  assert.equal(wireTemporal("2024-06-02", "date", null), "2024-06-02");
  assert.equal(wireTemporal("", "date", "2024-06-02"), null);
});
