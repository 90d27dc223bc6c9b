import assert from "./assert.js";
import {
  afterClick,
  arrowTarget,
  FEEDBACK_NAMES,
  feedbackOrder,
} from "../../Sources/SwiftlitWebClient/client/button-group-state.js";

const options = ["Day", "Week", "Month"];

Deno.test("one choice: a click chooses, a second click clears", () => {
  const rules = { options, multi: false, required: false };
  assert.deepEqual(afterClick([], "Week", rules), ["Week"]);
  assert.deepEqual(afterClick(["Week"], "Month", rules), ["Month"]);
  assert.deepEqual(afterClick(["Week"], "Week", rules), []);
});

Deno.test("a required choice is never cleared", () => {
  const rules = { options, multi: false, required: true };
  assert.deepEqual(afterClick(["Week"], "Week", rules), ["Week"]);
  assert.deepEqual(afterClick(["Week"], "Day", rules), ["Day"]);
});

Deno.test("several choices toggle and keep the options' order", () => {
  const rules = { options, multi: true, required: false };
  assert.deepEqual(afterClick(["Month"], "Day", rules), ["Day", "Month"]);
  assert.deepEqual(afterClick(["Day", "Month"], "Day", rules), ["Month"]);
  assert.deepEqual(afterClick([], "Week", rules), ["Week"]);
});

Deno.test("arrow keys wrap around a one-choice group", () => {
  assert.equal(arrowTarget(2, "ArrowRight", 3), 0);
  assert.equal(arrowTarget(0, "ArrowLeft", 3), 2);
  assert.equal(arrowTarget(1, "ArrowDown", 3), 2);
  assert.equal(arrowTarget(1, "Home", 3), 0);
  assert.equal(arrowTarget(0, "End", 3), 2);
  assert.equal(arrowTarget(0, "Enter", 3), null);
});

Deno.test("feedback names every choice and shows thumbs up first", () => {
  assert.deepEqual(FEEDBACK_NAMES.thumbs, ["Thumbs down", "Thumbs up"]);
  assert.equal(FEEDBACK_NAMES.stars[0], "1 star");
  assert.equal(FEEDBACK_NAMES.stars[4], "5 stars");
  assert.equal(FEEDBACK_NAMES.faces.length, 5);
  assert.deepEqual(feedbackOrder("thumbs"), [1, 0]);
  assert.deepEqual(feedbackOrder("stars"), [0, 1, 2, 3, 4]);
});
