"""Journey: the ministry sends a German page to Farsi translation; one translator
translates it in wagtail-localize's editor and submits it, another approves it; readers
see it without a notice. Then the German text changes: readers see the notice, and the
translator sees it in their list and by e-mail."""

import re

import pytest

pytestmark = pytest.mark.browser

FARSI = "فارسی"
FARSI_TITLE = "اطلاعات ناشر"
CHANGED_INTRO = "Angaben zum Anbieter dieses Portals, jetzt mit neuer Anschrift."


def translate_every_segment(page):
    """Types a Farsi text into every untranslated segment of the Content tab."""
    number = 0
    translate = page.get_by_role("button", name="Translate", exact=True)
    while translate.count():
        translate.first.click()
        field = page.locator("textarea:focus")
        field.fill(FARSI_TITLE if number == 0 else f"متن فارسی بخش {number}")
        page.get_by_role("button", name="Save", exact=True).click()
        field.wait_for(state="detached")
        number += 1
    return number


def test_a_page_goes_into_farsi_through_review_and_back_to_outdated(
    new_context, log_in, shot, mail_dir, site_url, admin
):
    ministry = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    admin.open_german_tree(ministry)
    admin.row_actions(ministry, "Impressum")
    ministry.get_by_role("link", name="Translate this page").click()
    ministry.get_by_label(FARSI).check()
    with ministry.expect_navigation():
        ministry.get_by_role("button", name="Submit").click()

    reader = new_context().new_page()
    reader.goto("/fa/")
    legal = reader.locator(".site-footer").get_by_role("link", name="Impressum")
    assert legal.count() == 1, "until it is reviewed readers see the German page"

    translator = log_in(new_context(viewport={"width": 1280, "height": 900}), "translator-fa-a")
    translator.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Translations"
    ).click()
    row = translator.get_by_role("row").filter(has_text="Impressum")
    assert "being translated" in row.inner_text().lower()
    row.get_by_role("link", name="Translate").click()
    translator.wait_for_selector(".js-translation-editor button")
    assert translator.get_by_role("button", name=re.compile("Stop Synced translation")).is_hidden()
    assert translate_every_segment(translator) >= 5
    shot(translator, "1-translated")
    translator.get_by_role("link", name="Submit translation for review").click()
    with translator.expect_navigation():
        translator.get_by_role("button", name="Submit for review").click()
    assert translator.get_by_text("was submitted for review").count() == 1

    reader.reload()
    assert reader.locator(".site-footer").get_by_role("link", name="Impressum").count() == 1

    reviewer = log_in(new_context(viewport={"width": 1280, "height": 900}), "translator-fa-b")
    waiting = reviewer.get_by_role("row").filter(has_text="translator-fa-a")
    waiting.get_by_role("button").last.click()
    shot(reviewer, "2-reviewer-dashboard")
    with reviewer.expect_navigation():
        reviewer.get_by_role("button", name="Approve", exact=True).click()

    reader.reload()
    with reader.expect_navigation():
        reader.locator(".site-footer").get_by_role("link", name=FARSI_TITLE).click()
    assert reader.locator("h1").inner_text() == FARSI_TITLE
    assert reader.locator(".notice--language").count() == 0
    farsi_url = reader.url
    shot(reader, "3-reader-farsi")

    # The German text changes.
    admin.open_german_tree(ministry)
    ministry.get_by_role("link", name="Impressum", exact=True).click()
    ministry.locator("#id_intro").fill(CHANGED_INTRO)
    admin.publish(ministry)

    reader.goto(farsi_url)
    notice = reader.locator(".notice--language")
    assert notice.count() == 1
    assert notice.get_attribute("lang") == "fa"
    assert notice.get_by_role("link").get_attribute("hreflang") == "de"
    shot(reader, "4-reader-notice")

    translator.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Translations"
    ).click()
    assert "german page is newer" in (
        translator.get_by_role("row").filter(has_text="Impressum").inner_text().lower()
    )
    shot(translator, "5-translator-list")
    mails = [path.read_text(encoding="utf-8") for path in mail_dir.glob("*.log")]
    told = [
        mail
        for mail in mails
        if "To: translator-fa-a@example.org" in mail and "The German page “Impressum”" in mail
    ]
    assert len(told) == 1, "the translator is told once"
    link = re.search(rf"{re.escape(site_url)}/admin/pages/\d+/edit/", told[0]).group(0)
    translator.goto(link)
    translator.wait_for_selector(".js-translation-editor button")
    assert translator.get_by_role("button", name="Translate", exact=True).count() == 1, (
        "the changed introduction waits untranslated"
    )
