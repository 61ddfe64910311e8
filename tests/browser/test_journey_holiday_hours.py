"""Journey: a district editor closes one of their places for today through the admin's
"Holidays and exceptions"; readers in German and Arabic then see today closed, with the
reason, and search engines read it in the page's JSON-LD.

Nothing but the editor's clicks and typing changes the place.
"""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.browser


def test_an_editor_closes_a_place_for_today_and_readers_see_it(
    new_context, log_in, shot, axe, html_checker
):
    today = datetime.datetime.now(ZoneInfo("Europe/Berlin")).date()
    editor = new_context(viewport={"width": 1280, "height": 900})
    page = log_in(editor, "editor-parchim")
    page.get_by_role("button", name="Directory").click()
    page.get_by_role("link", name="Locations").click()
    page.get_by_role("textbox", name="Search term").fill("Parchim")
    first = page.locator("table.listing tbody tr a[href*='/edit/']").first
    first.wait_for()
    first.click()
    page.wait_for_url("**/snippets/directory/location/edit/**")
    name = page.locator("#id_name").input_value()
    slug = page.locator("#id_slug").input_value()

    page.get_by_role("button", name="Add Special opening hours").click()
    special = page.locator("#id_special_opening_hours-FORMS")
    special.locator("input[name$='-first_day']").fill(today.isoformat())
    special.locator("input[name$='-last_day']").fill(today.isoformat())
    page.keyboard.press("Escape")
    special.get_by_label("Closed").check()
    shot(page, "1-closed-today")
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_url("**/snippets/directory/location/**")
    assert page.get_by_text(f"'{name}' updated.").count() == 1, page.content()[:3000]

    reader = new_context()
    place = reader.new_page()
    place.goto(f"/de/karte/{slug}/")
    assert place.locator(".open-status").inner_text().strip() == "Jetzt geschlossen"
    today_row = place.locator("table.hours tr.hours__today").inner_text()
    assert "geschlossen" in today_row
    assert "besondere Öffnungszeiten" in today_row
    data = json.loads(place.locator("script[type='application/ld+json']").inner_text())
    assert {
        "@type": "OpeningHoursSpecification",
        "validFrom": today.isoformat(),
        "validThrough": today.isoformat(),
        "opens": "00:00",
        "closes": "00:00",
    } in data["specialOpeningHoursSpecification"]
    assert axe(place) == []
    assert html_checker(place.content()) == []
    shot(place, "2-reader-de")

    place.locator(".language-switcher__toggle").click()
    place.locator(".language-switcher__link[hreflang='ar']").click()
    place.wait_for_load_state()
    assert place.locator("html").get_attribute("dir") == "rtl"
    today_row = place.locator("table.hours tr.hours__today").inner_text()
    assert "مغلق" in today_row
    assert "مواعيد عمل خاصة" in today_row
    assert axe(place) == []
    assert html_checker(place.content()) == []
    shot(place, "3-reader-ar")
