"""A reader without a connection: the pages they opened, the list of places of their town
and the places they saved stay readable; any other page shows the offline page in their
language. Sharing and printing an article. Nothing is installed by the reader; the
service worker registers itself."""

import re

import pytest

from tests.browser.page_waits import wait_until

pytestmark = pytest.mark.browser

OFFLINE_HEADING = {"de": "Keine Internetverbindung", "ar": "لا يوجد اتصال بالإنترنت"}
WORKER_READY = """async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== "activated") {
        await new Promise(done => worker.addEventListener("statechange", () => {
            if (worker.state === "activated") { done(); }
        }));
    }
    return !!navigator.serviceWorker.controller;
}"""
KEPT = """async ([name, paths]) => {
    const cache = await caches.open(name);
    const kept = (await cache.keys()).map(request => new URL(request.url));
    return paths.every(path => kept.some(url => url.pathname + url.search === path));
}"""


def path_of(page):
    """The page's path and query: what the service worker keeps it under (a request
    never carries the #fragment)."""
    url = page.url.split("#", 1)[0].split("://", 1)[1]
    return url[url.index("/") :]


def wait_until_kept(page, cache, paths):
    wait_until(page, KEPT, [cache, paths])


def click_through(page, link):
    with page.expect_navigation():
        link.click()


def open_an_article(page, language):
    page.goto(f"/{language}/")
    click_through(page, page.locator(".tile__link").first)
    click_through(page, page.locator(".card__title a").first)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_pages_opened_and_saved_places_are_readable_offline(phone, shot, language):
    page = phone.new_page()
    page.goto(f"/{language}/")
    page.evaluate(WORKER_READY)
    home = (path_of(page), page.locator("h1").inner_text())

    open_an_article(page, language)
    article = (path_of(page), page.locator("h1").inner_text())

    page.goto(f"/{language}/")
    click_through(page, page.locator(".map-entry"))
    page.locator("#id_place").fill("Parchim")
    click_through(page, page.locator(".directory-filter__actions button[type=submit]"))
    town_list = (path_of(page), page.locator("#results-heading").inner_text())
    assert "Parchim" in town_list[0]

    click_through(page, page.locator(".location-item__name a").first)
    place_path, place_name = path_of(page), page.locator("h1").inner_text()
    save = page.locator("[data-save-place]")
    assert save.get_attribute("aria-pressed") == "false"
    save.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector('[data-save-place][aria-pressed="true"]')
    # The live region is emptied and then filled, so that a repeated message is announced.
    wait_until(page, "() => document.querySelector('[data-save-status]').textContent !== ''")
    shot(page, "place-saved")

    wait_until_kept(page, "willkommen-pages", [home[0], article[0], town_list[0]])
    wait_until_kept(page, "willkommen-saved", [place_path])

    phone.set_offline(True)
    try:
        for path, heading in (home, article):
            page.goto(path)
            assert page.locator("h1").inner_text() == heading, path
            assert page.evaluate("document.documentElement.lang") == language
        page.goto(town_list[0])
        assert page.locator("#results-heading").inner_text() == town_list[1]
        assert page.locator(".location-item").count() > 0
        shot(page, "town-list-offline")

        page.goto(f"/{language}/search/?q=nie-geoeffnet")
        assert page.locator("h1").inner_text() == OFFLINE_HEADING[language]
        assert page.evaluate("document.documentElement.lang") == language
        saved = page.locator("[data-saved-places] li")
        assert saved.count() == 1
        assert place_name in saved.first.inner_text()
        shot(page, "offline-page")

        click_through(page, saved.first.locator("a"))
        assert path_of(page) == place_path
        assert page.locator("h1").inner_text() == place_name
    finally:
        phone.set_offline(False)


def test_a_saved_place_can_be_removed_on_the_offline_page(phone):
    page = phone.new_page()
    page.goto("/de/karte/?place=Parchim")
    page.evaluate(WORKER_READY)
    click_through(page, page.locator(".location-item__name a").first)
    place_path = path_of(page)
    page.locator("[data-save-place]").click()
    page.wait_for_selector('[data-save-place][aria-pressed="true"]')

    page.goto("/de/offline/")
    item = page.locator("[data-saved-places] li")
    assert item.count() == 1
    item.get_by_role("button").click()
    page.locator("[data-saved-empty]").wait_for(state="visible")
    assert page.locator("[data-saved-places] li").count() == 0
    assert page.evaluate("document.activeElement.id") == "saved-heading"
    kept = page.evaluate(
        "async path => (await (await caches.open('willkommen-saved')).keys()).length", place_path
    )
    assert kept == 0


