"""The XSS corpus, end to end: no payload may run, through any text path of the app API.

Tests/E2E/xss_payloads.txt holds the payloads (one a line; payload N calls `__xssHit(N)` if it
ever runs). The `xss` app of swiftlit-e2e-apps (Tests/E2EApps/XSSApp.swift) shows them a batch at a
time, each through every text path (Markdown, captions, headings, help, text, code, JSON, alerts,
exceptions, widget labels (rendered as inline Markdown), options, placeholders and values, chat,
toasts, badges, KaTeX formulas, container labels, metrics, table cells and column names, chart
labels, the page title and icon, a dialog title), and, in a separate section, through
`unsafeAllowHTML: true` Markdown, inline `st.html` and Plotly's titles (which read some tags as
markup).

Before any page script runs, a hook (Page.addScriptToEvaluateOnNewDocument, so in every frame)
defines `window.__xssHit`, replaces alert/confirm/prompt/print, and records CSP violations. Then:

- pass 1 bypasses the Content-Security-Policy (Page.setBypassCSP), so the sanitiser stands
  alone: for every batch of the sanitised section it checks that every payload is visible as text
  on every path, that no element carries an event-handler attribute, a forbidden tag or a
  javascript:/vbscript:/data: URL, dispatches hover and focus events on every element of the
  page, and expects no hit;
- pass 2 keeps the CSP: no hit in either section, no violation in the sanitised one; the
  violations of the unsafe section (raw HTML the CSP blocked) are reported;
- a third test bypasses the CSP on the unsafe section: the client's own hardening of server HTML
  (safe-html.js, defence in depth) must stop every payload by itself.

A canary (`<img onerror>` inserted by the test, outside the app) proves the hook and the bypass
work: it must run in passes 1 and 3, and be blocked, with a violation, in pass 2.

Proving that nothing ran needs some waiting: after each batch the test waits for every image of
the page to finish loading (or failing) and then for a short grace period (GRACE_SECONDS) in which
late handlers and frames would still report.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another.
Run with `-s` to see the per-path table and the timings.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import pytest

from conftest import (
    REPO_ROOT,
    STARTUP_TIMEOUT,
    DemoServer,
    free_port_number,
    last_run,
    wait_idle,
    wait_settled_after,
    wait_until,
)

PAYLOAD_FILE = Path(__file__).with_name("xss_payloads.txt")
DEFAULT_APPS_BINARY = REPO_ROOT / ".build" / "debug" / "swiftlit-e2e-apps"
MIN_PAYLOADS = 50
#: A batch of the sanitised section draws a few thousand elements; allow a slow machine.
RUN_TIMEOUT = 60.0
#: How long the page may take to show every path of a batch (charts and code highlighting are async).
RENDER_TIMEOUT = 15.0
#: After the images have settled: time for late handlers, frames and navigations to report.
GRACE_SECONDS = {"sanitised": 0.3, "unsafe": 1.0}

SECTION_WIDGET = "selectbox#xss-section"
BATCH_WIDGET = "selectbox#xss-batch"
SECTIONS = {"sanitised": 0, "unsafe": 1}


# --------------------------------------------------------------------------------------------------
# The payload file (decoded exactly as XSSApp.swift decodes it)


class PayloadFileError(ValueError):
    pass


def decode_payload(line: str, line_number: int) -> str:
    """Decodes `\\\\ \\t \\n \\r \\uXXXX \\u{X…}`; any other escape is an error."""
    out: list[str] = []
    i = 0
    while i < len(line):
        char = line[i]
        i += 1
        if char != "\\":
            out.append(char)
            continue
        if i >= len(line):
            raise PayloadFileError(f"line {line_number}: a lone backslash ends the line")
        escape = line[i]
        i += 1
        if escape in "\\tnr":
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[escape])
        elif escape == "u":
            if line.startswith("{", i):
                close = line.find("}", i)
                if close < 0:
                    raise PayloadFileError(f"line {line_number}: \\u{{ without }}")
                digits, i = line[i + 1:close], close + 1
            else:
                digits, i = line[i:i + 4], i + 4
                if len(digits) != 4:
                    raise PayloadFileError(f"line {line_number}: \\u needs four hex digits")
            if not (1 <= len(digits) <= 6 and re.fullmatch(r"[0-9A-Fa-f]+", digits)):
                raise PayloadFileError(f"line {line_number}: \\u{digits} is not a Unicode scalar")
            value = int(digits, 16)
            if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
                raise PayloadFileError(f"line {line_number}: \\u{digits} is not a Unicode scalar")
            out.append(chr(value))
        else:
            raise PayloadFileError(f"line {line_number}: unknown escape \\{escape}")
    return "".join(out)


def load_payloads(path: Path) -> list[str]:
    """The payloads in file order: payload N is element N - 1."""
    payloads = []
    with open(path, encoding="utf-8", newline="") as file:
        text = file.read()
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if line == "" or line.startswith("#"):
            continue
        payloads.append(decode_payload(line, number))
    return payloads


# --------------------------------------------------------------------------------------------------
# The server


class AppServer(DemoServer):
    """conftest's DemoServer, serving one app of swiftlit-e2e-apps with extra environment."""

    def __init__(self, binary: Path, app: str, environment: dict[str, str], port: int, log_dir: Path):
        super().__init__(binary, port, log_dir)
        self.app = app
        self.environment = environment

    def start(self, timeout: float = STARTUP_TIMEOUT) -> None:
        # DemoServer.start runs [binary, --server.port, …]: put the app's name first, add the environment.
        real_popen = subprocess.Popen

        def popen(args, **kwargs):
            kwargs["env"] = {**(kwargs.get("env") or os.environ), **self.environment}
            return real_popen([args[0], self.app, *args[1:]], **kwargs)

        with mock.patch.object(subprocess, "Popen", popen):
            super().start(timeout)


