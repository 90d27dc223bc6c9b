// The small "?" next to a label or element that shows the app's `help:` text. The text is a
// tooltip (`title` for the mouse, a CSS bubble on keyboard focus) and the description
// (`aria-describedby`) of the element it belongs to.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, setAttribute, setText, uniqueId } from "../dom.js";

/**
 * Adds, updates or removes the help badge at the end of `host`.
 * @param {HTMLElement} host where the badge goes (a label row, or an element's root)
 * @param {string | undefined} help the text; `undefined` removes the badge
 * @param {Element[]} described elements whose `aria-describedby` names the help text
 * @param {boolean} [focusable] `false` keeps an invisible badge (hidden label) out of the tab order
 */
export function syncHelp(host, help, described, focusable = true) {
  let badge = host.querySelector(`:scope > .${CLASS.help}`);
  if (help === undefined) {
    badge?.remove();
    for (const element of described) setAttribute(element, "aria-describedby", null);
    return;
  }
  if (!(badge instanceof HTMLButtonElement)) {
    const textId = uniqueId("help");
    badge = h("button", {
      type: "button",
      class: CLASS.help,
      [DATA.testId]: TEST_ID.help,
      "aria-label": "Help",
      "aria-describedby": textId,
    }, [
      h("span", { "aria-hidden": "true" }, ["?"]),
      h("span", { class: CLASS.helpText, id: textId, role: "tooltip" }),
    ]);
    // A click must not reach an enclosing <label> (it would toggle a checkbox).
    badge.addEventListener("click", (event) => event.preventDefault());
    host.append(badge);
  }
  const text = /** @type {HTMLElement} */ (badge.querySelector(`.${CLASS.helpText}`));
  setText(text, help);
  setAttribute(badge, "title", help);
  setAttribute(badge, "tabindex", focusable ? null : -1);
  for (const element of described) setAttribute(element, "aria-describedby", text.id);
}