def test_the_map_data_of_the_town_is_kept(phone, tile_server):
    phone.watch.allow_host(tile_server["host"])
    page = phone.new_page()
    page.goto("/de/karte/?place=Parchim")
    page.evaluate(WORKER_READY)
    page.locator("[data-map-show]").click()
    page.wait_for_selector("[data-map-ready]")
    api = page.locator("[data-map]").get_attribute("data-api")
    wait_until_kept(page, "willkommen-data", [api])


def test_caches_of_an_older_worker_are_deleted_when_it_takes_over(phone):
    page = phone.new_page()
    # An address without the reader's script: no worker yet.
    page.goto("/robots.txt")
    page.evaluate(
        "async () => (await caches.open('willkommen-offline-0123456789ab')).put('/x', new Response('old'))"
    )
    page.goto("/de/")
    page.evaluate(WORKER_READY)
    names = page.evaluate("async () => await caches.keys()")
    assert "willkommen-offline-0123456789ab" not in names
    assert any(name.startswith("willkommen-offline-") for name in names)


def test_the_service_worker_never_keeps_the_admin(new_context, log_in):
    context = new_context()
    page = log_in(context, "ministry")
    page.goto("/de/")
    page.evaluate(WORKER_READY)
    page.goto("/admin/pages/")
    page.goto("/de/")
    names = page.evaluate("async () => await caches.keys()")
    for name in names:
        paths = page.evaluate(
            "async name => (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname)",
            name,
        )
        assert not [path for path in paths if path.startswith(("/admin/", "/api/locations"))]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_an_article_has_share_tags_and_a_copy_link_button(new_context, shot, language):
    context = new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    open_an_article(page, language)

    def meta(name):
        return page.locator(f'meta[property="{name}"]').get_attribute("content")

    assert meta("og:title") == page.locator("h1").inner_text()
    assert meta("og:type") == "article"
    assert meta("og:url").startswith("http://127.0.0.1:")
    image = page.request.get(meta("og:image"))
    assert image.ok and image.headers["content-type"] == "image/png"

    # Headless Chromium on Linux has no share sheet: the copy button stands in for it.
    assert page.evaluate("'share' in navigator") is False
    assert page.locator("[data-share]").is_hidden()
    copy = page.locator("[data-copy-link]")
    copy.focus()
    page.keyboard.press("Enter")
    status = page.locator("[data-share-status]")
    status.wait_for(state="visible")
    assert status.get_attribute("role") == "status"
    assert page.evaluate("navigator.clipboard.readText()") == page.url
    shot(page, "link-copied")


def test_an_article_prints_without_navigation_and_with_link_addresses(phone, shot):
    page = phone.new_page()
    open_an_article(page, "ar")
    assert page.locator("[data-print]").is_visible()

    page.emulate_media(media="print")
    for hidden in (
        ".site-nav",
        ".language-switcher",
        ".breadcrumbs",
        ".share-tools",
        ".search-form",
    ):
        assert page.locator(hidden).first.is_hidden(), hidden
    addresses = page.evaluate(
        """[...document.querySelectorAll('main a[data-print-href]:not(.button)')]
            .map(link => getComputedStyle(link, '::after').content)"""
    )
    assert addresses and all(re.search(r"https?://", text) for text in addresses)
    shot(page, "print")


@pytest.mark.parametrize("language", ["de", "ar"])
def test_chromium_finds_the_portal_installable(phone, language):
    """Chromium's own installability check (what decides whether Android offers "Install
    app"), asked through the DevTools protocol once the service worker controls the page;
    and what iOS reads to put the portal on the home screen."""
    page = phone.new_page()
    page.goto(f"/{language}/")
    assert page.evaluate(WORKER_READY)
    page.reload()
    session = page.context.new_cdp_session(page)
    manifest = session.send("Page.getAppManifest")
    assert not manifest.get("errors"), manifest.get("errors")
    errors = [
        error["errorId"]
        for error in session.send("Page.getInstallabilityErrors")["installabilityErrors"]
        # Playwright's browser contexts are incognito profiles, where Chromium never
        # installs anything; on a reader's phone that reason does not arise.
        if error["errorId"] != "in-incognito"
    ]
    assert errors == []
    head = page.locator("head")
    touch_icon = head.locator("link[rel=apple-touch-icon]").get_attribute("href")
    assert page.request.get(touch_icon).headers["content-type"] == "image/png"
    assert head.locator("meta[name=apple-mobile-web-app-capable]").get_attribute("content")
