"""Validates the Vega-Lite builder's output against Vega-Lite's own JSON schema.

`swiftlit-e2e-apps vega-specs` (Tests/E2EApps/VegaSpecs.swift) prints a catalogue of specs that
use every part of the builder. The schema comes from the altair 6.3.0 wheel (Vega-Lite 6.4.1), which
is downloaded once with pip into a cache directory (SWIFTLIT_VEGA_CACHE, ~/.cache/swiftlit-vega by
default) and checked against a pinned sha256. Each spec must validate (Draft 7), and together they
must use every mark type and channel the builder names, so an empty or shrunken catalogue fails.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another one.
No browser or server is started.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema", reason="pip install jsonschema")

REPO_ROOT = Path(__file__).resolve().parents[2]
APPS_BINARY = Path(os.environ.get("SWIFTLIT_E2E_APPS_BIN", REPO_ROOT / ".build" / "debug" / "swiftlit-e2e-apps"))
CACHE = Path(os.environ.get("SWIFTLIT_VEGA_CACHE", Path.home() / ".cache" / "swiftlit-vega"))
WHEEL = "altair-6.3.0-py3-none-any.whl"
WHEEL_SHA256 = "7defb6ca730676dfc99a299768e2769f51585fcb3dc960ea71aacc368929d65e"
SCHEMA_PATH = "altair/vegalite/v6/schema/vega-lite-schema.json"

#: Floors the builder's own lists must reach: a builder that lost mark types or channels fails here.
MIN_MARK_TYPES = 17
MIN_CHANNELS = 40
#: Every transform, composition and parameter kind the builder has, as Vega-Lite keys.
TRANSFORMS = {"filter", "calculate", "aggregate", "joinaggregate", "bin", "timeUnit", "fold", "window",
              "lookup", "sample", "density", "regression", "loess", "flatten"}
VIEW_KEYS = {"layer", "hconcat", "vconcat", "concat", "facet", "projection", "resolve", "params", "transform"}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@pytest.fixture(scope="module")
def schema() -> dict:
    wheel = CACHE / WHEEL
    if not wheel.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
             "altair==6.3.0", "-d", str(CACHE)],
            check=True, timeout=300,
        )
    actual = sha256(wheel)
    assert actual == WHEEL_SHA256, f"{wheel} has sha256 {actual}, expected {WHEEL_SHA256}: delete it to download again"
    with zipfile.ZipFile(wheel) as archive:
        return json.loads(archive.read(SCHEMA_PATH))


@pytest.fixture(scope="module")
def catalogue() -> dict:
    if not (APPS_BINARY.is_file() and os.access(APPS_BINARY, os.X_OK)):
        pytest.exit(f"no e2e apps binary at {APPS_BINARY}; build first: swift build --product swiftlit-e2e-apps",
                    returncode=2)
    result = subprocess.run([str(APPS_BINARY), "vega-specs"], capture_output=True, check=True, timeout=60)
    return json.loads(result.stdout)


def walk_views(spec: dict):
    """The spec and every view nested in it."""
    yield spec
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for view in spec.get(key, []):
            yield from walk_views(view)
    if isinstance(spec.get("spec"), dict):
        yield from walk_views(spec["spec"])


def test_every_spec_is_valid_vega_lite(schema: dict, catalogue: dict):
    validator = jsonschema.Draft7Validator(schema)
    failures = []
    for entry in catalogue["specs"]:
        for error in sorted(validator.iter_errors(entry["spec"]), key=lambda e: list(e.absolute_path)):
            # anyOf errors say little by themselves: name the branch that came closest.
            best = jsonschema.exceptions.best_match([error])
            path = "/".join(str(part) for part in best.absolute_path) or "(root)"
            failures.append(f"{entry['name']!r} at {path}: {best.message[:300]}")
    assert not failures, f"{len(failures)} schema violations:\n" + "\n".join(failures)


def test_specs_declare_vega_lite_6_and_name_their_tables(catalogue: dict):
    for entry in catalogue["specs"]:
        spec = entry["spec"]
        assert spec["$schema"] == "https://vega.github.io/schema/vega-lite/v6.json", entry["name"]
        text = json.dumps(spec)
        for name in entry["datasets"]:
            assert json.dumps({"name": name}) in text, f"{entry['name']!r} never refers to its dataset {name}"


def test_catalogue_covers_every_mark_channel_transform_and_composition(catalogue: dict):
    marks, channels = set(catalogue["marks"]), set(catalogue["channels"])
    assert len(marks) >= MIN_MARK_TYPES, f"the builder lists only {sorted(marks)}"
    assert len(channels) >= MIN_CHANNELS, f"the builder lists only {sorted(channels)}"
    used_marks, used_channels, used_transforms, used_keys = set(), set(), set(), set()
    for entry in catalogue["specs"]:
        for view in walk_views(entry["spec"]):
            mark = view.get("mark")
            if mark is not None:
                used_marks.add(mark if isinstance(mark, str) else mark["type"])
            used_channels.update(view.get("encoding", {}).keys())
            if "facet" in view:
                used_channels.update(key for key in ("row", "column") if key in view["facet"])
            for transform in view.get("transform", []):
                used_transforms.update(key for key in transform if key in TRANSFORMS)
            used_keys.update(key for key in view if key in VIEW_KEYS)
    assert marks - used_marks == set(), f"no spec uses the marks {sorted(marks - used_marks)}"
    assert channels - used_channels == set(), f"no spec uses the channels {sorted(channels - used_channels)}"
    assert TRANSFORMS - used_transforms == set(), f"no spec uses the transforms {sorted(TRANSFORMS - used_transforms)}"
    assert VIEW_KEYS - used_keys == set(), f"no spec uses {sorted(VIEW_KEYS - used_keys)}"


def test_schema_validation_catches_a_wrong_key(schema: dict, catalogue: dict):
    """The check itself can fail: a misspelt channel property is reported."""
    validator = jsonschema.Draft7Validator(schema)
    spec = json.loads(json.dumps(catalogue["specs"][0]["spec"]))
    spec["encoding"]["x"]["aggregat"] = "sum"
    assert not validator.is_valid(spec)
