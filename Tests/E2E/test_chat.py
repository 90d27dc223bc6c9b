"""Chat elements end to end, in a real Chromium against the `chat` app of Tests/E2EApps (ChatApp.swift):

- avatars: Streamlit's presets (a Material icon in a coloured square for user/human and assistant/ai),
  a custom name's initial, an emoji, a `:material/…:` icon and an image; each message a group named
  "<name> message" whose avatar is hidden from assistive technology;
- the main area's chat input is pinned to the bottom of the window; those in an expander and in the
  sidebar are inline;
- Enter sends and Shift+Enter starts a new line;
- a text file attached with the attach button (another attached, then removed) reaches the app;
- feedback on a reply in the history belongs to that reply.

The binary is `.build/debug/swiftlit-e2e-apps` unless SWIFTLIT_E2E_APPS_BIN names another.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from conftest import find_widget, last_run, wait_idle, wait_settled_after, wait_until
from test_faults import apps_binary, running_app  # noqa: F401  (a fixture)

MAIN = "chatInput:Main chat"


@pytest.fixture
def chat(apps_binary: Path, driver: WebDriver):  # noqa: F811
    with running_app(apps_binary, "chat") as server:
        driver.get(server.url)
        wait_idle(driver)
        yield driver


def messages(driver: WebDriver) -> list[dict]:
    return driver.execute_script(
        """
        return [...document.querySelectorAll('[data-layout="chatMessage"]')].map((m) => {
          const avatar = m.querySelector('[data-testid="st-chat-avatar"]');
          const img = avatar.querySelector("img");
          return {
            name: m.getAttribute("data-name"),
            role: m.getAttribute("role"),
            label: m.getAttribute("aria-label"),
            avatar: avatar.getAttribute("data-avatar"),
            avatarText: avatar.textContent.trim(),
            avatarHidden: avatar.getAttribute("aria-hidden"),
            avatarBackground: getComputedStyle(avatar).backgroundColor,
            image: img === null ? null : img.getAttribute("src"),
            text: m.querySelector('[data-kind="text"], [data-kind="markdown"]')?.textContent ?? "",
          };
        });
        """
    )


def texts(driver: WebDriver) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, '[data-kind="text"]')]


def field(driver: WebDriver, widget_id: str = MAIN):
    return find_widget(driver, widget_id).find_element(By.CSS_SELECTOR, "textarea")


def test_avatars_follow_streamlit(chat: WebDriver) -> None:
    shown = {m["name"]: m for m in messages(chat)}
    assert shown["user"]["avatar"] == "preset" and shown["user"]["avatarText"] == "face"
    assert shown["AI"]["avatar"] == "preset" and shown["AI"]["avatarText"] == "smart_toy"
    assert shown["user"]["avatarBackground"] != shown["AI"]["avatarBackground"], "each preset has its colour"
    assert shown["Ada"]["avatar"] == "initial" and shown["Ada"]["avatarText"] == "A"
    assert shown["dino"]["avatar"] == "emoji" and shown["dino"]["avatarText"] == "🦖"
    assert shown["fan"]["avatar"] == "icon" and shown["fan"]["avatarText"] == "thumb_up"
    assert shown["pic"]["avatar"] == "image" and "_stcore/media/" in shown["pic"]["image"]
    loaded = chat.execute_script(
        "const img = document.querySelector('[data-name=\"pic\"] img'); return img.complete && img.naturalWidth;")
    assert loaded == 1, "the image avatar loads from the media store"
    for message in shown.values():
        assert message["role"] == "group"
        assert message["label"] == f"{message['name']} message"
        assert message["avatarHidden"] == "true"


def test_the_main_chat_input_is_pinned_and_the_others_are_inline(chat: WebDriver) -> None:
    geometry = chat.execute_script(
        """
        const box = (id) => {
          const root = document.querySelector(`[data-widget-id="${id}"]`);
          const rect = root.getBoundingClientRect();
          return {position: getComputedStyle(root).position, bottom: rect.bottom};
        };
        return {main: box(arguments[0]), inline: box("chatInput:Inline chat"), sidebar: box("chatInput:Sidebar chat"),
                height: window.innerHeight};
        """,
        MAIN,
    )
    assert geometry["main"]["position"] == "sticky"
    assert geometry["height"] - 80 <= geometry["main"]["bottom"] <= geometry["height"] + 1
    assert geometry["inline"]["position"] not in ("sticky", "fixed"), "in an expander, the box is inline"
    assert geometry["sidebar"]["position"] not in ("sticky", "fixed"), "in the sidebar, the box is inline"
    before = last_run(chat)
    field(chat, "chatInput:Inline chat").send_keys("inside", Keys.ENTER)
    wait_settled_after(chat, before)
    assert "inline said inside" in texts(chat)


def test_enter_sends_and_shift_enter_starts_a_new_line(chat: WebDriver) -> None:
    box = field(chat)
    box.send_keys("line one")
    box.send_keys(Keys.SHIFT, Keys.ENTER)
    box.send_keys("line two")
    assert box.get_attribute("value") == "line one\nline two"
    before = last_run(chat)
    box.send_keys(Keys.ENTER)
    wait_settled_after(chat, before)
    wait_until(lambda: "reply 0: line one\nline two" in texts(chat), lambda: f"no reply in {texts(chat)}")
    assert field(chat).get_attribute("value") == ""
    assert chat.switch_to.active_element == field(chat), "the focus stays in the box"


def test_attached_files_reach_the_app_and_can_be_removed_first(chat: WebDriver) -> None:
    root = find_widget(chat, MAIN)
    attach = root.find_element(By.CSS_SELECTOR, '[data-testid="st-chat-attach"]')
    assert attach.get_attribute("aria-label") == "Attach files"
    picker = root.find_element(By.CSS_SELECTOR, '[data-testid="st-chat-attach-input"]')
    assert picker.get_attribute("accept") == ".txt"
    with tempfile.TemporaryDirectory() as folder:
        keep, drop = Path(folder) / "notes.txt", Path(folder) / "other.txt"
        keep.write_text("hello")
        drop.write_text("bye")
        picker.send_keys(f"{keep}\n{drop}")
        listed = lambda: [e.text.split("\n")[0] for e in root.find_elements(By.CSS_SELECTOR, '[data-testid="st-upload-file"]')]  # noqa: E731
        wait_until(lambda: sorted(listed()) == ["notes.txt", "other.txt"], lambda: f"listed: {listed()}")
        root.find_element(By.CSS_SELECTOR, '[aria-label="Remove other.txt"]').click()
        wait_until(lambda: listed() == ["notes.txt"], lambda: f"listed: {listed()}")
    before = last_run(chat)
    field(chat).send_keys("see file", Keys.ENTER)
    wait_settled_after(chat, before)
    wait_until(lambda: "reply 0: see file [notes.txt=hello]" in texts(chat), lambda: f"texts: {texts(chat)}")
    assert listed() == [], "the list empties once the message is sent"


def test_feedback_belongs_to_its_reply(chat: WebDriver) -> None:
    for text in ("first", "second"):
        before = last_run(chat)
        field(chat).send_keys(text, Keys.ENTER)
        wait_settled_after(chat, before)
    wait_until(lambda: "reply 1: second" in texts(chat), lambda: f"texts: {texts(chat)}")
    thumbs = find_widget(chat, "feedback#rating-1").find_elements(By.CSS_SELECTOR, '[role="radio"]')
    assert [b.get_attribute("aria-label") for b in thumbs] == ["Thumbs up", "Thumbs down"]
    before = last_run(chat)
    thumbs[0].click()
    wait_settled_after(chat, before)
    wait_until(lambda: "rated 1: 1" in texts(chat), lambda: f"texts: {texts(chat)}")
    assert not any(t.startswith("rated 0") for t in texts(chat))
    assert find_widget(chat, "feedback#rating-1").find_element(By.CSS_SELECTOR, '[aria-checked="true"]')
