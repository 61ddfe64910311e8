"""Journey: a law article passes its six-month review interval. Readers in German and
Arabic see a gentle notice, the daily reminder e-mails its editors once, and the editor
who follows the link in the e-mail reviews the page, after which the notice is gone.

The page is changed only through the admin, as the ministry's editor changes it; the
reminders are sent by the same management command cron runs.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta

from tests.browser.conftest import mail_messages, run_command

pytestmark = pytest.mark.browser

SECTION = "Gesetzliche Grundlagen, Aufenthalt & Asylrecht"
TITLE = "Das Asylverfahren Schritt für Schritt"
NOTICE = {
    "de": "Diese Seite wurde länger nicht geprüft.",
    "ar": "لم تُراجَع هذه الصفحة منذ مدة.",
}


def set_last_reviewed(page, admin, day):
    page.get_by_role("tab", name="Settings").click()
    page.locator("#id_last_reviewed").fill(day.isoformat())
    page.keyboard.press("Escape")
    admin.publish(page)


def send_reminders(server_env):
    run_command(server_env, "send_review_reminders")


def test_an_overdue_page_gets_a_notice_and_its_editors_one_reminder(
    new_context, log_in, shot, admin, axe, html_checker, mail_dir, server_env
):
    today = datetime.datetime.now(ZoneInfo("Europe/Berlin")).date()
    editor = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    admin.open_german_section(editor, SECTION)
    editor.get_by_role("link", name=TITLE, exact=True).first.click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    set_last_reviewed(editor, admin, today - relativedelta(months=7))

    reader = new_context()
    article = reader.new_page()
    article.goto(
        "/de/gesetzliche-grundlagen-aufenthalt-asylrecht/asylverfahren-schritt-fuer-schritt/"
    )
    assert NOTICE["de"] in article.locator("main").inner_text()
    assert axe(article) == []
    assert html_checker(article.content()) == []
    shot(article, "1-notice-de")
    article.locator(".language-switcher__toggle").click()
    article.locator(".language-switcher__link[hreflang='ar']").click()
    article.wait_for_load_state()
    assert NOTICE["ar"] in article.locator("main").inner_text()
    assert axe(article) == []
    assert html_checker(article.content()) == []
    shot(article, "2-notice-ar")

    before = set(mail_dir.glob("*.log"))
    send_reminders(server_env)
    mails = mail_messages(set(mail_dir.glob("*.log")) - before)
    to_ministry = [text for text in mails if "To: ministry@example.org" in text]
    assert len(to_ministry) == 1
    assert TITLE in to_ministry[0]
    assert not any("To: editor-parchim@example.org" in text for text in mails), "state page"
    assert not any("To: translator-" in text for text in mails)
    link = re.search(r"http://127\.0\.0\.1:\d+/admin/pages/\d+/edit/", to_ministry[0]).group()

    # Cron runs again the next day: nobody is reminded twice.
    again = set(mail_dir.glob("*.log"))
    send_reminders(server_env)
    assert set(mail_dir.glob("*.log")) == again

    editor.goto(link)
    set_last_reviewed(editor, admin, today)
    article.goto(
        "/de/gesetzliche-grundlagen-aufenthalt-asylrecht/asylverfahren-schritt-fuer-schritt/"
    )
    assert NOTICE["de"] not in article.locator("main").inner_text()
    reviewed = article.locator(".last-reviewed time").get_attribute("datetime")
    assert reviewed == today.isoformat()
    shot(article, "3-reviewed-de")
