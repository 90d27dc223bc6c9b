"""The text extras end to end, in a real Chromium against the `text` app of Tests/E2EApps
(TextExtrasApp.swift), with no network: everything loads from the app's vendor/ folder
(scripts/fetch-vendor.sh), under the page's Content-Security-Policy.

- st.latex: KaTeX typesets the formula (a .katex element with MathML), its fonts load, and a
  broken formula shows KaTeX's error message instead of breaking the page;
- Markdown: coloured text, backgrounds and badges carry their classes and colours, a
  `:material/…:` icon is drawn by the Material Symbols font (a ligature: the span is about one glyph
  wide, not the width of its name), and `:rocket:` becomes 🚀 except in code;
- a badge and a widget label render their Markdown; the label keeps the app's text as its
  accessible name; a plain label is plain text;
- st.html: inline HTML loses its script and handler; the sandboxed frame runs its script, which
  finds itself in an opaque origin that cannot read the page, its storage or its cookies.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import wait_idle, wait_until
from test_faults import apps_binary, running_app  # noqa: F401  (a fixture)

#: Records the CSP violations the page reports. The only one expected is `script-src-attr`: Chromium
#: reports the inline HTML's `onclick` when it parses it (inertly, in a <template>, before
#: safe-html.js removes it); the new assets (KaTeX, its fonts, the icon font, the emoji table, the
#: frame) must load without any.
VIOLATIONS_HOOK = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.effectiveDirective + " " + event.blockedURI);
}, true);
"""


def assert_no_asset_violations(driver: WebDriver) -> None:
    violations = driver.execute_script("return window.__violations")
    assert [v for v in violations if not v.startswith("script-src-attr ")] == [], violations


@pytest.fixture
def text_page(apps_binary: Path, driver: WebDriver):  # noqa: F811
    with running_app(apps_binary, "text") as server:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": VIOLATIONS_HOOK})
        driver.get(server.url)
        wait_idle(driver)
        yield driver


