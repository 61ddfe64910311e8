"""Reader pages: server time and SQL queries of the home page and an article, German and
translated, with every cache emptied before each request (uncached) and from the page
cache, and of an outdated translation (which shows the notice that the German page is
newer). Adds its figures to the budget table; asserts nothing about speed."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from home.models import ArticlePage, HomePage
from welcome.foundation.translation_state import page_text

pytestmark = pytest.mark.django_db

ARTICLE_QUERIES, ARTICLE_MS = 10, 15
HOME_QUERIES, HOME_MS = 12, 20


def outdated_arabic_article():
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    german.intro += " Geändert."
    german.save_revision(user=get_user_model().objects.get(username="ministry")).publish()
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    assert page_text(arabic).outdated
    return arabic


def test_page_benchmark(benchmark_client, budget_table):
    german_home = HomePage.objects.get(locale__language_code="de")
    article = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    arabic = article.get_translation(Locale.objects.get(language_code="ar"))
    pages = [
        ("home, de", german_home.url, HOME_QUERIES, HOME_MS),
        ("article, de", article.url, ARTICLE_QUERIES, ARTICLE_MS),
        ("article, ar", arabic.url, ARTICLE_QUERIES, ARTICLE_MS),
    ]
    budget_table.start("Reader pages, uncached (every cache emptied before each request)")
    for label, url, queries, ms in pages:
        uncached = benchmark_client.measure(url, cold=True)
        budget_table.add(f"{label}: SQL queries", uncached.queries, at_most=queries)
        budget_table.add(f"{label}: p50", uncached.p50_ms, "ms", below=ms)
    outdated = benchmark_client.measure(outdated_arabic_article().url, cold=True)
    budget_table.add(
        "article, ar, outdated: SQL queries", outdated.queries, at_most=ARTICLE_QUERIES
    )
    budget_table.add("article, ar, outdated: p50", outdated.p50_ms, "ms", below=ARTICLE_MS)

    budget_table.start("Cached anonymous pages (page cache, in-process)")
    for label, url, _queries, _ms in pages:
        hit = benchmark_client.measure(url, HTTP_ACCEPT_ENCODING="gzip")
        assert hit.response["X-Page-Cache"] == "hit", url
        budget_table.add(f"{label}: SQL queries", hit.queries, at_most=0)
        budget_table.add(f"{label}: p50", hit.p50_ms, "ms")
        budget_table.add(f"{label}: HTML gzipped", hit.kb_gzip, "KB")
