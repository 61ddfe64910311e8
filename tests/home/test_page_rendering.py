import re

import pytest
from wagtail.models import Page

from home.models import ArticlePage, DistrictPage, HomePage, SectionPage

pytestmark = pytest.mark.django_db

RTL = {"ar", "fa"}


def live_pages():
    return Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path")


def test_every_page_renders_in_every_language_it_exists_in(client):
    seen_types = set()
    languages = set()
    for page in live_pages():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        code = page.locale.language_code
        direction = "rtl" if code in RTL else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in html, page.url
        assert "<h1" in html
        seen_types.add(page.specific_class)
        languages.add(code)
    assert {HomePage, SectionPage, ArticlePage, DistrictPage} <= seen_types
    assert languages == {"de", "en", "ar", "fa", "uk", "ru", "fr", "es"}


def test_article_shows_review_date_breadcrumbs_and_blocks(client):
    article = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    html = client.get(article.url).content.decode()
    assert 'class="breadcrumbs"' in html
    assert "<time datetime=" in html
    assert 'class="question"' in html or 'class="info-box"' in html
    assert "<details" in html or 'class="info-box"' in html


def test_questions_are_an_accordion_without_javascript(client):
    article = next(
        page
        for page in ArticlePage.objects.live().filter(locale__language_code="de")
        if any(block.block_type == "questions" for block in page.body)
    )
    html = client.get(article.url).content.decode()
    assert re.search(r"<details class=\"question\">\s*<summary", html)
    # The one script of every page (offline use, sharing) has nothing to do with it.
    scripts = re.findall(r"<script[^>]*>", html)
    assert len(scripts) == 1 and "/welcome/js/reader." in scripts[0]


def test_alias_pages_say_they_show_german_text(client, new_german_article):
    alias = ArticlePage.objects.get(
        locale__language_code="fa", translation_key=new_german_article.translation_key
    )
    assert alias.alias_of_id
    html = client.get(alias.url).content.decode()
    assert 'lang="de" dir="ltr"' in html
    assert 'class="notice notice--language"' in html


def test_sample_content_is_marked(client):
    sample = ArticlePage.objects.filter(locale__language_code="de", is_sample_content=True).first()
    html = client.get(sample.url).content.decode()
    assert "notice--sample" in html


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert 'role="search"' in response.content.decode()