@pytest.fixture(scope="module")
def payloads() -> list[str]:
    return load_payloads(PAYLOAD_FILE)


@pytest.fixture(scope="module")
def xss_server(tmp_path_factory, request):
    binary = Path(os.environ.get("SWIFTLIT_E2E_APPS_BIN", DEFAULT_APPS_BINARY))
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        pytest.fail(
            f"no e2e apps binary at {binary}: build it first (swift build --product swiftlit-e2e-apps), "
            "or set SWIFTLIT_E2E_APPS_BIN",
            pytrace=False,
        )
    server = AppServer(
        binary, "xss", {"SWIFTLIT_XSS_PAYLOADS": str(PAYLOAD_FILE)}, free_port_number(),
        tmp_path_factory.mktemp("xss-server"),
    )
    failures_before = request.session.testsfailed
    server.start()
    try:
        yield server
    finally:
        server.stop()
        if request.session.testsfailed > failures_before:
            print(f"\n===== xss server log\n{server.log_text()[-20000:]}")


# --------------------------------------------------------------------------------------------------
# In the browser

#: Installed in every frame before any of its scripts. Hits and violations of child frames go to
#: the top frame (by postMessage, which also works from opaque-origin frames such as data: URLs).
HOOK = r"""
(() => {
  if (Object.prototype.hasOwnProperty.call(window, "__xss")) return;
  const isTop = window === window.top;
  const store = { hits: [], violations: [], toasts: [], scriptsAtInstall: document.scripts.length };
  Object.defineProperty(window, "__xss", { value: store });
  const str = (value) => { try { return String(value); } catch { return "?"; } };

  /** The element something came from: its case container, its element kind, its HTML. */
  function origin(node) {
    if (!(node instanceof Element)) return null;
    let caseName = null;
    for (let el = node; el !== null && caseName === null; el = el.parentElement) {
      if (el.getAttribute("data-kind") !== "block") continue;
      const marker = el.querySelector(':scope > [data-st-children] > [data-kind="text"]:first-child > pre');
      if (marker !== null && /^xss-(case|unsafe) \d+$/.test(marker.textContent)) caseName = marker.textContent;
    }
    const kind = node.closest("[data-kind]");
    return { case: caseName, kind: kind === null ? null : kind.getAttribute("data-kind"),
             html: node.outerHTML.slice(0, 600) };
  }
  function frameOrigin() {
    if (isTop) return null;
    try { return origin(window.frameElement); } catch { return null; }
  }
  function report(entry) {
    entry.frame = isTop ? "top" : str(location.href).slice(0, 200);
    if (isTop) (entry.type === "violation" ? store.violations : store.hits).push(entry);
    else try { window.top.postMessage({ __xssReport: entry }, "*"); } catch {}
  }
  function record(type, value) {
    const event = window.event;
    report({ type, value: str(value), event: event ? event.type : null,
             origin: origin(event && event.target) || origin(document.currentScript) || frameOrigin() });
  }
  Object.defineProperty(window, "__xssHit", { value: function (n) { record("hit", n); } });
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    try {
      Object.defineProperty(window, name, {
        value: function (message) { record(name, message); return name === "confirm" ? false : null; },
      });
    } catch {}
  }
  document.addEventListener("securitypolicyviolation", (event) => {
    report({ type: "violation", directive: event.effectiveDirective, disposition: event.disposition,
             blocked: str(event.blockedURI).slice(0, 200), sample: str(event.sample).slice(0, 120),
             origin: origin(event.target) || frameOrigin() });
  }, true);
  if (isTop) {
    // Toasts leave after a few seconds, maybe before a long run ends: keep what each one showed.
    const watchToasts = () => {
      const region = document.getElementById("st-toasts");
      if (region === null) return;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) {
          if (!(node instanceof Element) || node.getAttribute("data-testid") !== "st-toast-message") continue;
          const icon = node.querySelector(".st-toast__icon");
          const body = node.querySelector(".st-toast__body");
          let text = body === null ? "" : body.textContent;
          if (body !== null) for (const sub of body.querySelectorAll("[alt], [title]")) text += " " + (sub.getAttribute("alt") || "") + " " + (sub.getAttribute("title") || "");
          store.toasts.push({ icon: icon === null ? null : icon.textContent, text });
        }
      }).observe(region, { childList: true });
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchToasts);
    else watchToasts();
    window.addEventListener("message", (event) => {
      const entry = event.data && event.data.__xssReport;
      if (entry && typeof entry === "object") {
        entry.via = "postMessage";
        (entry.type === "violation" ? store.violations : store.hits).push(entry);
      }
    });
  }
})();
"""

