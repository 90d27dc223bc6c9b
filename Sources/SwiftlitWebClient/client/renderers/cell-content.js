// Draws what a table cell shows (cell-format.js's CellView) into a cell element, for the dataframe
// grid and the static table alike:
//
//   text       Oslo                                          (a missing value: a muted "None")
//   checkbox   <span role="checkbox" aria-checked="true" aria-readonly="true">
//   link       <a href="https://…" target="_blank" rel="noopener noreferrer">docs</a>
//   image      <img src="https://…" alt="">
//   progress   <span class="st-cell__progress"><span track><span bar></span></span><span>45%</span></span>
//   chips      <span class="st-cell__chips"><span class="st-cell__chip">a</span>…</span>
//   chart      <svg role="img" aria-label="Line chart of 12 values from 1 to 8">

import { CLASS } from "../dom-names.js";
import { h, setAttribute, setText } from "../dom.js";
import { safeImageUrl, safeUrl } from "../safe-html.js";
import { chartSummary } from "./cell-format.js";
import { sparklineSvg } from "./sparkline.js";

/** @typedef {import("./cell-format.js").CellView} CellView */

/** A sparkline cell's drawing size. */
const CHART_BOX = { width: 120, height: 22 };

/** What each cell element last showed, so that an unchanged cell is left alone. */
const shown = /** @type {WeakMap<Element, string>} */ (new WeakMap());

/**
 * Makes the next {@link drawCell} of a cell write it, after something else changed its content
 * (a data editor's input).
 * @param {Element} cell
 */
export function forgetCell(cell) {
  shown.delete(cell);
}

/**
 * Writes a cell's content.
 * @param {HTMLElement} cell
 * @param {CellView} view
 * @param {{inGrid: boolean}} options in the grid, links and checkboxes stay out of the tab order
 *   (the grid moves between cells with the arrow keys)
 */
export function drawCell(cell, view, options) {
  const signature = JSON.stringify(view);
  if (shown.get(cell) === signature) return;
  shown.set(cell, signature);
  cell.classList.toggle(CLASS.dataframeNull, view.type === "text" && view.missing === true);
  switch (view.type) {
    case "text":
      setText(cell, view.text);
      return;
    case "empty":
      cell.replaceChildren();
      return;
    case "checkbox":
      cell.replaceChildren(h("span", {
        class: CLASS.cellCheckbox,
        role: "checkbox",
        "aria-checked": view.checked === null ? "false" : String(view.checked),
        "aria-readonly": "true",
        "aria-label": view.checked === null ? "empty" : view.checked ? "true" : "false",
      }));
      return;
    case "link": {
      if (view.href === null) {
        setText(cell, view.text);
        return;
      }
      const link = h("a", {
        class: CLASS.cellLink,
        target: "_blank",
        rel: "noopener noreferrer",
        tabindex: options.inGrid ? -1 : null,
      }, [view.text]);
      setAttribute(link, "href", safeUrl(view.href));
      cell.replaceChildren(link);
      return;
    }
    case "image": {
      if (view.src === null) {
        cell.replaceChildren();
        return;
      }
      const image = h("img", { class: CLASS.cellImage, alt: "", loading: "lazy", decoding: "async" });
      image.referrerPolicy = "no-referrer";
      setAttribute(image, "src", safeImageUrl(view.src));
      cell.replaceChildren(image);
      return;
    }
    case "progress": {
      const bar = h("span", { class: CLASS.cellProgressBar });
      // Through CSSOM, not a style attribute (see dataframe-cells.js).
      bar.style.width = `${Math.round(view.fraction * 1000) / 10}%`;
      cell.replaceChildren(h("span", { class: CLASS.cellProgress }, [
        h("span", {
          class: CLASS.cellProgressTrack,
          role: "progressbar",
          "aria-valuemin": 0,
          "aria-valuemax": 100,
          "aria-valuenow": Math.round(view.fraction * 100),
          "aria-valuetext": view.text,
        }, [bar]),
        h("span", { class: CLASS.cellProgressText, "aria-hidden": "true" }, [view.text]),
      ]));
      return;
    }
    case "chips":
      cell.replaceChildren(h(
        "span",
        { class: CLASS.cellChips, role: "list" },
        view.items.map((item) => h("span", { class: CLASS.cellChip, role: "listitem" }, [item])),
      ));
      return;
    case "chart": {
      const type = view.chart === "barChart" ? "bar" : view.chart === "areaChart" ? "area" : "line";
      const box = { ...CHART_BOX, min: view.min, max: view.max, inset: 2 };
      cell.replaceChildren(sparklineSvg(view.values, type, box, chartSummary(view), CLASS.cellChart));
      return;
    }
  }
}
