"""Every public page type, in German and in Arabic, as a reader reaches it: axe-core
finds no WCAG 2.1 A/AA or best-practice violation in the rendered page, and the Nu HTML
checker finds no error in the HTML the server sent."""

import pytest

pytestmark = pytest.mark.browser

HOME = {"de": "/de/", "ar": "/ar/"}
NOT_FOUND = {"de": "/de/diese-seite-gibt-es-nicht/", "ar": "/ar/no-such-page/"}
SEARCH_WORD = {"de": "Kurs", "ar": "دورة"}


def click_through(page, link):
    with page.expect_navigation():
        link.click()


def home(page, language):
    page.goto(HOME[language])


def section(page, language):
    home(page, language)
    click_through(page, page.locator(".tile__link").first)


def article(page, language):
    section(page, language)
    click_through(page, page.locator(".card__title a").first)


def article_in_german(page, language):
    """An article not translated yet (one an editor wrote, see `write_untranslated_article`):
    the reader's interface around German text."""
    home(page, language)
    click_through(page, page.locator(".tile__link").first)
    click_through(page, page.locator(".card[lang=de] .card__title a").first)


def write_untranslated_article(new_context, log_in, admin):
    """The demo translates its own pages into every language its catalogues cover, so
    the ministry writes and publishes an article that nobody has translated yet."""
    ministry = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    admin.write_article(
        ministry,
        "Deutsch lernen",
        "Lesepatenschaften in der Stadtbibliothek",
        "Ehrenamtliche lesen mit Kindern und Erwachsenen, die Deutsch lernen.",
        "Die Lesestunden sind kostenlos und finden jeden Mittwoch in der Bibliothek statt.",
    )
    admin.publish(ministry)


def district(page, language):
    home(page, language)
    click_through(page, page.locator(".chip").first)


def news(page, language):
    home(page, language)
    click_through(page, page.locator("[aria-labelledby=news-heading] p a"))


def news_item(page, language):
    news(page, language)
    click_through(page, page.locator(".news-list .card__title a").first)


def events(page, language):
    home(page, language)
    click_through(page, page.locator(".next-events .button"))


def events_filtered(page, language):
    events(page, language)
    page.locator("#id_course_type").select_option(index=1)
    click_through(page, page.locator(".directory-filter__actions button[type=submit]"))


def event(page, language):
    events(page, language)
    click_through(page, page.locator(".event-item__title a").first)


def downloads(page, language):
    home(page, language)
    click_through(page, page.locator(".leaflet-teaser a"))


def downloads_filtered(page, language):
    downloads(page, language)
    page.locator("#id_topic").select_option("asylum")
    page.locator("#id_language").select_option(language)
    click_through(page, page.locator(".directory-filter__actions button[type=submit]"))


def leaflet(page, language):
    downloads(page, language)
    page.locator(".leaflet__more summary").first.click()
    click_through(page, page.locator(".leaflet .card__title a").first)


def map_page(page, language):
    home(page, language)
    click_through(page, page.locator(".map-entry"))


def map_search(page, language):
    map_page(page, language)
    page.locator("#id_place").fill("Parchim")
    page.locator("#id_category").select_option(index=1)
    click_through(page, page.locator(".directory-filter__actions button[type=submit]"))


def map_shown(page, language):
    map_search(page, language)
    page.locator("[data-map-show]").click()
    page.wait_for_selector("[data-map-ready]")


def location(page, language):
    map_search(page, language)
    click_through(page, page.locator(".location-item__name a").first)


def search(page, language):
    home(page, language)
    field = page.locator("#header-search")
    field.fill(SEARCH_WORD[language])
    with page.expect_navigation():
        field.press("Enter")


def district_with_local_section(page, language):
    home(page, language)
    click_through(page, page.locator(".chip", has_text="Ludwigslust-Parchim"))


def local_section(page, language):
    """A state article for all districts as a district shows it, with its local section."""
    district_with_local_section(page, language)
    click_through(page, page.locator(".state-articles a").first)


def district_figures(page, language):
    district_with_local_section(page, language)
    click_through(page, page.locator(".district-figures-link"))


def state_figures(page, language):
    district_figures(page, language)
    click_through(page, page.locator(".monitoring__all"))


def not_found(page, language):
    page.goto(NOT_FOUND[language])


def offline(page, language):
    """The offline page as the service worker shows it, one place saved."""
    map_search(page, language)
    click_through(page, page.locator(".location-item__name a").first)
    page.locator("[data-save-place]").click()
    page.wait_for_selector('[data-save-place][aria-pressed="true"]')
    page.goto(f"/{language}/offline/")


PAGE_TYPES = {
    "home": home,
    "section": section,
    "article": article,
    "article-in-german": article_in_german,
    "district": district,
    "news": news,
    "news-item": news_item,
    "events": events,
    "events-filtered": events_filtered,
    "event": event,
    "downloads": downloads,
    "downloads-filtered": downloads_filtered,
    "leaflet": leaflet,
    "map": map_page,
    "map-search": map_search,
    "map-shown": map_shown,
    "location": location,
    "search": search,
    "local-section": local_section,
    "district-figures": district_figures,
    "state-figures": state_figures,
    "not-found": not_found,
    "offline": offline,
}


CASES = [
    (page_type, language)
    for page_type in PAGE_TYPES
    for language in ("de", "ar")
    if not (page_type == "article-in-german" and language == "de")
]


@pytest.mark.parametrize(("page_type", "language"), CASES)
def test_page_type_passes_axe_and_the_html_checker(
    new_context, log_in, admin, tile_server, axe, html_checker, shot, page_type, language
):
    if page_type == "article-in-german":
        write_untranslated_article(new_context, log_in, admin)
    context = new_context()
    if page_type == "map-shown":
        context.watch.allow_host(tile_server["host"])
    if page_type == "not-found":
        context.watch.expect_status(404, NOT_FOUND[language])
    page = context.new_page()
    PAGE_TYPES[page_type](page, language)
    assert page.evaluate("document.documentElement.lang") == language
    shot(page, "phone")

    mirrored_wrongly = page.evaluate(
        """[...document.querySelectorAll('.icon--flip')]
            .filter(icon => icon.getClientRects().length)
            .filter(icon => {
                const style = getComputedStyle(icon);
                return style.transform.startsWith('matrix(-1') !== (style.direction === 'rtl');
            }).length"""
    )
    assert mirrored_wrongly == 0, "direction icons point the way their own text runs"

    violations = axe(page)
    assert not violations, "\n".join(violations)
    if page_type != "map-shown":
        html = page.request.get(page.url).text()
        errors = html_checker(html)
        assert not errors, "\n".join(errors)
