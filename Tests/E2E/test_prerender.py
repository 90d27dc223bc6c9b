"""The page request's run (`server.prerender`), in a real Chromium against the `prerender` app of
Tests/E2EApps (PrerenderApp.swift: headings, Markdown, a caption, a divider, text and a slider whose
square the page shows).

- the page's text is in the HTML: it is on the page before the socket's first message, and the
  page's Content Security Policy lets the inline script that decides on it run;
- each text element the server drew is the element the client draws for it (same tags, attributes
  and text), and the client's first run replaces the drawing without leaving a copy behind;
- a tab that comes back with other widget values never shows the drawing (it was drawn for a new
  tab); one that comes back with the same values is shown it.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Iterator

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import find_widget, free_port_number, last_run, wait_idle, wait_settled_after
from test_faults import AppServer, apps_binary  # noqa: F401  (a fixture)

#: Installed before any of the page's scripts: records when the square's text first shows, every
#: text it shows, when the socket's first message arrives, and the main area as parsed from the HTML.
PROBE = """
(() => {
  const P = window.__probe = {texts: [], tText: null, firstMessage: null, atParse: null, parsed: []};
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => { P.firstMessage ??= performance.now(); });
    }
  };
  new MutationObserver(() => {
    for (const element of document.querySelectorAll('#st-main [data-testid="st-markdown"]')) {
      // What the tab shows: a drawing hidden for a returning tab is on the page but not shown.
      const stale = document.documentElement.getAttribute("data-prerender") === "stale";
      if (stale && element.closest(".st-prerendered") !== null) continue;
      const text = element.textContent.trim();
      if (!text.startsWith("n squared")) continue;
      if (P.texts.at(-1) !== text) P.texts.push(text);
      P.tText ??= performance.now();
    }
  }).observe(document, {childList: true, subtree: true, characterData: true});
  document.addEventListener("readystatechange", () => {
    // "interactive": the HTML is parsed (and its inline scripts ran); the client's modules not yet.
    if (document.readyState !== "interactive") return;
    P.atParse = document.querySelector("#st-main > .st-prerendered") !== null
      && document.documentElement.getAttribute("data-prerender") !== "stale";
    P.parsed = window.__canonicalTextElements();
  });
  /** Each text element of the main area as tag, sorted attributes and children, for comparison. */
  window.__canonicalTextElements = () => {
    const canonical = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.data);
      if (node.nodeType !== Node.ELEMENT_NODE) return "";
      const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      return `<${node.localName} ${attributes.join(" ")}>${[...node.childNodes].map(canonical).join("")}</>`;
    };
    const kinds = new Set(["heading", "markdown", "caption", "text", "divider"]);
    const main = document.getElementById("st-main");
    const drawing = main.querySelector(":scope > .st-prerendered");
    return [...(drawing ?? main).children]
      .filter((element) => kinds.has(element.getAttribute("data-kind")))
      .map(canonical);
  };
})();
"""


@contextlib.contextmanager
def prerender_app(binary: Path) -> Iterator[AppServer]:
    with tempfile.TemporaryDirectory(prefix="swiftlit-prerender-") as log_dir:
        server = AppServer(binary, "prerender", free_port_number(), Path(log_dir))
        server.start()
        try:
            yield server
        finally:
            server.stop()


def probe(driver: WebDriver) -> dict:
    return driver.execute_script("return window.__probe")


def open_probed(driver: WebDriver, url: str) -> dict:
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE})
    driver.get(url)
    wait_idle(driver)
    return probe(driver)


def press_right_on_the_slider(driver: WebDriver) -> None:
    slider = find_widget(driver, "slider:n").find_element(By.CSS_SELECTOR, 'input[type="range"]')
    driver.execute_script("arguments[0].focus();", slider)
    ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()


def squares(driver: WebDriver) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, '#st-main [data-testid="st-markdown"]')
            if e.text.startswith("n squared")]


def test_the_text_arrives_with_the_page_and_the_first_run_replaces_it(apps_binary: Path, driver: WebDriver):
    with prerender_app(apps_binary) as server:
        seen = open_probed(driver, server.url)
        assert seen["atParse"] is True, "the drawing is shown"
        assert seen["tText"] < seen["firstMessage"], f"the text came before the socket's first message: {seen}"
        assert seen["texts"] == ["n squared is 100"]
        refused = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
        assert refused == []
        # One copy of each element, drawn by the client, and the page works.
        assert squares(driver) == ["n squared is 100"]
        assert driver.find_elements(By.CSS_SELECTOR, "#st-main .st-prerender-placeholder") == []
        assert driver.find_elements(By.CSS_SELECTOR, "#st-main > .st-prerendered") == []
        runs = last_run(driver)
        press_right_on_the_slider(driver)
        wait_settled_after(driver, runs)
        assert squares(driver) == ["n squared is 121"]


def test_each_drawn_text_element_is_the_one_the_client_draws(apps_binary: Path, driver: WebDriver):
    with prerender_app(apps_binary) as server:
        seen = open_probed(driver, server.url)
        drawn_by_client = driver.execute_script("return window.__canonicalTextElements()")
        assert len(drawn_by_client) == 7
        assert seen["parsed"] == drawn_by_client


def test_a_returning_tab_sees_the_drawing_only_with_the_values_it_was_drawn_with(apps_binary: Path, driver: WebDriver):
    with prerender_app(apps_binary) as server:
        open_probed(driver, server.url)
        driver.refresh()
        wait_idle(driver)
        seen = probe(driver)
        assert seen["atParse"] is True, "same values, no st.session: the drawing is this tab's page too"
        runs = last_run(driver)
        press_right_on_the_slider(driver)
        wait_settled_after(driver, runs)
        driver.refresh()
        wait_idle(driver)
        seen = probe(driver)
        assert seen["atParse"] is False
        assert seen["texts"] == ["n squared is 121"], "the square drawn for a new tab never showed"
