// A grid's toolbar, above its top-right corner as Streamlit's: search, download as CSV, clear the
// selection, and a data editor's "delete rows". It shows while the pointer is over the table or
// the keyboard is in it (CSS), and is always in the tab order.
//
//   <div class="st-dataframe__toolbar" role="toolbar" aria-label="Table tools">
//     <input type="search" data-testid="st-dataframe-search" hidden>
//     <button data-testid="st-dataframe-search-toggle" aria-expanded="false">🔍</button>
//     <button data-testid="st-dataframe-clear-selection" hidden>…</button>
//     <button data-testid="st-dataframe-delete-rows" hidden>…</button>
//     <button data-testid="st-dataframe-download">⤓</button>

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, setAttribute, svg, uniqueId } from "../dom.js";

/** How long typing must pause before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * @typedef {object} ToolbarActions
 * @property {(text: string) => void} search the search box's text changed (debounced) or was cleared
 * @property {() => void} download
 * @property {() => void} clearSelection
 * @property {() => void} deleteRows
 * @property {() => void} focusGrid the search closed: the keyboard goes back to the grid
 */

/**
 * What the toolbar offers.
 * @typedef {object} ToolbarState
 * @property {boolean} searchable
 * @property {boolean} downloadable
 * @property {boolean} canDownload the session is known (the download needs its id)
 * @property {number} selected rows, columns and cells selected; the clear button shows when some are
 * @property {number} deletable selected rows a data editor may delete; the delete button shows when some are
 */

/** The icons, drawn in the page (no icon font). @type {Record<string, string>} */
const ICONS = {
  search:
    "M7 2.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9ZM1 7a6 6 0 1 1 10.74 3.68l3.04 3.04-1.06 1.06-3.04-3.04A6 6 0 0 1 1 7Z",
  download:
    "M7.25 1.5h1.5v7.19l2.22-2.22 1.06 1.06L8 11.56 3.97 7.53l1.06-1.06 2.22 2.22V1.5ZM2 12.5h12V14H2v-1.5Z",
  clear:
    "M4.28 3.22 8 6.94l3.72-3.72 1.06 1.06L9.06 8l3.72 3.72-1.06 1.06L8 9.06l-3.72 3.72-1.06-1.06L6.94 8 3.22 4.28l1.06-1.06Z",
  delete:
    "M6 1.5h4l.5 1H14V4H2V2.5h3.5l.5-1ZM3.5 5h9l-.7 9.1a1 1 0 0 1-1 .9H5.2a1 1 0 0 1-1-.9L3.5 5Zm2.25 1.5.4 7h1.1l-.3-7h-1.2Zm3.3 0-.3 7h1.1l.4-7h-1.2Z",
};

/**
 * @param {string} name
 * @returns {SVGElement}
 */
function icon(name) {
  return svg("svg", {
    viewBox: "0 0 16 16",
    width: "16",
    height: "16",
    "aria-hidden": "true",
    focusable: "false",
  }, [
    svg("path", { d: ICONS[name], fill: "currentColor" }),
  ]);
}

/**
 * @param {string} testId
 * @param {string} label
 * @param {string} iconName
 * @returns {HTMLButtonElement}
 */
function toolButton(testId, label, iconName) {
  return h("button", {
    type: "button",
    class: CLASS.dataframeToolButton,
    [DATA.testId]: testId,
    "aria-label": label,
    title: label,
  }, [icon(iconName)]);
}

export class TableToolbar {
  /** @type {ToolbarActions} */
  #actions;
  /** @type {number | undefined} */
  #searchTimer;

  /** @param {ToolbarActions} actions */
  constructor(actions) {
    this.#actions = actions;
    const searchId = uniqueId("table-search");
    this.searchBox = h("input", {
      type: "search",
      id: searchId,
      class: CLASS.dataframeSearch,
      [DATA.testId]: TEST_ID.dataframeSearch,
      placeholder: "Search…",
      "aria-label": "Search the table",
      autocomplete: "off",
      spellcheck: "false",
      maxlength: 1000,
      hidden: true,
    });
    this.searchToggle = toolButton(TEST_ID.dataframeSearchToggle, "Search", "search");
    setAttribute(this.searchToggle, "aria-controls", searchId);
    setAttribute(this.searchToggle, "aria-expanded", "false");
    this.clearButton = toolButton(TEST_ID.dataframeClearSelection, "Clear selection", "clear");
    this.deleteButton = toolButton(TEST_ID.dataframeDeleteRows, "Delete selected rows", "delete");
    this.downloadButton = toolButton(TEST_ID.dataframeDownload, "Download as CSV", "download");
    this.element = h("div", {
      class: CLASS.dataframeToolbar,
      role: "toolbar",
      "aria-label": "Table tools",
      [DATA.testId]: TEST_ID.dataframeToolbar,
    }, [this.searchBox, this.searchToggle, this.clearButton, this.deleteButton, this.downloadButton]);

    this.searchToggle.addEventListener("click", () => {
      if (this.searchBox.hidden) this.openSearch();
      else this.closeSearch();
    });
    this.searchBox.addEventListener("input", () => {
      clearTimeout(this.#searchTimer);
      this.#searchTimer = setTimeout(() => this.#actions.search(this.searchBox.value), SEARCH_DEBOUNCE_MS);
    });
    this.searchBox.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        clearTimeout(this.#searchTimer);
        this.#actions.search(this.searchBox.value);
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.closeSearch();
        this.#actions.focusGrid();
      }
    });
    this.clearButton.addEventListener("click", () => this.#actions.clearSelection());
    this.deleteButton.addEventListener("click", () => this.#actions.deleteRows());
    this.downloadButton.addEventListener("click", () => this.#actions.download());
  }

  /** Shows the search box and puts the keyboard in it. */
  openSearch() {
    this.searchBox.hidden = false;
    setAttribute(this.searchToggle, "aria-expanded", "true");
    setAttribute(this.element, DATA.open, true);
    this.searchBox.focus();
  }

  /** Hides the search box; a search in it is cleared. */
  closeSearch() {
    clearTimeout(this.#searchTimer);
    const hadText = this.searchBox.value !== "";
    this.searchBox.value = "";
    this.searchBox.hidden = true;
    setAttribute(this.searchToggle, "aria-expanded", "false");
    setAttribute(this.element, DATA.open, false);
    if (hadText) this.#actions.search("");
  }

  /**
   * Shows the search the table keeps (after the element was rebuilt, or the table changed).
   * @param {string} text
   */
  showSearch(text) {
    if (text === "" || this.searchBox.value === text) return;
    this.searchBox.value = text;
    this.searchBox.hidden = false;
    setAttribute(this.searchToggle, "aria-expanded", "true");
    setAttribute(this.element, DATA.open, true);
  }

  /**
   * Called on every frame the grid draws: only what changed is written.
   * @param {ToolbarState} state
   */
  sync(state) {
    setAttribute(this.searchToggle, "hidden", !state.searchable);
    if (!state.searchable && !this.searchBox.hidden) this.closeSearch();
    setAttribute(this.downloadButton, "hidden", !state.downloadable);
    setAttribute(this.downloadButton, "disabled", !state.canDownload);
    setAttribute(this.clearButton, "hidden", state.selected === 0);
    setAttribute(this.deleteButton, "hidden", state.deletable === 0);
    const rows = `${state.deletable} row${state.deletable === 1 ? "" : "s"}`;
    setAttribute(this.deleteButton, "aria-label", `Delete ${rows}`);
    setAttribute(this.deleteButton, "title", `Delete ${rows}`);
  }
}