#: Shared by the checks below: what a browser would make of a URL, and the case containers.
COMMON_JS = r"""
const APP = document.getElementById("swiftlit-app");
/** "javascript", "vbscript" or "data" when the URL has that scheme, as the URL parser sees it. */
function schemeOf(value) {
  if (typeof value !== "string") return null;
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  let scheme = (/^([A-Za-z][A-Za-z0-9+.\-]*):/.exec(cleaned) || [])[1];
  scheme = scheme === undefined ? "" : scheme.toLowerCase();
  let parsed = "";
  try { parsed = new URL(value, document.baseURI).protocol.slice(0, -1).toLowerCase(); } catch {}
  for (const s of [scheme, parsed]) if (s === "javascript" || s === "vbscript" || s === "data") return s;
  return null;
}
/** The case containers on the page: number → the element holding the case's children. */
function cases(prefix) {
  const found = new Map();
  for (const pre of APP.querySelectorAll('[data-kind="text"] > pre')) {
    const match = new RegExp(`^${prefix} (\\d+)$`).exec(pre.textContent);
    if (match === null) continue;
    const children = pre.parentElement.parentElement;
    if (children.firstElementChild === pre.parentElement) found.set(Number(match[1]), children);
  }
  return found;
}
"""

#: Every path of every payload of the batch on the page: is the payload there, as text?
PRESENCE_JS = COMMON_JS + r"""
const batch = arguments[0];  // [[number, payload], …]
const results = [];
const shown = cases("xss-case");
// document.title collapses whitespace; Chrome also counts C0 controls, DEL and U+2028/9 as spaces.
const collapse = (s) => s.replace(/[\u0000-\u0020\u007f\u2028\u2029]+/g, " ").trim();
for (const [n, p] of batch) {
  const box = shown.get(n);
  const check = (path, ok, detail) => results.push([n, path, Boolean(ok), ok ? "" : String(detail ?? "")]);
  if (box === undefined) { check("case container", false, "no container"); continue; }
  const kids = [...box.children];
  const byKind = (kind) => kids.filter((k) => k.getAttribute("data-kind") === kind);
  const byLayout = (layout) => kids.filter((k) => k.getAttribute("data-layout") === layout);
  const widget = (suffix) => box.querySelector(`[data-widget-id$="#xss-${n}-${suffix}"]`);
  const marker = `xssHit(${n})`;
  const visible = (el) => {
    if (!el) return "";
    let text = el.textContent;
    for (const sub of el.querySelectorAll("[alt], [title]")) text += " " + (sub.getAttribute("alt") || "") + " " + (sub.getAttribute("title") || "");
    return text;
  };
  const md = (path, el) => check(path, visible(el).includes(marker), el ? `no ${marker} in ${JSON.stringify(visible(el).slice(0, 200))}` : "element missing");
  const exact = (path, actual, expected = p) => check(path, actual === expected, `shows ${JSON.stringify(actual === undefined || actual === null ? actual : String(actual).slice(0, 200))}`);
  const text = (el) => (el ? el.textContent : undefined);
  const help = (path, el) => {
    const badge = el ? el.querySelector('[data-testid="st-help"]') : null;
    exact(`${path} help`, badge ? badge.getAttribute("title") : null);
    exact(`${path} help text`, badge ? text(badge.querySelector(".st-help__text")) : null);
  };
  const label = (el) => text(el ? el.querySelector(".st-widget__label") : null);

  // Markdown, rendered on the server.
  const [markdownEl, writeEl] = byKind("markdown");
  md("markdown", markdownEl && markdownEl.querySelector(".st-markdown__body"));
  help("markdown", markdownEl);
  const captionEl = byKind("caption")[0];
  md("caption", captionEl && captionEl.querySelector(".st-markdown__body"));
  help("caption", captionEl);
  md("write", writeEl && writeEl.querySelector(".st-markdown__body"));
  const headings = byKind("heading");
  ["title", "header", "subheader"].forEach((name, i) => {
    const h = headings[i];
    md(name, h && h.querySelector(".st-heading__text"));
    help(name, h);
  });
  const h3 = headings[2] && headings[2].querySelector("h3");
  exact("subheader anchor", h3 ? h3.id : null);
  const alerts = byKind("alert");
  ["success", "info", "warning", "error"].forEach((variant, i) => {
    const a = alerts[i];
    check(`${variant} variant`, a && a.getAttribute("data-variant") === variant, "missing");
    md(variant, a && a.querySelector(".st-alert__body"));
    exact(`${variant} icon`, text(a && a.querySelector(".st-alert__icon")));
  });
  md("progress text", byKind("progress")[0] && byKind("progress")[0].querySelector(".st-progress__text"));
  const badge = byKind("badge")[0];
  md("badge", badge && badge.querySelector(".st-badge__text"));
  exact("badge icon", text(badge && badge.querySelector(".st-badge__icon")));
  help("badge", badge);
  const latex = byKind("latex")[0];
  md("latex", latex && latex.querySelector(".st-latex__body"));
  help("latex", latex);
  const chat = byLayout("chatMessage")[0];
  md("chatMessage content", chat && chat.querySelector('[data-kind="markdown"]'));
  exact("chatMessage name", chat ? chat.getAttribute("data-name") : null);
  exact("chatMessage avatar", text(chat && chat.querySelector('[data-testid="st-chat-avatar"]')), (Array.from(p.trim())[0] || "?").toUpperCase());
  const toasts = window.__xss.toasts.filter((t) => t.icon === p);  // every toast shown, recorded by the hook
  check("toast icon", toasts.length > 0, "no toast with this icon");
  check("toast", toasts.some((t) => t.text.includes(marker)), toasts.length > 0 ? `no ${marker} in ${JSON.stringify(toasts[0].text.slice(0, 200))}` : "no toast");

  // Plain text.
  const texts = byKind("text");
  exact("text", text(texts[1] && texts[1].querySelector("pre")));
  help("text", texts[1]);
  const codes = byKind("code");
  // Prism re-parses highlighted code as HTML, which drops NUL and turns CR into LF: not a loss that matters.
  exact("code (html, highlighted)", text(codes[0] && codes[0].querySelector("code")), p.replace(/\0/g, "").replace(/\r\n?/g, "\n"));
  exact("code (plain)", text(codes[1] && codes[1].querySelector("code")));
  const json = byKind("json")[0];
  check("json key", json && [...json.querySelectorAll(".st-json__key")].some((k) => k.textContent === JSON.stringify(p) + ": "), "key missing");
  check("json value", json && [...json.querySelectorAll(".st-json__value")].some((k) => k.textContent === JSON.stringify(p)), "value missing");
  exact("exception", text(byKind("exception")[0] && byKind("exception")[0].querySelector(".st-exception__message")));
  const metric = byKind("metric")[0];
  exact("metric label", text(metric && metric.querySelector('[data-testid="st-metric-label"] > span')));
  exact("metric value", text(metric && metric.querySelector('[data-testid="st-metric-value"]')));
  exact("metric delta", text(metric && metric.querySelector('[data-testid="st-metric-delta"] > span:last-child')));
  help("metric", metric);

  // Widgets.
  for (const [name, suffix] of [["button", "button"], ["checkbox", "checkbox"], ["toggle", "toggle"],
      ["textInput", "text-input"], ["textArea", "text-area"], ["numberInput", "number"], ["slider", "slider"],
      ["selectbox", "selectbox"], ["selectbox (no choice)", "selectbox-empty"], ["radio", "radio"],
      ["multiselect", "multiselect"]]) {
    const w = widget(suffix);
    // A label is inline Markdown: it shows rendered (labelHTML) when it has some, and then keeps the
    // payload as its accessible name (aria-label); otherwise it is the payload as text.
    const labelEl = w && (name === "button" ? w.querySelector("button.st-button") : w.querySelector(".st-widget__label"));
    if (labelEl && labelEl.hasAttribute("aria-label")) {
      exact(`${name} label (accessible name)`, labelEl.getAttribute("aria-label"));
      md(`${name} label (rendered)`, labelEl);
    } else exact(`${name} label`, text(labelEl));
    help(name, w);
  }
  const input = widget("text-input") && widget("text-input").querySelector("input");
  exact("textInput value", input ? input.value : null, p.replace(/[\r\n]/g, ""));
  exact("textInput placeholder", input ? input.getAttribute("placeholder") : null);
  const area = widget("text-area") && widget("text-area").querySelector("textarea");
  exact("textArea value", area ? area.value : null, p.replace(/\r\n?/g, "\n"));
  exact("textArea placeholder", area ? area.getAttribute("placeholder") : null);
  const number = widget("number") && widget("number").querySelector("input");
  exact("numberInput placeholder", number ? number.getAttribute("placeholder") : null);
  const options = (w) => (w ? [...w.querySelectorAll("option")].map((o) => o.textContent) : []);
  check("selectbox options", JSON.stringify(options(widget("selectbox"))) === JSON.stringify([p, `${p} (2)`]), JSON.stringify(options(widget("selectbox"))).slice(0, 200));
  check("selectbox placeholder", JSON.stringify(options(widget("selectbox-empty"))) === JSON.stringify([p, p]), JSON.stringify(options(widget("selectbox-empty"))).slice(0, 200));
  const radio = widget("radio");
  const radioOptions = radio ? [...radio.querySelectorAll("label.st-radio")] : [];
  check("radio options", radioOptions.length === 2 && text(radioOptions[0].querySelector("span")) === p
    && radioOptions[0].querySelector("input").getAttribute("data-option") === p
    && text(radioOptions[1].querySelector("span")) === `${p} (2)`, "options differ");
  check("radio captions", radioOptions.length === 2 && radioOptions.every((o) => text(o.querySelector(".st-radio__caption")) === p), "captions differ");
  const multi = widget("multiselect");
  const chip = multi && multi.querySelector('[data-testid="st-multiselect-chip"]');
  check("multiselect chip", chip && text(chip.querySelector("span")) === p
    && chip.querySelector("button").getAttribute("data-option") === p, "chip differs");
  check("multiselect options and placeholder", JSON.stringify(options(multi)) === JSON.stringify([p, `${p} (2)`]), JSON.stringify(options(multi)).slice(0, 200));
  const chatInput = widget("chat-input");
  exact("chatInput placeholder", chatInput && chatInput.querySelector("textarea") ? chatInput.querySelector("textarea").getAttribute("placeholder") : null);

  // Containers' labels.
  exact("status label", text(byLayout("status")[0] && byLayout("status")[0].querySelector(":scope > summary .st-expander__label")));
  // Container labels are inline Markdown like widget labels (see above).
  const containerLabel = (path, el) => {
    if (el && el.hasAttribute("aria-label")) {
      exact(`${path} (accessible name)`, el.getAttribute("aria-label"));
      md(`${path} (rendered)`, el);
    } else exact(path, text(el));
  };
  const expander = byLayout("expander")[0];
  containerLabel("expander label", expander && expander.querySelector(":scope > summary .st-expander__label"));
  exact("expander icon", text(expander && expander.querySelector(":scope > summary .st-expander__icon")));
  const popover = byLayout("popover")[0];
  containerLabel("popover label", popover && popover.querySelector('[data-testid="st-popover-button"] .st-expander__label'));
  help("popover", popover);
  const tabs = byLayout("tabs")[0];
  containerLabel("tab label", tabs && tabs.querySelector('[data-testid="st-tab"]'));

  // Data.
  const frame = byKind("dataframe")[0];
  const header = frame && frame.querySelector('[data-testid="st-dataframe-column-header"]');
  exact("dataframe column name", text(header));
  const cells = frame ? [...frame.querySelectorAll('[data-testid="st-dataframe-cell"][data-column-type="text"]')] : [];
  check("dataframe cells", cells.length === 2 && cells.every((c) => c.textContent === p), `${cells.length} text cells`);
  // Vega draws labels as SVG text (truncating long ones with "…"): the payload is the start of a
  // legend label and of both axis titles, as text.
  const chart = byKind("vegaLiteChart")[0];
  const svgTexts = chart ? [...chart.querySelectorAll("svg text")].map((t) => t.textContent) : [];
  const spaced = (s) => s.replace(/\s+/g, " ").trim();
  const shows = (t) => spaced(t).length > 1 && spaced(p).startsWith(spaced(t.replace(/…$/, "")));
  check("chart series name and axis titles", svgTexts.filter(shows).length >= 3, JSON.stringify(svgTexts).slice(0, 300));
}

// The page: title, icon and the dialog get the batch's payloads joined.
const joined = batch.map(([, p]) => p).join(" | ");
const page = (path, ok, detail) => results.push([0, path, Boolean(ok), ok ? "" : String(detail ?? "")]);
page("page title", collapse(document.title) === collapse(joined), JSON.stringify(document.title.slice(0, 200)));
const icon = document.querySelector('link[rel="icon"]');
const href = icon ? icon.getAttribute("href") : "";
const prefix = "data:image/svg+xml,";
let svg = "";
try { svg = href.startsWith(prefix) ? decodeURIComponent(href.slice(prefix.length)) : ""; } catch {}
const inner = /^<svg [^<>]*><text [^<>]*>([^<]*)<\/text><\/svg>$/.exec(svg);
const unescape = (s) => s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
page("page icon", inner !== null && unescape(inner[1]) === joined, `favicon ${JSON.stringify(svg.slice(0, 300))}`);
const dialogTitle = document.querySelector('#st-event [data-layout="dialog"] .st-dialog__title');
page("dialog title", dialogTitle !== null && dialogTitle.textContent === joined, dialogTitle ? JSON.stringify(dialogTitle.textContent.slice(0, 200)) : "no dialog");
return { results, shown: [...shown.keys()] };
"""

