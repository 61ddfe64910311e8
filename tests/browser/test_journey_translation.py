"""Journey: the ministry writes a German article and sends it to Farsi translation; one
translator translates it in wagtail-localize's editor and submits it, another approves
it; readers see it without a notice. Then the German text changes: readers see the
notice, and the translator sees it in their list and by e-mail.

The article is written in the test, through the admin: the demo translates each of its
own pages into every language its catalogues cover, so none is sure to be untranslated."""

import re

import pytest

pytestmark = pytest.mark.browser

FARSI = "فارسی"
FARSI_TITLE = "کافه زبان در شهرداری"
SECTION = "Deutsch lernen"
TITLE = "Sprachcafé im Rathaus"
INTRO = "Im Sprachcafé im Rathaus üben Sie Deutsch im Gespräch, ohne Anmeldung."
TEXT = "Das Sprachcafé ist jeden Donnerstag von 16 bis 18 Uhr geöffnet und kostet nichts."
CHANGED_INTRO = "Das Sprachcafé im Rathaus ist umgezogen und trifft sich jetzt im Stadtteilzentrum."


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
    admin.write_article(ministry, SECTION, TITLE, INTRO, TEXT)
    admin.publish(ministry)
    admin.open_german_section(ministry, SECTION)
    admin.row_actions(ministry, TITLE)
    ministry.get_by_role("link", name="Translate this page").click()
    ministry.get_by_label(FARSI).check()
    with ministry.expect_navigation():
        ministry.get_by_role("button", name="Submit").click()

    reader = new_context().new_page()
    reader.goto("/de/")
    with reader.expect_navigation():
        reader.locator(".tile__link").filter(has_text=SECTION).click()
    with reader.expect_navigation():
        reader.get_by_role("link", name=TITLE).click()
    german_url = reader.url
    in_farsi = reader.locator(".language-switcher__link[hreflang=fa]")
    assert in_farsi.get_attribute("href") == "/fa/", (
        "until it is reviewed there is no Farsi page to offer"
    )

    translator = log_in(new_context(viewport={"width": 1280, "height": 900}), "translator-fa-a")
    translator.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Translations"
    ).click()
    row = translator.get_by_role("row").filter(has_text=TITLE)
    assert "being translated" in row.inner_text().lower()
    row.get_by_role("link", name="Translate").click()
    translator.wait_for_selector(".js-translation-editor button")
    assert translator.get_by_role("button", name=re.compile("Stop Synced translation")).is_hidden()
    assert translate_every_segment(translator) >= 3
    shot(translator, "1-translated")
    translator.get_by_role("link", name="Submit translation for review").click()
    with translator.expect_navigation():
        translator.get_by_role("button", name="Submit for review").click()
    assert translator.get_by_text("was submitted for review").count() == 1

    reader.reload()
    assert in_farsi.get_attribute("href") == "/fa/"

    reviewer = log_in(new_context(viewport={"width": 1280, "height": 900}), "translator-fa-b")
    waiting = reviewer.get_by_role("row").filter(has_text="translator-fa-a")
    waiting.get_by_role("button").last.click()
    shot(reviewer, "2-reviewer-dashboard")
    with reviewer.expect_navigation():
        reviewer.get_by_role("button", name="Approve", exact=True).click()

    reader.goto(german_url)
    reader.locator(".language-switcher__toggle").click()
    with reader.expect_navigation():
        in_farsi.click()
    assert reader.locator("h1").inner_text() == FARSI_TITLE
    assert reader.locator(".notice--language").count() == 0
    farsi_url = reader.url
    shot(reader, "3-reader-farsi")

    # The German text changes.
    admin.open_german_section(ministry, SECTION)
    ministry.get_by_role("link", name=TITLE, exact=True).click()
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
        translator.get_by_role("row").filter(has_text=TITLE).inner_text().lower()
    )
    shot(translator, "5-translator-list")
    mails = [path.read_text(encoding="utf-8") for path in mail_dir.glob("*.log")]
    told = [
        mail
        for mail in mails
        if "To: translator-fa-a@example.org" in mail and f"The German page “{TITLE}”" in mail
    ]
    assert len(told) == 1, "the translator is told once"
    link = re.search(rf"{re.escape(site_url)}/admin/pages/\d+/edit/", told[0]).group(0)
    translator.goto(link)
    translator.wait_for_selector(".js-translation-editor button")
    assert translator.get_by_role("button", name="Translate", exact=True).count() == 1, (
        "the changed introduction waits untranslated"
    )
