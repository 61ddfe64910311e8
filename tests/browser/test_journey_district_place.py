"""Journey: a district editor adds a place, with everything readers need, through the
admin; readers then find it on the map page, in the GeoJSON and in search.

Nothing but the clicks and typing of the editor and the reader makes the place. No
request leaves the machine: the editors' map and the town search work offline.
"""

import json
import re
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

NAME = "Sprachcafé am Mühlenweg"
SLUG = "sprachcafe-am-muehlenweg"
DESCRIPTION = "Offenes Sprachcafé: Deutsch sprechen üben, ohne Anmeldung."


def choose(page, chooser_button, title):
    """Opens a snippet chooser and picks a record by its title."""
    chooser_button.click()
    modal = page.locator(".modal-content")
    modal.get_by_role("link", name=title, exact=True).click()
    modal.wait_for(state="detached")


def test_a_district_editor_adds_a_place_that_readers_then_find(new_context, log_in, shot):
    editor = new_context(viewport={"width": 1280, "height": 900})
    page = log_in(editor, "editor-parchim")

    page.get_by_role("button", name="Directory").click()
    page.get_by_role("link", name="Locations").click()
    page.get_by_role("link", name="Add location").first.click()
    page.wait_for_url("**/snippets/directory/location/add/**")
    shot(page, "1-empty-form")

    page.locator("#id_name").fill(NAME)
    page.locator("#id_slug").fill(SLUG)
    page.locator("#id_organisation").fill("Begegnungsverein Parchim (Beispiel)")
    page.locator("#id_description").fill(DESCRIPTION)

    categories = page.locator("#id_category_links-FORMS")
    choose(page, categories.locator("[data-chooser-action-choose]").first, "Sprachkurse")
    page.get_by_role("button", name="Add Category").click()
    choose(page, categories.locator("[data-chooser-action-choose]").nth(1), "Migrationsberatung")

    district = page.locator("#id_district")
    assert district.locator("option").all_inner_texts() == ["Ludwigslust-Parchim"], (
        "a district editor can only give their own district"
    )
    page.locator("#id_street").fill("Mühlenweg 3")
    page.locator("#id_postcode").fill("19370")

    # The town, found by the offline gazetteer, moves the map (and the marker) there.
    page.locator("#id_city").fill("Parchim")
    page.get_by_text("The map now shows Parchim").wait_for()
    assert page.locator("#id_point").input_value().startswith("SRID=4326;POINT(11.84")

    # A typed position ...
    position = page.get_by_label("Latitude, longitude")
    position.fill("53.4301, 11.8555")
    assert page.locator("#id_point").input_value() == "SRID=4326;POINT(11.8555 53.4301)"
    # ... and one set by a click on the map, which wins.
    map_box = page.locator("#id_point_map")
    map_box.scroll_into_view_if_needed()
    box = map_box.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2 + 40, box["y"] + box["height"] / 2 + 60)
    clicked = page.locator("#id_point").input_value()
    assert clicked.startswith("SRID=4326;POINT(11.8") and clicked != (
        "SRID=4326;POINT(11.8555 53.4301)"
    )
    assert page.locator(".location-point__town").first.is_visible(), "towns for orientation"
    shot(page, "2-position")

    page.get_by_role("button", name="Add Opening time").click()
    hours = page.locator("#id_opening_hours-FORMS")
    hours.locator("select").first.select_option(label="Tuesday")
    hours.locator("input[name$='-opens']").first.fill("15:00")
    hours.locator("input[name$='-closes']").first.fill("18:00")
    page.get_by_role("button", name="Add Language").click()
    page.locator("#id_spoken_languages-FORMS select").first.select_option(value="ar")
    page.locator("#id_external_id").fill("lup-sprachcafe-muehlenweg")
    shot(page, "3-filled")

    page.get_by_role("button", name="Save").first.click()
    page.wait_for_url(re.compile(r"/snippets/directory/location/(\?.*)?$"))
    assert page.get_by_text(f"'{NAME}' created.").count() == 1
    page.get_by_role("textbox", name="Search term").fill("Mühlenweg")
    page.get_by_role("link", name=NAME).wait_for()
    shot(page, "4-listed")

    reader = new_context()
    map_page = reader.new_page()
    map_page.goto("/de/karte/")
    map_page.locator("#id_place").fill("Parchim")
    map_page.locator("#id_q").fill("Sprachcafé")
    with map_page.expect_navigation():
        map_page.get_by_role("button", name="Anlaufstellen finden").click()
    found = map_page.get_by_role("link", name=NAME)
    assert found.count() == 1
    shot(map_page, "5-reader-list")
    with map_page.expect_navigation():
        found.click()
    assert map_page.locator("h1").inner_text() == NAME
    assert map_page.get_by_text("Mühlenweg 3").count() == 1
    assert "15:00–18:00" in map_page.locator("table.hours").inner_text()
    assert "Arabisch" in map_page.locator(".contact-list").inner_text()
    shot(map_page, "6-reader-place")

    api = reader.request.get(f"/api/locations.geojson?q={quote('Mühlenweg')}")
    features = json.loads(api.text())["features"]
    assert [feature["properties"]["name"] for feature in features] == [NAME]
    assert features[0]["properties"]["categories"] == ["sprachkurse", "migrationsberatung"]

    search = reader.new_page()
    search.goto("/de/")
    field = search.locator("#header-search")
    field.fill("Sprachcafé Mühlenweg")
    with search.expect_navigation():
        field.press("Enter")
    assert search.locator(".nearby").get_by_role("link", name=NAME).count() == 1
    shot(search, "7-reader-search")
