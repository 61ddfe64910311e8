"""Journey: providers keep their own entries true. A district editor gives a place a
contact for confirmation; the daily run e-mails the providers of unverified places; one
provider confirms through the link in the e-mail, another proposes a new phone number,
which the district editor reviews and applies, after which readers see it. The content
health report shows the district's confirmation rate.

The entries change only through the admin and the provider's page; the requests are
sent by the same management command cron runs, and the e-mails are read from the
server's mail files.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta

from tests.browser.conftest import mail_messages, run_command

pytestmark = pytest.mark.browser

PROVIDER = "traeger-parchim@example.org"
NEW_PHONE = "+49 3871 424242"
LINK = re.compile(r"http://127\.0\.0\.1:\d+(/de/confirm/[^/\s]+/)")


def mail_to(mails, address):
    return [text for text in mails if f"To: {address}" in text]


def test_providers_confirm_or_correct_their_entries(
    new_context, log_in, shot, admin, axe, html_checker, mail_dir, server_env
):
    today = datetime.datetime.now(ZoneInfo("Europe/Berlin")).date()
    editor = log_in(new_context(viewport={"width": 1280, "height": 900}), "editor-parchim")
    editor.get_by_role("button", name="Directory").click()
    editor.get_by_role("link", name="Locations").click()
    editor.get_by_role("textbox", name="Search term").fill("Parchim")
    editor.locator("table.listing a[href*='/edit/']").first.wait_for()
    editor.locator("table.listing a[href*='/edit/']").first.click()
    editor.wait_for_url(re.compile(r"/snippets/directory/location/edit/\d+/"))
    name = editor.locator("#id_name").input_value()
    slug = editor.locator("#id_slug").input_value()
    editor.locator("#id_last_verified").fill((today - relativedelta(months=13)).isoformat())
    editor.keyboard.press("Escape")
    editor.locator("#id_confirmation_email").fill(PROVIDER)
    shot(editor, "1-confirmation-contact")
    editor.get_by_role("button", name="Save").first.click()
    editor.wait_for_url(re.compile(r"/snippets/directory/location/(\?.*)?$"))

    before = set(mail_dir.glob("*.log"))
    run_command(server_env, "send_confirmation_requests")
    mails = mail_messages(set(mail_dir.glob("*.log")) - before)
    (to_provider,) = mail_to(mails, PROVIDER)
    assert name in to_provider
    proposal_link = LINK.search(to_provider).group(1)
    other = next(text for text in mails if "To: kontakt-" in text)
    confirmation_link = LINK.search(other).group(1)
    # The next day's run asks nobody twice.
    again = set(mail_dir.glob("*.log"))
    run_command(server_env, "send_confirmation_requests")
    assert not mail_to(mail_messages(set(mail_dir.glob("*.log")) - again), PROVIDER)

    provider = new_context().new_page()
    provider.goto(confirmation_link)
    assert axe(provider) == []
    assert html_checker(provider.content()) == []
    shot(provider, "2-provider-de")
    provider.get_by_role("button", name="Alles stimmt: Eintrag bestätigen").click()
    provider.wait_for_load_state()
    assert "Vielen Dank. Sie haben diesen Eintrag am" in provider.locator("main").inner_text()
    assert provider.get_by_role("button", name="Alles stimmt: Eintrag bestätigen").count() == 0
    shot(provider, "3-confirmed-de")

    # The second provider reads the page's interface in Arabic; the entry stays German.
    provider.goto(proposal_link.replace("/de/", "/ar/", 1))
    assert provider.locator("html").get_attribute("dir") == "rtl"
    assert provider.locator("#entry-heading").get_attribute("lang") == "de"
    assert axe(provider) == []
    assert html_checker(provider.content()) == []
    shot(provider, "4-provider-ar")
    provider.goto(proposal_link)
    provider.get_by_label("Telefon").fill(NEW_PHONE)
    provider.get_by_label("Sonstiges").fill("Neue Sprechzeiten ab Januar: dienstags 9 bis 12 Uhr.")
    shot(provider, "5-proposal-de")
    provider.get_by_role("button", name="Änderungsvorschläge senden").click()
    provider.wait_for_load_state()
    assert "Ihre Änderungsvorschläge" in provider.locator("main").inner_text()
    shot(provider, "6-proposed-de")

    editor.get_by_role("link", name="Proposed changes").click()
    editor.get_by_role("link", name=name).click()
    review = editor.locator("main")
    assert NEW_PHONE in review.inner_text()
    assert "Neue Sprechzeiten ab Januar" in review.inner_text()
    shot(editor, "7-review")
    editor.get_by_role("button", name="Apply the chosen changes").click()
    editor.get_by_text("The chosen changes were applied").wait_for()
    assert editor.get_by_role("link", name=name).count() == 0

    reader = new_context().new_page()
    reader.goto(f"/de/karte/{slug}/")
    assert NEW_PHONE in reader.locator(".contact-list").inner_text()
    assert PROVIDER not in reader.content()

    ministry = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    ministry.goto("/admin/reports/content-health/")
    districts = ministry.locator("section[aria-labelledby='health-districts'] table")
    headings = districts.locator("thead th").all_inner_texts()
    row = districts.locator("tbody tr", has_text="Ludwigslust-Parchim").locator("td")
    cells = dict(zip(headings, row.all_inner_texts(), strict=True))
    assert int(cells["Answered"]) >= 1
    assert int(cells["Providers asked to confirm"]) >= int(cells["Answered"])
    shot(ministry, "8-content-health")