#: What must never be in the page: event-handler attributes, script-capable tags, dangerous URLs;
#: with `arguments[0]` (the sanitised section), inside rendered Markdown only the tags and
#: attributes cmark-gfm (and Prism) produce.
SCAN_JS = COMMON_JS + r"""
const strict = arguments[0];
const URL_ATTRIBUTES = new Set(["href", "xlink:href", "src", "action", "formaction", "data", "poster", "background",
  "ping", "cite", "codebase", "lowsrc", "dynsrc", "longdesc", "usemap", "manifest", "icon", "classid", "archive",
  "profile", "srcset", "imagesrcset"]);
const FORBIDDEN_TAGS = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta",
  "link", "style", "template", "math", "portal", "noscript", "xmp", "plaintext", "noembed", "noframes", "isindex",
  "marquee", "form", "video", "audio", "source", "animate", "set", "foreignobject", "use"]);
const MARKDOWN_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code",
  "hr", "br", "em", "strong", "a", "img", "del", "table", "thead", "tbody", "tr", "th", "td", "input", "span"]);
const MARKDOWN_ATTRIBUTES = new Set(["href", "title", "src", "alt", "class", "lang", "start", "align", "type", "checked",
  "disabled", "aria-hidden", "translate"]);
const MARKDOWN_BODIES = ".st-markdown__body, .st-alert__body, .st-toast__body, .st-progress__text, .st-heading__text, .st-badge__text";
const findings = [];
const where = (el) => {
  const origin = { tag: el.localName, html: el.outerHTML.slice(0, 600) };
  for (let up = el; up !== null; up = up.parentElement) {
    if (up.getAttribute("data-kind") === "block") {
      const marker = up.querySelector(':scope > [data-st-children] > [data-kind="text"]:first-child > pre');
      if (marker !== null && /^xss-(case|unsafe) \d+$/.test(marker.textContent)) { origin.case = marker.textContent; break; }
    }
  }
  const kind = el.closest("[data-kind]");
  origin.kind = kind === null ? null : kind.getAttribute("data-kind");
  return origin;
};
const find = (problem, el) => findings.push({ problem, ...where(el) });
for (const el of APP.querySelectorAll("*")) {
  // KaTeX's output carries MathML for screen readers: <math> there is KaTeX's, not the payload's.
  const katexMath = el.localName === "math" && el.closest(".katex-mathml") !== null;
  if (FORBIDDEN_TAGS.has(el.localName) && !katexMath) find(`<${el.localName}> element`, el);
  for (const attribute of el.attributes) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith("on")) find(`event handler attribute ${name}`, el);
    else if (name === "srcdoc") find("srcdoc attribute", el);
    else if (URL_ATTRIBUTES.has(name)) {
      const scheme = schemeOf(attribute.value);
      // An <img> cannot run any data: URL (SVG images run no script): the renderer allows them.
      if (scheme !== null && !(scheme === "data" && el.localName === "img" && name === "src")) {
        find(`${scheme}: URL in ${name}=${JSON.stringify(attribute.value.slice(0, 120))}`, el);
      }
    }
  }
}
for (const body of strict ? APP.querySelectorAll(MARKDOWN_BODIES) : []) {
  for (const el of body.querySelectorAll("*")) {
    if (!MARKDOWN_TAGS.has(el.localName)) find(`<${el.localName}> in rendered Markdown`, el);
    for (const attribute of el.attributes) {
      if (!MARKDOWN_ATTRIBUTES.has(attribute.name)) find(`attribute ${attribute.name} in rendered Markdown`, el);
    }
  }
}
const dataImages = [...APP.querySelectorAll("img[src]")].filter((img) => schemeOf(img.getAttribute("src")) === "data").length;
return { findings, dataImages, baseURI: document.baseURI };
"""

