// What a click does to a button group (pills, segmented control, feedback): the labels chosen
// after clicking one. Pure; tested in Tests/WebClientTests/button-group-state.test.js.

/**
 * @typedef {object} GroupRules
 * @property {string[]} options every label, in order
 * @property {boolean} multi several may be chosen
 * @property {boolean} required a single choice cannot be cleared
 */

/**
 * The chosen labels after a click on `clicked`. One choice: the clicked option, or none when it
 * was already chosen (unless required). Several: the clicked option is added or removed, and the
 * result keeps the options' order (as the server returns them).
 * @param {string[]} chosen
 * @param {string} clicked
 * @param {GroupRules} rules
 * @returns {string[]}
 */
export function afterClick(chosen, clicked, rules) {
  const isChosen = chosen.includes(clicked);
  if (!rules.multi) {
    if (!isChosen) return [clicked];
    return rules.required ? [clicked] : [];
  }
  const next = isChosen ? chosen.filter((label) => label !== clicked) : [...chosen, clicked];
  return rules.options.filter((label) => next.includes(label));
}

/**
 * The option the arrow keys move to in a one-choice group (wrapping around, as radio groups do).
 * @param {number} current the index of the focused option
 * @param {string} key `ArrowRight`, `ArrowDown`, `ArrowLeft`, `ArrowUp`, `Home` or `End`
 * @param {number} count how many options
 * @returns {number | null} `null` for any other key
 */
export function arrowTarget(current, key, count) {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (current + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** The accessible name of each feedback choice, lowest first (renderers/feedback-icons.js draws them). */
export const FEEDBACK_NAMES = Object.freeze({
  thumbs: ["Thumbs down", "Thumbs up"],
  faces: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
  stars: [1, 2, 3, 4, 5].map((n) => (n === 1 ? "1 star" : `${n} stars`)),
});

/**
 * The order feedback buttons appear in: thumbs up comes first, as in Streamlit; faces and stars
 * go from lowest to highest.
 * @param {"thumbs" | "faces" | "stars"} style
 * @returns {number[]} indices in display order
 */
export function feedbackOrder(style) {
  return style === "thumbs" ? [1, 0] : [0, 1, 2, 3, 4];
}
