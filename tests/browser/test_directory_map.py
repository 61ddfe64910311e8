import json
import re
import urllib.request
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser


def listed(page):
    return page.locator(".location-item__name a").all_inner_texts()


def search_parchim(page, site_url):
    page.goto(f"{site_url}/de/karte/")
    page.fill("#id_place", "Parchim")
    page.select_option("#id_radius", "10")
    page.locator(".directory-filter__actions button[type=submit]").click()
    page.wait_for_url("**/de/karte/?*place=Parchim*")


def outside_requests(context):
    """Record, and stop, every request that would leave this machine."""
    leaving = []

    def handle(route):
        host = urlparse(route.request.url).hostname
        if host in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            leaving.append(route.request.url)
            route.abort()

    context.route("**/*", handle)
    return leaving


def test_parchim_within_10_km_lists_the_nearest_first_and_maps_them(phone, site_url):
    leaving = outside_requests(phone)
    page = phone.new_page()
    search_parchim(page, site_url)
    names = listed(page)
    assert names
    distances = [
        float(text.replace(",", ".").split()[0])
        for text in page.locator(".location-item__distance").all_inner_texts()
    ]
    assert distances == sorted(distances)
    assert distances[-1] <= 10
    api = json.load(
        urllib.request.urlopen(f"{site_url}/api/locations.geojson?place=Parchim&radius=10")  # noqa: S310
    )
    assert names == [feature["properties"]["name"] for feature in api["features"]][: len(names)]

    assert leaving == [], "nothing may leave the machine before the reader asks for the map"
    assert page.locator("[data-map-canvas]").is_hidden()
    page.locator("[data-map-show]").click()
    page.wait_for_selector("[data-map-ready]")
    assert int(page.get_attribute("[data-map]", "data-marker-count")) == len(api["features"])
    shown = page.locator(".leaflet-marker-icon").count()
    assert shown > 0, "markers (or clusters of them) are on the map"
    assert all(urlparse(url).hostname == "tile.openstreetmap.org" for url in leaving)

    page.reload()
    page.wait_for_selector("[data-map-ready]")
    assert page.locator(".leaflet-marker-icon").count() > 0, (
        "the choice is remembered on the device"
    )


def test_without_javascript_the_same_search_gives_the_same_list(browser, phone, site_url):
    page = phone.new_page()
    search_parchim(page, site_url)
    with_script = listed(page)

    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    leaving = outside_requests(context)
    plain = context.new_page()
    search_parchim(plain, site_url)
    assert listed(plain) == with_script
    assert plain.locator("[data-map]").is_hidden(), "no dead map button without JavaScript"
    assert leaving == []
    context.close()


def test_location_page_has_no_outside_requests_and_prints(phone, site_url):
    leaving = outside_requests(phone)
    page = phone.new_page()
    page.goto(f"{site_url}/de/karte/?place=Hagenow&radius=5")
    page.locator(".location-item__name a").first.click()
    page.wait_for_selector("h1")
    assert page.locator(".qr-code svg").count() == 1
    assert re.search(r"/de/karte/[\w-]+/$", page.url)
    page.emulate_media(media="print")
    assert page.locator(".directory-map").is_hidden()
    assert leaving == []