#: Hovers and focuses every element (synthetic events fire inline handlers, if there were any),
#: and follows every javascript: link and form of the page, which would run them.
PROBE_JS = COMMON_JS + r"""
const TYPES = ["pointerover", "pointerenter", "mouseover", "mouseenter", "mousemove", "focus", "focusin",
  "pointerout", "pointerleave", "mouseout", "mouseleave"];
const followed = [];
for (const el of APP.querySelectorAll("*")) {
  for (const type of TYPES) {
    const bubbles = !type.endsWith("enter") && !type.endsWith("leave") && type !== "focus";
    const event = type.startsWith("pointer") ? new PointerEvent(type, { bubbles })
      : type.startsWith("focus") ? new FocusEvent(type, { bubbles }) : new MouseEvent(type, { bubbles });
    try { el.dispatchEvent(event); } catch {}
  }
}
for (const el of APP.querySelectorAll("[href], [xlink\\:href]")) {
  const href = el.getAttribute("href") ?? el.getAttribute("xlink:href");
  if (schemeOf(href) !== "javascript") continue;
  followed.push(el.outerHTML.slice(0, 300));
  try { el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true })); } catch {}
}
for (const el of APP.querySelectorAll("svg a:not([href]):not([xlink\\:href])")) {
  // No URL to follow, unless an <animate>/<set> gave it one: clicking is harmless otherwise.
  followed.push(el.outerHTML.slice(0, 300));
  try { el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true })); } catch {}
}
for (const form of APP.querySelectorAll("form")) {
  if (schemeOf(form.getAttribute("action")) !== "javascript") continue;
  followed.push(form.outerHTML.slice(0, 300));
  try { form.requestSubmit(); } catch {}
}
for (const el of APP.querySelectorAll("[formaction]")) {
  if (schemeOf(el.getAttribute("formaction")) !== "javascript") continue;
  followed.push(el.outerHTML.slice(0, 300));
  try { el.click(); } catch {}
}
return followed;
"""

