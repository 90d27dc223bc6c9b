"""Charts end to end, in a real Chromium against the `charts` app of Tests/E2EApps (ChartApp.swift):

- each chart kind draws the expected number of marks, counted in the Vega view's scene graph (and
  in Plotly's drawn points), not in a screenshot;
- the page loads Vega and Plotly from the app itself (there is no network), under the CSP;
- an interval selection dragged with the mouse reaches the app as a typed range, and a Plotly box
  selection as point indices;
- every spec the charts send validates against Vega-Lite's JSON schema; a million-point line ships a
  few hundred points; a rerun sends nothing for unchanged charts.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import wait_idle, wait_until
from test_faults import AppServer, Page, apps_binary, running_app, open_session, receive_until_finished, rerun  # noqa: F401
from test_vega_schema import schema  # noqa: F401  (a fixture)

#: The Vega-Lite charts of the app, in order, and the marks each draws: (mark type, count).
EXPECTED_MARKS = [
    ("bars per category", "rect", 3),
    ("grouped bars", "rect", 6),
    ("two lines", "line", 2),
    ("two areas", "area", 2),
    ("scatter", "symbol", 6),
    ("million-point line", "line", 1),
    ("map", "symbol", 3),
    ("brushable scatter", "symbol", 6),
]
#: The most points a reduced line may ship: 400 buckets, a low and a high point each.
MAX_LINE_POINTS = 800

COUNT_MARKS = """
const [chart, markType] = arguments;
const view = chart.vegaView;
if (!view) return null;
let marks = 0, items = 0;
(function walk(node) {
  if (node.marktype === markType && node.role === "mark") {
    marks += 1;
    items += node.items.length;
  }
  for (const item of node.items || []) for (const child of item.items || []) walk(child);
})(view.scenegraph().root);
return {marks, items};
"""


@pytest.fixture
def chart_server(apps_binary: Path):  # noqa: F811
    with running_app(apps_binary, "charts") as server:
        yield server


@pytest.fixture
def chart_page(chart_server: AppServer, driver: WebDriver):
    driver.get(chart_server.url)
    wait_idle(driver)
    charts = "[data-kind=vegaLiteChart], [data-kind=plotlyChart]"
    wait_until(lambda: len(driver.find_elements(By.CSS_SELECTOR, charts)) == len(EXPECTED_MARKS) + 1 or None,
               message="every chart on the page")
    wait_until(lambda: all(e.get_attribute("data-chart-state") == "ready"
                           for e in driver.find_elements(By.CSS_SELECTOR, charts)) or None,
               message=lambda: "every chart drawn; states: " + str(
                   [e.get_attribute("data-chart-state") for e in driver.find_elements(By.CSS_SELECTOR, charts)]),
               timeout=30)
    return driver


def texts(driver: WebDriver) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, '[data-kind="text"]')]


def test_each_chart_kind_draws_its_marks(chart_page: WebDriver):
    driver = chart_page
    charts = driver.find_elements(By.CSS_SELECTOR, "[data-kind=vegaLiteChart]")
    found = []
    for (name, mark, expected), chart in zip(EXPECTED_MARKS, charts):
        counted = driver.execute_script(COUNT_MARKS, chart, mark)
        # A line or an area is one mark per series; bars and points are one item each.
        count = counted["marks"] if mark in ("line", "area") else counted["items"]
        found.append((name, count, expected))
    assert all(count == expected for _, count, expected in found), found
    line = charts[5]
    points = driver.execute_script("return arguments[0].vegaView.data('data').length", line)
    assert 0 < points <= MAX_LINE_POINTS, f"the million-point line drew {points} points"
    plotly_points = driver.execute_script(
        "return arguments[0].querySelectorAll('.scatterlayer .point').length",
        driver.find_element(By.CSS_SELECTOR, "[data-kind=plotlyChart]"))
    assert plotly_points == 4
    # Served by the app: no chart library came from anywhere else, and nothing broke the CSP.
    sources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => /vega|plotly/.test(n))")
    assert sources and all(source.startswith(driver.current_url.rstrip("/")) for source in sources), sources
    severe = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert not severe, severe


def test_an_interval_selection_dragged_with_the_mouse_reaches_the_app(chart_page: WebDriver):
    driver = chart_page
    assert "brushed nothing" in texts(driver)
    chart = driver.find_element(By.CSS_SELECTOR, '[data-widget-id="vegaLiteChart#brush"]')
    plot = driver.execute_script(
        """const view = arguments[0].vegaView;
        const box = arguments[0].querySelector('svg').getBoundingClientRect();
        const origin = view.origin();
        return {left: box.left + origin[0], top: box.top + origin[1], width: view.width(), height: view.height(),
                scale: view.scale('x').domain()};""", chart)
    svg = chart.find_element(By.CSS_SELECTOR, "svg")
    box = svg.rect
    # Drag across the middle half of the plot: units about 3 + (12 - 3) / 4 … 3 + 3 (12 - 3) / 4.
    start_x = plot["left"] - box["x"] + plot["width"] * 0.25 - box["width"] / 2
    end_x = plot["left"] - box["x"] + plot["width"] * 0.75 - box["width"] / 2
    y = plot["top"] - box["y"] + plot["height"] / 2 - box["height"] / 2
    (ActionChains(driver).move_to_element_with_offset(svg, int(start_x), int(y)).click_and_hold()
     .move_by_offset(int((end_x - start_x) / 2), 0).move_by_offset(int((end_x - start_x) / 2), 0).release().perform())
    brushed = wait_until(lambda: next((t for t in texts(driver) if t.startswith("brushed units")), None),
                         message=lambda: f"the brush in the app; texts {texts(driver)}")
    low, high = (int(part) for part in brushed.removeprefix("brushed units ").split("…"))
    domain_low, domain_high = plot["scale"]
    assert domain_low < low <= high < domain_high, (brushed, plot["scale"])


def test_a_plotly_box_selection_reaches_the_app(chart_page: WebDriver):
    driver = chart_page
    chart = driver.find_element(By.CSS_SELECTOR, '[data-widget-id="plotlyChart#plotly"]')
    layer = chart.find_element(By.CSS_SELECTOR, ".nsewdrag")
    box = layer.rect
    # The points sit at x = 1…4 across the plot; a box over the right half holds the last two.
    (ActionChains(driver).move_to_element_with_offset(layer, int(box["width"] * 0.05), int(-box["height"] * 0.45))
     .click_and_hold().move_by_offset(int(box["width"] * 0.2), int(box["height"] * 0.45))
     .move_by_offset(int(box["width"] * 0.2), int(box["height"] * 0.45)).release().perform())
    picked = wait_until(lambda: next((t for t in texts(driver) if t.startswith("plotly picked [") and t != "plotly picked []"), None),
                        message=lambda: f"the selection in the app; texts {texts(driver)}")
    assert picked == "plotly picked [2, 3]"


def test_the_specs_sent_are_valid_vega_lite_and_unchanged_charts_cost_nothing(chart_server: AppServer, schema: dict):  # noqa: F811
    validator = jsonschema.Draft7Validator(schema)
    page = Page()
    errors: list = []
    with open_session(chart_server) as (ws, _session):
        receive_until_finished(ws, page, errors)
        charts = [node for node in page.nodes() if node.get("kind") == "vegaLiteChart"]
        assert len(charts) == len(EXPECTED_MARKS)
        for (name, _, _), chart in zip(EXPECTED_MARKS, charts):
            problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(chart["spec"])]
            assert not problems, (name, problems)
        line = charts[5]
        shipped = len(line["datasets"][0]["columns"][0]["numbers"])
        assert 0 < shipped <= MAX_LINE_POINTS
        assert len(json.dumps(line)) < 40_000, "a million points ship as a few kilobytes"
        # A brush changes a text; every chart stays as it was and sends nothing.
        ws.send(rerun({"vegaLiteChart#brush": json.dumps({"brush": {"interval": {"units": [4, 9]}}})}))
        finished = receive_until_finished(ws, None, errors)
        assert not errors, errors
        ops = finished.get("ops", [])
        assert ops, "the brushed text changed"
        assert not [op for op in ops if op.get("node", {}).get("kind") in ("vegaLiteChart", "plotlyChart")], ops
        assert any(op.get("node", {}).get("text") == "brushed units 4…9" for op in ops), ops
