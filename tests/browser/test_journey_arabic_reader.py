"""Journey: an Arabic reader on a 390 px phone goes from the portal's address to a German
course near Parchim (the town typed in Arabic script), its page and the map; once by
touch, once with the keyboard only. The map images come only after they choose them."""

import pytest

from tests.browser.page_waits import wait_until

pytestmark = pytest.mark.browser

PARCHIM_IN_ARABIC = "بارشيم"
LANGUAGE_COURSES = "دورات اللغة"


def arabic_phone(new_context, tile_server):
    context = new_context(locale="ar", extra_http_headers={"Accept-Language": "ar"})
    context.watch.allow_host(tile_server["host"])
    return context


def loaded_marker_images(page):
    return page.evaluate(
        "[...document.querySelectorAll('img.leaflet-marker-icon')]"
        ".filter(image => image.complete && image.naturalWidth > 0).length"
    )


def test_an_arabic_reader_finds_a_course_near_parchim_by_touch(new_context, tile_server, shot):
    page = arabic_phone(new_context, tile_server).new_page()
    page.goto("/")
    assert page.url.endswith("/ar/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    shot(page, "1-home")

    with page.expect_navigation():
        page.locator(".map-entry").click()
    page.locator("#id_place").fill(PARCHIM_IN_ARABIC)
    page.locator("#id_category").select_option(label=LANGUAGE_COURSES)
    with page.expect_navigation():
        page.locator(".directory-filter__actions button[type=submit]").click()
    heading = page.locator("#results-heading").inner_text()
    assert "Parchim" in heading
    assert page.locator("[data-map-hide]").is_hidden(), "no Hide map before the map"
    shot(page, "2-results")
    tiles_before = len(tile_server["requests"])

    first = page.locator(".location-item__name a").first
    name = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert page.locator("h1").inner_text() == name
    assert page.locator("#hours-heading").count() == 1
    shot(page, "3-place")

    assert len(tile_server["requests"]) == tiles_before, "no map image before the reader asks"
    page.locator("[data-map-show]").click()
    page.wait_for_selector("[data-map-ready]")
    wait_until(
        page,
        "() => document.querySelectorAll('img.leaflet-marker-icon').length > 0"
        " && [...document.querySelectorAll('img.leaflet-marker-icon')].every("
        "image => image.complete && image.naturalWidth > 0)",
    )
    assert loaded_marker_images(page) == 1, "the marker is an image that loaded"
    # The tiles come after the marker on a busy machine; a loaded tile has been requested.
    wait_until(page, "() => document.querySelectorAll('img.leaflet-tile-loaded').length > 0")
    assert len(tile_server["requests"]) > tiles_before, "map images after the choice"
    shot(page, "4-place-map")

    page.go_back()
    page.wait_for_selector("[data-map-ready]")
    assert int(page.get_attribute("[data-map]", "data-marker-count")) >= 1
    shot(page, "5-results-map")


def test_an_arabic_reader_gets_there_with_the_keyboard_only(new_context, tile_server, shot):
    page = arabic_phone(new_context, tile_server).new_page()
    page.goto("/")

    def tab_to(selector, limit=60):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("selector => document.activeElement.matches(selector)", selector):
                return
        raise AssertionError(f"{selector} cannot be reached with the Tab key")

    tab_to(".map-entry")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to("#id_place")
    page.keyboard.type(PARCHIM_IN_ARABIC)
    tab_to("#id_category")
    page.keyboard.press("ArrowDown")
    chosen = page.locator("#id_category").evaluate("select => select.selectedOptions[0].text")
    assert chosen == LANGUAGE_COURSES
    tab_to(".directory-filter__actions button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    shot(page, "1-results")
    assert page.evaluate("document.activeElement.id") == "results", (
        "after the search, reading goes on at the results"
    )

    tab_to(".location-item__name a")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to("[data-map-show]")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-map-ready]")
    assert page.evaluate("document.activeElement.matches('[data-map-canvas]')"), (
        "the map takes the focus of the button that showed it"
    )
    shot(page, "2-map")
    tab_to("[data-map-hide]")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.matches('[data-map-show]')")
    assert page.locator("[data-map-hide]").is_hidden()