TAKE_JS = """
const store = window.__xss;
return { hits: store.hits.splice(0), violations: store.violations.splice(0) };
"""

CANARY_JS = """
const box = document.createElement("div");
box.id = "xss-canary";
box.innerHTML = '<img src="xss-canary-missing.png" onerror="__xssHit(\\'canary\\')">';
document.body.append(box);
"""


@dataclass
class PassReport:
    """What one pass over one section saw."""

    section: str
    batches: int = 0
    seconds: float = 0.0
    shown: list[int] = field(default_factory=list)
    checks: Counter = field(default_factory=Counter)
    failures: list[tuple[int, str, str]] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    hits: list[dict] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    followed: list[str] = field(default_factory=list)
    data_images: int = 0
    batch_seconds: list[float] = field(default_factory=list)

    def path_table(self) -> str:
        failed = Counter(path for _, path, _ in self.failures)
        rows = [f"  {path:<40} {count - failed[path]:>4}/{count}" for path, count in sorted(self.checks.items())]
        return "\n".join(rows)


def open_corpus(driver, server: AppServer, bypass_csp: bool) -> None:
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": bypass_csp})
    driver.get(server.url)
    wait_idle(driver, RUN_TIMEOUT)
    installed = driver.execute_script("return window.__xss ? window.__xss.scriptsAtInstall : null")
    assert installed == 0, f"the XSS hook was not installed before the page's scripts ({installed!r})"


def choose(driver, widget_id: str, index: int) -> bool:
    """Chooses option `index` of a selectbox (by script: a modal dialog may cover the page).

    Returns whether that changed the choice (and so caused a run, which has finished).
    """
    before = last_run(driver)
    changed = driver.execute_script(
        """
        const select = document.querySelector(`[data-widget-id="${arguments[0]}"] select`);
        if (select === null) throw new Error(`no selectbox ${arguments[0]}`);
        if (select.value === String(arguments[1])) return false;
        select.value = String(arguments[1]);
        select.dispatchEvent(new Event("change", { bubbles: true }));
        return true;
        """,
        widget_id,
        index,
    )
    if changed:
        wait_settled_after(driver, before, RUN_TIMEOUT)
    return changed