def test_katex_typesets_formulas_with_its_fonts(text_page: WebDriver) -> None:
    driver = text_page
    wait_until(lambda: len(driver.find_elements(By.CSS_SELECTOR, "[data-kind=latex] .katex, [data-kind=latex] .katex-error")) == 2 or None,
               message="both formulas typeset", timeout=20)
    first, broken = driver.find_elements(By.CSS_SELECTOR, "[data-kind=latex]")
    assert first.find_elements(By.CSS_SELECTOR, ".katex-html .mfrac"), "the fraction is drawn as KaTeX HTML"
    annotation = first.find_element(By.CSS_SELECTOR, "annotation").get_attribute("textContent")
    assert annotation.startswith(r"e^{i\pi} + 1 = 0")
    assert first.find_elements(By.CSS_SELECTOR, "[data-testid=st-help]"), "help beside the formula"
    # The fonts come from vendor/katex/fonts, under the CSP (font-src 'self').
    loaded = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        document.fonts.ready.then(() => done(document.fonts.check('20px KaTeX_Main') && document.fonts.check('20px KaTeX_Math')));
    """)
    assert loaded, "KaTeX's fonts are loaded"
    status = driver.execute_script("""
        return [...document.fonts].filter((f) => f.family.includes("KaTeX_Main")).map((f) => f.status);
    """)
    assert "loaded" in status
    # A broken formula: KaTeX's message, and the page goes on.
    error = broken.find_element(By.CSS_SELECTOR, ".st-latex__error").text
    assert "KaTeX parse error" in error
    assert broken.find_element(By.CSS_SELECTOR, ".katex-error").text == r"\frac{1}{"
    assert_no_asset_violations(driver)


def test_markdown_colours_icons_and_emoji(text_page: WebDriver) -> None:
    driver = text_page
    body = driver.find_element(By.CSS_SELECTOR, "[data-kind=markdown] .st-markdown__body")
    red = body.find_element(By.CSS_SELECTOR, "span.st-color.st-color--red")
    assert red.text == "red text"
    assert red.value_of_css_property("color") != body.value_of_css_property("color"), "red is coloured"
    background = body.find_element(By.CSS_SELECTOR, "span.st-bg.st-bg--blue")
    assert background.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert body.find_element(By.CSS_SELECTOR, "span.st-color--rainbow").text == "rainbow"
    assert body.find_element(By.CSS_SELECTOR, "span.st-badge.st-badge--green").text == "badge"
    # The icon font loads (from vendor/material-symbols) and draws the ligature: one glyph wide.
    icon = body.find_element(By.CSS_SELECTOR, "span.st-icon")
    assert icon.get_attribute("textContent") == "home"
    wait_until(lambda: driver.execute_script(
        "return document.fonts.check('24px \"Material Symbols Rounded\"', 'home')"
        " && [...document.fonts].some((f) => f.family.includes('Material Symbols') && f.status === 'loaded')") or None,
        message="the icon font loaded", timeout=15)
    size = driver.execute_script("""
        const icon = arguments[0];
        const rect = icon.getBoundingClientRect();
        return {width: rect.width, fontSize: parseFloat(getComputedStyle(icon).fontSize)};
    """, icon)
    assert size["width"] <= size["fontSize"] * 1.3, f"a glyph, not the word 'home': {size}"
    # Shortcodes become emoji in prose, not in code.
    wait_until(lambda: "🚀" in body.text or None, message="the emoji table loaded", timeout=15)
    assert "👍" in body.text
    assert body.find_element(By.CSS_SELECTOR, "code").text == ":rocket:"
    assert_no_asset_violations(driver)


def test_badge_and_rendered_labels(text_page: WebDriver) -> None:
    driver = text_page
    badge = driver.find_element(By.CSS_SELECTOR, "[data-kind=badge]")
    pill = badge.find_element(By.CSS_SELECTOR, ".st-badge.st-badge--green")
    assert pill.find_element(By.CSS_SELECTOR, ".st-badge__text").text == "Passing"
    assert pill.find_element(By.CSS_SELECTOR, ".st-icon").get_attribute("textContent") == "check"
    assert badge.find_element(By.CSS_SELECTOR, "[data-testid=st-help]").get_attribute("title") == "All tests pass"
    rich = driver.find_element(By.CSS_SELECTOR, '[data-widget-id$="#rich"]')
    label = rich.find_element(By.CSS_SELECTOR, ".st-widget__label")
    assert label.find_element(By.CSS_SELECTOR, ".st-color--orange strong").text == "Bold"
    assert label.find_element(By.CSS_SELECTOR, ".st-icon").get_attribute("textContent") == "star"
    wait_until(lambda: "🎉" in label.text or None, message="the label's shortcode became an emoji", timeout=15)
    box = rich.find_element(By.CSS_SELECTOR, "input[type=checkbox]")
    assert box.accessible_name == ":orange[**Bold**] label :material/star: :tada:"
    # Containers' labels too.
    summary = driver.find_element(By.CSS_SELECTOR, "[data-layout=expander] > summary")
    assert summary.find_element(By.CSS_SELECTOR, ".st-expander__label strong").text == "More"
    assert summary.find_element(By.CSS_SELECTOR, ".st-expander__label .st-icon").get_attribute("textContent") == "info"
    plain = driver.find_element(By.CSS_SELECTOR, '[data-widget-id$="#plain"] .st-widget__label')
    assert plain.get_attribute("innerHTML") == "Plain label"
    assert plain.get_attribute("aria-label") is None


def test_html_inline_is_sanitised_and_the_sandboxed_frame_is_isolated(text_page: WebDriver) -> None:
    driver = text_page
    inline = driver.find_element(By.ID, "inline-html")
    assert inline.text == "Inline HTML"
    assert inline.get_attribute("onclick") is None
    inline.click()
    assert driver.execute_script("return [window.__inlineRan, window.__inlineClicked]") == [None, None]
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-kind=html] script")
    frame = driver.find_element(By.CSS_SELECTOR, "[data-kind=html] iframe")
    assert frame.get_attribute("sandbox") == "allow-scripts"
    assert frame.get_dom_attribute("srcdoc") is None
    assert frame.size["height"] == 80
    driver.switch_to.frame(frame)
    try:
        wait_until(lambda: driver.find_element(By.ID, "frame-text").text.startswith("ran") or None,
                   message="the frame's script ran", timeout=15)
        report = driver.find_element(By.ID, "frame-text").text
    finally:
        driver.switch_to.default_content()
    assert "parent:blocked" in report, report
    assert "storage:blocked" in report, report
    assert "cookie:blocked" in report, report
    assert "origin:null" in report, report
    # The frame page is not a way around the page's policy: opened directly it is still sandboxed.
    policy = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch("_stcore/html-frame").then((r) => done(r.headers.get("content-security-policy")));
    """)
    assert policy.startswith("sandbox allow-scripts;"), policy
    assert_no_asset_violations(driver)
