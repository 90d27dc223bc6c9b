// The icons of feedback buttons, drawn as inline SVG in the text colour (no emoji or icon font
// needed, and they follow the theme): a thumb (up, or turned down), a face whose mouth goes from a
// frown to a wide smile, and a star that is filled when lit (by CSS, from `data-filled`).

import { svg } from "../dom.js";

/** A thumb up in a 24×24 box: the cuff on the left, the hand with its raised thumb. */
const THUMB =
  "M2.5 10h3.5v11H2.5z M8 10.2 11.8 3c1.5 0 2.6 1.2 2.4 2.7L13.6 9h5.9c1.4 0 2.4 1.3 2.1 2.7l-1.5 7.6c-.2 1-1.1 1.7-2.1 1.7H8z";
/** A five-pointed star in a 24×24 box. */
const STAR = "12,2.5 14.9,8.6 21.5,9.3 16.5,13.8 17.9,20.4 12,17 6.1,20.4 7.5,13.8 2.5,9.3 9.1,8.6";

/**
 * The icon of one feedback choice.
 * @param {"thumbs" | "faces" | "stars"} style
 * @param {number} index 0 is the least satisfied
 * @returns {SVGElement}
 */
export function feedbackIcon(style, index) {
  const box = { viewBox: "0 0 24 24", width: "24", height: "24", "aria-hidden": "true", focusable: "false" };
  switch (style) {
    case "thumbs":
      return svg("svg", box, [
        svg("path", {
          d: THUMB,
          fill: "none",
          stroke: "currentColor",
          "stroke-width": "1.6",
          "stroke-linejoin": "round",
          transform: index === 0 ? "rotate(180 12 12)" : "",
        }),
      ]);
    case "faces": {
      // The mouth's middle moves from 4 above its corners (a frown) to 4 below (a wide smile).
      const bend = 15.5 + (index - 2) * 2;
      return svg("svg", box, [
        svg("circle", {
          cx: "12",
          cy: "12",
          r: "9.5",
          fill: "none",
          stroke: "currentColor",
          "stroke-width": "1.6",
        }),
        svg("circle", { cx: "9", cy: "9.5", r: "1.2", fill: "currentColor" }),
        svg("circle", { cx: "15", cy: "9.5", r: "1.2", fill: "currentColor" }),
        svg("path", {
          d: `M8 15.5Q12 ${bend} 16 15.5`,
          fill: "none",
          stroke: "currentColor",
          "stroke-width": "1.6",
          "stroke-linecap": "round",
        }),
      ]);
    }
    case "stars":
      return svg("svg", box, [
        svg("polygon", {
          points: STAR,
          stroke: "currentColor",
          "stroke-width": "1.4",
          "stroke-linejoin": "round",
        }),
      ]);
  }
}