def batch_count(driver) -> int:
    return driver.execute_script(
        f'return document.querySelector(\'[data-widget-id="{BATCH_WIDGET}"] select\').options.length'
    )


def settle(driver, section: str) -> None:
    """Waits for every image to load or fail, then for the grace period."""
    wait_until(
        lambda: driver.execute_script("return [...document.images].every((img) => img.complete)"),
        "images still loading",
        RENDER_TIMEOUT,
    )
    time.sleep(GRACE_SECONDS[section])


def run_section(driver, payloads: list[str], section: str) -> PassReport:
    """Shows every batch of a section; checks, probes and collects what ran."""
    report = PassReport(section)
    started = time.monotonic()
    current = driver.execute_script(
        f'return Number(document.querySelector(\'[data-widget-id="{SECTION_WIDGET}"] select\').value)'
    )
    if current != SECTIONS[section]:
        # Leave the other section at its first batch (a page already inspected) and drop what it
        # reported, so that the first batch of this section is drawn, and counted, once.
        choose(driver, BATCH_WIDGET, 0)
        driver.execute_script(TAKE_JS)
        choose(driver, SECTION_WIDGET, SECTIONS[section])
    report.batches = batch_count(driver)
    prefix = "xss-case" if section == "sanitised" else "xss-unsafe"
    for batch in range(report.batches):
        batch_started = time.monotonic()
        choose(driver, BATCH_WIDGET, batch)
        shown = driver.execute_script(COMMON_JS + "return [...cases(arguments[0]).keys()];", prefix)
        report.shown += shown
        if section == "sanitised":
            batch_payloads = [[n, payloads[n - 1]] for n in shown if 1 <= n <= len(payloads)]
            # A path counts as shown once it has been: toasts leave after a few seconds.
            seen: dict[tuple[int, str], str] = {}

            def all_present() -> bool:
                for n, path, ok, detail in driver.execute_script(PRESENCE_JS, batch_payloads)["results"]:
                    if ok or seen.get((n, path)) != "":
                        seen[(n, path)] = "" if ok else detail
                return all(detail == "" for detail in seen.values())

            try:
                wait_until(all_present, "not every path shows its payload", RENDER_TIMEOUT)
            except AssertionError:
                pass  # recorded below, with the rest
            for (n, path), detail in seen.items():
                report.checks[path] += 1
                if detail != "":
                    report.failures.append((n, path, detail))
        scan = driver.execute_script(SCAN_JS, section == "sanitised")
        report.findings += scan["findings"]
        report.data_images += scan["dataImages"]
        report.followed += driver.execute_script(PROBE_JS)
        settle(driver, section)
        taken = driver.execute_script(TAKE_JS)
        report.hits += taken["hits"]
        report.violations += taken["violations"]
        report.batch_seconds.append(time.monotonic() - batch_started)
    report.seconds = time.monotonic() - started
    return report


def canary(driver) -> dict:
    """Inserts `<img src=missing onerror=__xssHit('canary')>` outside the app; returns what happened."""
    driver.execute_script(TAKE_JS)
    driver.execute_script(CANARY_JS)
    settle(driver, "sanitised")
    taken = driver.execute_script(TAKE_JS)
    driver.execute_script("document.getElementById('xss-canary').remove()")
    return taken


def describe(entries: list[dict], limit: int = 20) -> str:
    lines = [f"  - {entry}" for entry in entries[:limit]]
    if len(entries) > limit:
        lines.append(f"  … and {len(entries) - limit} more")
    return "\n".join(lines)


def hit_numbers(hits: list[dict]) -> list[str]:
    return sorted({hit["value"] for hit in hits}, key=lambda v: (not v.isdigit(), int(v) if v.isdigit() else 0, v))


def summary(name: str, report: PassReport, payloads: list[str]) -> str:
    timing = ", ".join(f"{s:.1f}" for s in report.batch_seconds)
    text = [
        f"\n===== {name}: section {report.section}, {report.batches} batches in {report.seconds:.1f} s "
        f"(per batch: {timing})",
        f"payloads shown: {len(set(report.shown))} of {len(payloads)}; hits: {len(report.hits)} "
        f"(payloads {hit_numbers(report.hits)}); CSP violations: {len(report.violations)}; "
        f"forbidden DOM: {len(report.findings)}; javascript: links/forms followed: {len(report.followed)}; "
        f"<img> with data: src: {report.data_images}",
    ]
    if report.findings:
        kinds = Counter(re.sub(r"=.*|[a-z]+: URL in ", "", f["problem"]) for f in report.findings)
        cases = sorted({f.get("case", "(page)") for f in report.findings}, key=str)
        text.append(f"forbidden DOM by kind: {dict(kinds)}\nin: {', '.join(cases)}")
    if report.checks:
        text.append("per-path presence (payload shown as text):\n" + report.path_table())
    if report.violations:
        directives = Counter(v.get("directive") for v in report.violations)
        text.append(f"violations by directive: {dict(directives)}")
    return "\n".join(text)


# --------------------------------------------------------------------------------------------------
# Tests


