"""Journey: the ministry gives a Farsi translation a deadline in the translators' queue;
the Farsi translators see it first among the dated pages, with its words and cost,
download their queue as CSV, and are reminded by e-mail once, as cron runs the
reminders.

Only the ministry's clicks and typing set the deadline."""

import datetime
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.browser.conftest import mail_messages, run_command

pytestmark = pytest.mark.browser


def test_a_deadline_set_by_the_ministry_orders_the_queue_and_reminds_once(
    new_context, log_in, shot, mail_dir, server_env
):
    due = datetime.datetime.now(ZoneInfo("Europe/Berlin")).date() + datetime.timedelta(days=3)
    ministry = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    ministry.get_by_role("link", name="Translations").click()
    ministry.get_by_role("link", name="فارسی").click()
    ministry.wait_for_url(re.compile(r"language=fa"))
    rows = ministry.locator("table.listing").first.locator("tbody tr")
    last = rows.last
    title = last.locator("td").first.inner_text()
    last.get_by_role("link", name="Set a deadline").click()
    ministry.get_by_label("Deadline").fill(due.isoformat())
    shot(ministry, "1-deadline")
    ministry.get_by_role("button", name="Save").click()
    ministry.get_by_text("The deadline was saved.").wait_for()

    translator = log_in(new_context(viewport={"width": 1280, "height": 900}), "translator-fa-a")
    translator.get_by_role("link", name="Translations").click()
    rows = translator.locator("table.listing").first.locator("tbody tr")
    dated = rows.filter(has=translator.locator("time"))
    assert dated.first.locator("td").first.inner_text() == title
    assert re.search(r"\d+ untranslated|\d+ changed", dated.first.inner_text())
    assert "€" in dated.first.inner_text()
    assert translator.get_by_role("link", name="Set a deadline").count() == 0
    shot(translator, "2-queue")
    with translator.expect_download() as download:
        translator.get_by_role("link", name="Download the queue (CSV)").click()
    assert title in Path(download.value.path()).read_text(encoding="utf-8")

    before = set(mail_dir.glob("*.log"))
    run_command(server_env, "send_translation_reminders")
    mails = mail_messages(set(mail_dir.glob("*.log")) - before)
    recipients = [
        line.removeprefix("To: ")
        for text in mails
        for line in text.splitlines()
        if line.startswith("To: ")
    ]
    assert recipients.count("translator-fa-a@example.org") == 1
    assert recipients.count("translator-fa-b@example.org") == 1
    assert not [address for address in recipients if not address.startswith("translator-fa-")]
    to_farsi = [text for text in mails if "To: translator-fa-a" in text]
    assert title in to_farsi[0]
    again = set(mail_dir.glob("*.log"))
    run_command(server_env, "send_translation_reminders")
    assert not [
        text
        for text in mail_messages(set(mail_dir.glob("*.log")) - again)
        if "translator-fa" in text
    ]
