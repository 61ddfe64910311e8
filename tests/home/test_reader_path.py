"""The reader path computes each thing once: SQL queries per page within the budgets of
DESIGN.md, the same with few or many children, listed pages paginated.

`queries_of` measures a page the way a reader meets it when the page itself is not cached:
it is rendered, while what pages share (menu, footer, directory names, the map page,
Wagtail's site root paths) is as a running site has it, warmed by the same page under
another address (a query string that a cache of whole pages keys apart). `cold_queries`
empties the whole cache first, as after a restart of the cache."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import ARTICLES_PER_PAGE, ArticlePage, DistrictPage, HomePage, SectionPage
from welcome.foundation import page_cache

pytestmark = pytest.mark.django_db
GERMAN = ' lang="de" dir="ltr"'


def queries_of(client, url):
    client.get(url, {"warm": "1"})
    # Pages made through the ORM in a test send no publish signal: set aside whole pages
    # cached before, as publishing would.
    page_cache.invalidate()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return queries


def cold_queries(client, url):
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return queries


def home(language="de"):
    return HomePage.objects.get(locale__language_code=language)


def article_with_nearby_places():
    article = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    assert any(block.block_type == "nearby_places" for block in article.body)
    return article


def new_section(parent, children, slug="viele-artikel"):
    section = parent.add_child(
        instance=SectionPage(title="Viele Artikel", slug=slug, intro="Eine Liste.")
    )
    add_articles(section, children)
    return section


def add_articles(parent, count):
    start = parent.get_children().count()
    for number in range(start, start + count):
        parent.add_child(
            instance=ArticlePage(
                title=f"Artikel {number:03d}", slug=f"artikel-{number:03d}", intro="Kurz."
            )
        )


@pytest.mark.parametrize("language", ["de", "ar"])
def test_an_article_takes_at_most_ten_queries(client, language):
    article = article_with_nearby_places()
    if language != "de":
        article = article.get_translation(Locale.objects.get(language_code=language))
    queries = queries_of(client, article.url)
    assert len(queries) <= 10


def test_an_outdated_translation_takes_no_more(client, django_user_model):
    german = article_with_nearby_places()
    german.intro += " Geändert."
    german.save_revision(user=django_user_model.objects.get(username="ministry")).publish()
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    queries = queries_of(client, arabic.url)
    assert "notice--language" in client.get(arabic.url).content.decode()
    assert len(queries) <= 10


def test_the_home_page_takes_at_most_twelve_queries(client):
    queries = queries_of(client, home().url)
    assert len(queries) <= 12


@pytest.mark.parametrize("language", ["de", "ar"])
def test_a_section_page_costs_the_same_with_3_or_33_articles(client, language):
    german = new_section(home(), 3)
    section = german
    if language != "de":
        arabic_home = home(language)
        section = german.create_alias(
            parent=arabic_home, update_locale=arabic_home.locale, recursive=True
        )
    few = queries_of(client, section.url)
    few_cold = cold_queries(client, section.url)
    add_articles(german, 30)
    if language != "de":
        section = german.create_alias(
            parent=home(language),
            update_locale=home(language).locale,
            update_slug="viele-artikel-2",
            recursive=True,
        )
    many = queries_of(client, section.url)
    many_cold = cold_queries(client, section.url)
    assert len(many) == len(few) <= 12
    assert len(many_cold) == len(few_cold)
    html = client.get(section.url).content.decode()
    assert html.count('class="card"') == ARTICLES_PER_PAGE
    if language != "de":
        # Every card of an alias shows German text, marked as such without a query.
        assert html.count(f'<li class="card"{GERMAN}>') == ARTICLES_PER_PAGE


def test_a_district_page_costs_the_same_with_3_or_33_articles(client):
    district_page = DistrictPage.objects.get(locale__language_code="de", slug="ludwigslust-parchim")
    assert district_page.district_id
    add_articles(district_page, 3)
    few = queries_of(client, district_page.url)
    few_cold = cold_queries(client, district_page.url)
    add_articles(district_page, 30)
    many = queries_of(client, district_page.url)
    many_cold = cold_queries(client, district_page.url)
    assert len(many) == len(few) <= 12
    assert len(many_cold) == len(few_cold)
    categories = [q for q in many if 'FROM "directory_category"' in q["sql"]]
    assert len(categories) <= 1, "category names come from the cache"


def test_the_page_state_is_read_once_per_request(client, new_german_article):
    """The notice, the canonical link, hreflang and every element marked as German text
    of a page come from one query about its translation state."""
    page = new_german_article.get_translation(Locale.objects.get(language_code="fa"))
    assert page.alias_of_id
    queries = cold_queries(client, page.url)
    assert not [query for query in queries if "wagtail_localize_stringsegment" in query["sql"]], (
        "an alias shows the German text: there is no translation to compare"
    )
    html = client.get(page.url).content.decode()
    assert html.count(GERMAN) > 3
    assert 'class="notice notice--language"' in html

    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    assert not arabic.alias_of_id
    queries = cold_queries(client, arabic.url)
    state = [query for query in queries if "wagtail_localize_stringsegment" in query["sql"]]
    assert len(state) == 1
    # Read with the language versions, and compared for the page shown, not for each one.
    assert "wagtailcore_page" in state[0]["sql"]
    assert f"CASE WHEN page.id = {arabic.pk} THEN" in state[0]["sql"]


def test_section_pages_are_paginated(client):
    section = new_section(home(), ARTICLES_PER_PAGE + 3)
    first = client.get(section.url).content.decode()
    second = client.get(section.url, {"page": 2}).content.decode()
    assert "Artikel 000" in first and "Artikel 000" not in second
    assert f"Artikel {ARTICLES_PER_PAGE:03d}" in second
    assert second.count('class="card"') == 3
    nav = re.search(r'<nav class="pagination" aria-label="[^"]+">.*?</nav>', first, re.S)
    assert nav and 'rel="next" href="?page=2"' in nav.group(0)
    assert 'rel="prev" href="?page=1"' in second


@pytest.mark.parametrize("number", ["0", "-1", "abc", "999", "2.5", ""])
def test_a_page_number_that_is_no_page_shows_the_nearest_page(client, number):
    section = new_section(home(), ARTICLES_PER_PAGE + 1)
    response = client.get(section.url, {"page": number})
    assert response.status_code == 200
    assert response.content.decode().count('class="card"') in {1, ARTICLES_PER_PAGE}


def test_pagination_speaks_the_readers_language_right_to_left(client):
    german = new_section(home(), ARTICLES_PER_PAGE + 1)
    arabic_home = home("ar")
    arabic = german.create_alias(
        parent=arabic_home, update_locale=arabic_home.locale, recursive=True
    )
    html = client.get(arabic.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    nav = re.search(r'<nav class="pagination" aria-label="([^"]+)">(.*?)</nav>', html, re.S)
    assert nav.group(1) == "الصفحات"
    assert "التالي" in nav.group(2)
    assert GERMAN not in nav.group(0), "the interface around German cards is Arabic"


def test_private_children_stay_out_of_listings(client):
    section = new_section(home(), 3)
    hidden = ArticlePage.objects.child_of(section).get(slug="artikel-001")
    page_cache.invalidate()
    assert "Artikel 001" in client.get(section.url).content.decode()
    assert "Viele Artikel" in client.get(home().url).content.decode()
    # Both pages are cached now, and so are the restricted sections (none): a new
    # restriction renews both at once.
    restriction = PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    html = client.get(section.url).content.decode()
    assert "Artikel 000" in html and "Artikel 002" in html
    assert "Artikel 001" not in html
    restricted = Page.objects.get(pk=section.pk)
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    assert "Viele Artikel" not in client.get(home().url).content.decode()
    assert client.get(hidden.url).status_code == 302, "Wagtail still asks for a login"
    restriction.delete()
    PageViewRestriction.objects.filter(page=restricted).delete()
    assert "Artikel 001" in client.get(section.url).content.decode()


def test_a_place_under_the_map_page_and_unknown_paths_still_route(client):
    html = client.get("/de/karte/").content.decode()
    place = re.search(r'class="location-item__name"[^>]*><a href="(/de/karte/[^"]+/)"', html)
    assert client.get(place.group(1)).status_code == 200
    assert client.get("/de/karte/gibt-es-nicht/").status_code == 404
    assert client.get("/de/deutsch-lernen/integrationskurs/weiter/").status_code == 404
    assert client.get("/de/deutsch-lernen/gibt-es-nicht/").status_code == 404


def test_routing_follows_changes_to_a_language_home_and_to_the_sites(client):
    """Routing keeps each host's site and each language's home page with the site chrome
    (welcome.foundation.page_views): unpublishing a home page or changing the sites
    counts at the next request."""
    assert "<h1" in client.get("/en/").content.decode()
    english = home("en")
    assert english.title in client.get("/en/").content.decode()
    english.unpublish()
    html = client.get("/en/").content.decode()
    assert english.title not in html and home().title in html, "Wagtail's `localized`"
    english.save_revision().publish()
    assert english.title in client.get("/en/").content.decode()

    section = SectionPage.objects.get(locale__language_code="de", slug="deutsch-lernen")
    site = Site.objects.create(hostname="testserver", port=80, root_page=section)
    response = client.get("/de/")
    assert response.status_code == 200 and f"<h1>{section.title}</h1>" in response.content.decode()
    assert client.get("/de/integrationskurs/").status_code == 200
    assert client.get("/de/deutsch-lernen/integrationskurs/").status_code == 404
    site.delete()
    assert client.get("/de/deutsch-lernen/integrationskurs/").status_code == 200