def test_payload_file_has_the_corpus(payloads: list[str]) -> None:
    assert len(payloads) >= MIN_PAYLOADS, f"{PAYLOAD_FILE.name} has {len(payloads)} payloads; at least {MIN_PAYLOADS} wanted"
    misnumbered = [n for n, payload in enumerate(payloads, start=1) if f"xssHit({n})" not in payload]
    assert not misnumbered, (
        f"payloads {misnumbered} do not mention xssHit(N) with their own number N (their place in the file, "
        "comments not counted): renumber them"
    )
    duplicates = [p for p, count in Counter(payloads).items() if count > 1]
    assert not duplicates, f"duplicate payloads: {duplicates}"


def test_sanitiser_alone_runs_no_payload(xss_server: AppServer, driver, payloads: list[str]) -> None:
    """Pass 1: the CSP bypassed. Every path shows every payload as text, and nothing runs."""
    open_corpus(driver, xss_server, bypass_csp=True)
    count = driver.execute_script(COMMON_JS + """
        const pre = [...APP.querySelectorAll('[data-kind="text"] > pre')].find((p) => /^xss-count \\d+$/.test(p.textContent));
        return pre ? Number(pre.textContent.split(" ")[1]) : null;""")
    assert count == len(payloads), f"the app read {count} payloads, the test {len(payloads)}"
    base = driver.execute_script("return document.baseURI")
    report = run_section(driver, payloads, "sanitised")
    live = canary(driver)
    print(summary("pass 1 (sanitiser alone, CSP bypassed)", report, payloads))

    assert any(hit["value"] == "canary" for hit in live["hits"]), (
        f"the canary <img onerror> did not run with the CSP bypassed: the hook or the bypass is broken ({live})"
    )
    assert report.hits == [], (
        f"{len(report.hits)} payload executions through the sanitised paths (payloads "
        f"{hit_numbers(report.hits)}):\n{describe(report.hits)}\nlinks and forms followed:\n{describe(report.followed)}"
    )
    assert report.findings == [], (
        f"{len(report.findings)} dangerous or unexpected DOM constructs in the sanitised section:\n"
        f"{describe(report.findings, 40)}"
    )
    assert report.followed == [], f"javascript: links or forms on the page: {report.followed[:10]}"
    assert sorted(report.shown) == list(range(1, len(payloads) + 1)), "the batches do not show every payload once"
    assert report.failures == [], (
        f"{len(report.failures)} paths do not show their payload as text:\n"
        + "\n".join(f"  - payload {n}: {path}: {detail}" for n, path, detail in report.failures[:40])
    )
    assert driver.execute_script("return document.baseURI") == base, "a payload changed the document's base URL"


def test_csp_blocks_every_payload(xss_server: AppServer, driver, payloads: list[str]) -> None:
    """Pass 2: the server's CSP in force. No hit anywhere; violations only in the unsafe section."""
    open_corpus(driver, xss_server, bypass_csp=False)
    sanitised = run_section(driver, payloads, "sanitised")
    print(summary("pass 2 (with the CSP)", sanitised, payloads))
    unsafe = run_section(driver, payloads, "unsafe")
    print(summary("pass 2 (with the CSP)", unsafe, payloads))
    blocked = canary(driver)
    by_payload = Counter((v.get("origin") or {}).get("case") for v in unsafe.violations)
    print(f"unsafe-section violations by case: {dict(sorted(by_payload.items(), key=str))}")

    assert sanitised.hits == [] and unsafe.hits == [], (
        f"payload executions with the CSP in force: sanitised {hit_numbers(sanitised.hits)}, "
        f"unsafeAllowHTML {hit_numbers(unsafe.hits)}:\n{describe(sanitised.hits + unsafe.hits)}"
    )
    assert sanitised.violations == [], (
        f"{len(sanitised.violations)} CSP violations in the sanitised section (something tried to run):\n"
        f"{describe(sanitised.violations)}"
    )
    assert not any(hit["value"] == "canary" for hit in blocked["hits"]) and blocked["violations"], (
        f"the canary <img onerror> was not blocked by a CSP violation: is the Content-Security-Policy missing? ({blocked})"
    )
    assert sorted(unsafe.shown) == list(range(1, len(payloads) + 1)), "the unsafe batches do not show every payload once"


def test_client_hardening_alone_stops_unsafe_html(xss_server: AppServer, driver, payloads: list[str]) -> None:
    """`unsafeAllowHTML: true` with the CSP bypassed: only the client's hardening (safe-html.js).

    The server passes this raw HTML on by design; the browser client parses every HTML string
    inertly and strips event handlers, script-capable elements and javascript: URLs before
    inserting it, as defence in depth behind the CSP. Nothing may run with that layer alone.
    """
    open_corpus(driver, xss_server, bypass_csp=True)
    report = run_section(driver, payloads, "unsafe")
    live = canary(driver)
    print(summary("unsafeAllowHTML, CSP bypassed (client hardening alone)", report, payloads))
    assert any(hit["value"] == "canary" for hit in live["hits"]), f"the canary did not run: the hook is broken ({live})"
    assert sorted(report.shown) == list(range(1, len(payloads) + 1)), "the unsafe batches do not show every payload once"
    assert report.hits == [], (
        f"{len(report.hits)} executions of unsafeAllowHTML payloads with only the client's hardening in the way "
        f"(payloads {hit_numbers(report.hits)}):\n{describe(report.hits)}\n"
        f"links and forms the probe followed:\n{describe(report.followed)}"
    )
