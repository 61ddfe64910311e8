"""Journey: a district editor adds a language-course date through the admin (picking the
course provider in the place chooser) and submits it; a moderator approves it; a reader
on a phone finds it on the events page with the filters, opens it and takes its calendar.

Nothing but clicks and typing makes the event."""

import datetime
import re

import icalendar
import pytest

pytestmark = pytest.mark.browser

TITLE = "Integrationskurs A2 am Abend in Lübz"
INTRO = "Abendkurs für Berufstätige, zweimal in der Woche."
PLACE = "Sprachkursträger Parchim 1 (Beispiel)"


def test_a_district_editor_adds_a_course_date_that_a_reader_finds_on_a_phone(
    new_context, log_in, shot, admin
):
    editor = log_in(new_context(viewport={"width": 1280, "height": 900}), "editor-parchim")
    admin.open_german_tree(editor)
    admin.row_actions(editor, "Landkreis Ludwigslust-Parchim")
    editor.get_by_role("link", name=re.compile("Add child page")).click()
    editor.get_by_role("link", name="Event or course", exact=True).click()
    editor.wait_for_url(re.compile(r"/admin/pages/add/home/eventpage/\d+/"))

    admin.type_title(editor, TITLE)
    editor.locator("#id_intro").fill(INTRO)
    first = datetime.date.today() + datetime.timedelta(days=10)
    editor.locator("#id_starts_at").fill(f"{first:%Y-%m-%d} 18:00")
    editor.locator("#id_ends_at").fill(f"{first:%Y-%m-%d} 20:30")
    editor.locator("#id_frequency").select_option(label="Every week")
    editor.locator("#id_repeat_count").fill("12")

    editor.locator("[data-contentpath=place] [data-chooser-action-choose]").click()
    modal = editor.locator(".modal-content")
    modal.get_by_role("textbox", name="Search term").fill("Sprachkursträger Parchim")
    modal.get_by_role("link", name=PLACE, exact=True).click()
    modal.wait_for(state="detached")
    assert editor.locator("#id_district").is_disabled(), "the district is the section's"

    editor.locator("#id_course_type").select_option(label="Integration course")
    editor.locator("#id_level").select_option(label="A2")
    editor.locator("#id_registration").select_option(label="Registration required")
    editor.locator("#id_registration_how").fill("Persönlich beim Kursträger.")
    shot(editor, "1-editor-form")

    assert editor.locator("footer").get_by_role("button", name=re.compile("Publish")).count() == 0
    admin.submit(editor)
    assert editor.get_by_text(f"Page '{TITLE}' created and submitted for moderation.").count() == 1

    moderator = log_in(new_context(viewport={"width": 1280, "height": 900}), "moderator")
    admin.approve(moderator, TITLE)

    reader = new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = reader.new_page()
    page.goto("/de/")
    with page.expect_navigation():
        page.get_by_role("link", name="Alle Termine und Kurse").click()
    page.locator("#id_district").select_option(label="Ludwigslust-Parchim")
    page.locator("#id_course_type").select_option(label="Integrationskurs")
    page.locator("#id_level").select_option(label="A2")
    page.locator("#id_date_from").fill(f"{first:%Y-%m-%d}")
    with page.expect_navigation():
        page.get_by_role("button", name="Termine zeigen").click()
    found = page.get_by_role("link", name=TITLE)
    assert found.count() >= 2, "one entry per date of the series"
    assert page.locator(".event-item__when").first.inner_text().endswith("18:00–20:30")
    shot(page, "2-reader-filters")

    with page.expect_navigation():
        found.first.click()
    assert page.locator("h1").inner_text() == TITLE
    assert page.get_by_role("link", name=PLACE).count() == 1
    assert "Persönlich beim Kursträger." in page.locator("main").inner_text()
    shot(page, "3-reader-event")

    feed = reader.request.get(
        page.get_by_role("link", name="In den Kalender übernehmen").get_attribute("href")
    )
    (vevent,) = icalendar.Calendar.from_ical(feed.body()).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == TITLE
    assert vevent["RRULE"]["COUNT"] == [12]
