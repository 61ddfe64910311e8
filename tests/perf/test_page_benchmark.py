"""Reader pages: SQL queries and server time of the home page, an article (German and
translated), a section page and the map page when the page cache has no entry for them
(see conftest.Benchmark), of an outdated translation (which shows the notice that the
German page is newer), and from the page cache. Times of the budget are taken over HTTP
from the production server (gunicorn, 2 workers); in-process times, which include the
test client's own template instrumentation, are shown for comparison. Adds its figures
to the budget table; asserts nothing about speed."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from directory.models import MapPage
from home.models import ArticlePage, HomePage, SectionPage
from tests.perf.conftest import EVERY_CACHE, PAGE_CACHE, http_p50s
from welcome.foundation.translation_state import page_text

pytestmark = pytest.mark.django_db

ARTICLE_QUERIES, ARTICLE_MS = 10, 15
HOME_QUERIES, HOME_MS = 12, 20
SECTION_QUERIES = 12
MAP_PAGE_MS = 40


def outdated_arabic_article():
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    german.intro += " Geändert."
    german.save_revision(user=get_user_model().objects.get(username="ministry")).publish()
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    assert page_text(arabic).outdated
    return arabic


def test_page_benchmark(benchmark_client, budget_table, production_server):
    german_home = HomePage.objects.get(locale__language_code="de")
    article = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    arabic = article.get_translation(Locale.objects.get(language_code="ar"))
    section = SectionPage.objects.get(locale__language_code="de", slug="deutsch-lernen")
    map_page = MapPage.objects.get(locale__language_code="de")
    pages = [
        ("home, de", german_home.url, HOME_QUERIES, HOME_MS),
        ("article, de", article.url, ARTICLE_QUERIES, ARTICLE_MS),
        ("article, ar", arabic.url, ARTICLE_QUERIES, ARTICLE_MS),
        ("section, de", section.url, SECTION_QUERIES, None),
        ("map page, de (364 places)", map_page.url, None, MAP_PAGE_MS),
    ]
    budget_table.start("Reader pages, page cache missed: over HTTP from gunicorn, 2 workers")
    over_http = http_p50s(production_server, [url for _label, url, _queries, _ms in pages])
    for label, url, _queries, ms in pages:
        budget_table.add(f"{label}: p50", over_http[url], "ms", below=ms)

    budget_table.start("Reader pages, page cache missed: in-process")
    for label, url, queries, _ms in pages:
        missed = benchmark_client.measure(url, cold=PAGE_CACHE)
        budget_table.add(f"{label}: SQL queries", missed.queries, at_most=queries)
        budget_table.add(f"{label}: p50 in-process", missed.p50_ms, "ms")
    outdated = benchmark_client.measure(outdated_arabic_article().url, cold=PAGE_CACHE)
    budget_table.add(
        "article, ar, outdated: SQL queries", outdated.queries, at_most=ARTICLE_QUERIES
    )
    budget_table.add("article, ar, outdated: p50 in-process", outdated.p50_ms, "ms")

    budget_table.start("Reader pages, every cache emptied before each request: in-process")
    for label, url, _queries, _ms in pages[:3]:
        cold = benchmark_client.measure(url, cold=EVERY_CACHE)
        budget_table.add(f"{label}: SQL queries", cold.queries)
        budget_table.add(f"{label}: p50 in-process", cold.p50_ms, "ms")

    budget_table.start("Cached anonymous pages (page cache, in-process)")
    for label, url, _queries, _ms in pages[:3]:
        hit = benchmark_client.measure(url, HTTP_ACCEPT_ENCODING="gzip")
        assert hit.response["X-Page-Cache"] == "hit", url
        budget_table.add(f"{label}: SQL queries", hit.queries, at_most=0)
        budget_table.add(f"{label}: p50", hit.p50_ms, "ms")
        budget_table.add(f"{label}: HTML gzipped", hit.kb_gzip, "KB")
