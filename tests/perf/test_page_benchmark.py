"""Reader pages: server time and SQL queries of the home page and an article, German and
translated, with and without the cache, and of an outdated translation (which shows the
notice that the German page is newer). Prints a table; asserts nothing about speed."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from home.models import ArticlePage, HomePage
from welcome.foundation.translation_state import page_text

pytestmark = pytest.mark.django_db


def outdated_arabic_article():
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    german.intro += " Geändert."
    german.save_revision(user=get_user_model().objects.get(username="ministry")).publish()
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    assert page_text(arabic).outdated
    return arabic


def test_page_benchmark(benchmark_client):
    german_home = HomePage.objects.get(locale__language_code="de")
    article = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    arabic = article.get_translation(Locale.objects.get(language_code="ar"))
    pages = [
        ("home, de", german_home.url),
        ("article, de", article.url),
        ("article, ar", arabic.url),
    ]
    for label, url in pages:
        benchmark_client.measure(label, url)
        benchmark_client.measure(f"{label}, uncached", url, cold=True)
    outdated = outdated_arabic_article()
    benchmark_client.measure("article, ar, outdated, uncached", outdated.url, cold=True)
    benchmark_client.print_table("Reader pages: server time and SQL queries")
