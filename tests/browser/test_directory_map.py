"""The directory map page in Chromium: the server-rendered list, the same without
JavaScript, and map images only after the reader chooses the map."""

import json
import re

import pytest

pytestmark = pytest.mark.browser


def listed(page):
    return page.locator(".location-item__name a").all_inner_texts()


def search_parchim(page):
    page.goto("/de/karte/")
    page.fill("#id_place", "Parchim")
    page.select_option("#id_radius", "10")
    with page.expect_navigation():
        page.locator(".directory-filter__actions button[type=submit]").click()


def test_parchim_within_10_km_lists_the_nearest_first_and_maps_them(phone, tile_server):
    phone.watch.allow_host(tile_server["host"])
    tiles_before = len(tile_server["requests"])
    page = phone.new_page()
    search_parchim(page)
    names = listed(page)
    assert names
    distances = [
        float(text.replace(",", ".").split()[0])
        for text in page.locator(".location-item__distance").all_inner_texts()
    ]
    assert distances == sorted(distances)
    assert distances[-1] <= 10
    api = json.loads(phone.request.get("/api/locations.geojson?place=Parchim&radius=10").text())
    assert names == [feature["properties"]["name"] for feature in api["features"]][: len(names)]

    assert len(tile_server["requests"]) == tiles_before, "no map image before the choice"
    assert page.locator("[data-map-canvas]").is_hidden()
    assert page.locator("[data-map-hide]").is_hidden()
    page.locator("[data-map-show]").click()
    page.wait_for_selector("[data-map-ready]")
    assert int(page.get_attribute("[data-map]", "data-marker-count")) == len(api["features"])
    assert page.locator(".leaflet-marker-icon").count() > 0, "markers or clusters of them"
    assert len(tile_server["requests"]) > tiles_before

    page.reload()
    page.wait_for_selector("[data-map-ready]")
    assert page.locator(".leaflet-marker-icon").count() > 0, "the choice is kept on the device"


def test_without_javascript_the_same_search_gives_the_same_list(phone, new_context, tile_server):
    page = phone.new_page()
    search_parchim(page)
    with_script = listed(page)

    plain = new_context(java_script_enabled=False).new_page()
    tiles_before = len(tile_server["requests"])
    search_parchim(plain)
    assert listed(plain) == with_script
    assert plain.locator("[data-map]").is_hidden(), "no dead map button without JavaScript"
    assert len(tile_server["requests"]) == tiles_before


def test_location_page_prints_with_its_qr_code(phone):
    page = phone.new_page()
    page.goto("/de/karte/?place=Hagenow&radius=5")
    with page.expect_navigation():
        page.locator(".location-item__name a").first.click()
    assert page.locator(".qr-code svg").count() == 1
    assert re.search(r"/de/karte/[\w-]+/$", page.url)
    page.emulate_media(media="print")
    assert page.locator(".directory-map").is_hidden()
