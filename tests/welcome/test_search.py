"""Search per language (welcome.search): word forms, the languages PostgreSQL has no
stemmer for, German fallbacks, excerpts, suggestions, the map's word filter, and entries
kept in step with publishing."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page
from wagtail_localize.synctree import create_aliases_for_new_page

from home.models import ArticlePage, SectionPage
from welcome.search import entries
from welcome.search.matching import (
    config_for,
    excerpt_html,
    matching,
    query_words,
    ranked,
    suggestion,
)
from welcome.search.models import SearchEntry

pytestmark = pytest.mark.django_db


def result_links(html):
    return re.findall(r'<h2 class="card__title"><a href="([^"]+)"', html)


def entry(language, title, text, text_language=None):
    """An entry of its own, as if for a page: for matching a language the demo does not
    hold text in."""
    text_language = text_language or language
    object_id = 10_000_000 + SearchEntry.objects.count()
    row = SearchEntry(
        content_type=ContentType.objects.get_for_model(Page),
        object_id=object_id,
        language=language,
        text_language=text_language,
        text_config=config_for(text_language),
        title=title,
        text=text,
    )
    entries.write([row])
    return SearchEntry.objects.get(object_id=object_id)


def found(language, query):
    words = query_words(query)
    own = SearchEntry.objects.filter(object_id__gte=10_000_000, language=language)
    return list(matching(own, words, language).values_list("title", flat=True))


def test_german_word_forms_find_the_same_pages(client):
    for query in ("Kurs", "Kursen", "Kurse"):
        links = result_links(client.get("/de/search/", {"q": query}).content.decode())
        assert "/de/deutsch-lernen/integrationskurs/" in links, query


def test_russian_word_forms_meet():
    entry("ru", "Языковые курсы", "Курсы немецкого языка для взрослых.")
    assert found("ru", "курсов") == ["Языковые курсы"]
    assert found("ru", "курс") == ["Языковые курсы"]


def test_arabic_word_forms_meet():
    entry("ar", "دورة الاندماج", "تتكون دورة الاندماج من دورة لغة ودورة توجيه.", "ar")
    for query in ("دورة", "دورات", "الدورات"):
        assert found("ar", query) == ["دورة الاندماج"], query


def test_ukrainian_and_farsi_match_by_prefix_then_by_trigrams():
    entry("uk", "Мовні курси", "Курси німецької мови для дорослих.")
    entry("fa", "کلاس‌های زبان", "کلاس‌های زبان آلمانی برای بزرگسالان.")
    assert found("uk", "курсів") == ["Мовні курси"]
    assert found("uk", "курзи") == ["Мовні курси"]
    assert found("fa", "کلاسها") == ["کلاس‌های زبان"]
    assert found("uk", "лікар") == []


def test_every_word_must_match():
    entry("ru", "Языковые курсы", "Курсы немецкого языка.")
    assert found("ru", "курсы врач") == []


def test_excerpts_mark_the_words_found_and_escape_the_text():
    row = entry("de", "Kurse", "Ein <script>alert(1)</script> Sprachkurs für 5 < 6 & Eltern.")
    words = query_words("Sprachkurse")
    result = ranked(SearchEntry.objects.filter(pk=row.pk), words, "de").get()
    html = excerpt_html(result.excerpt, words, result.text)
    assert "<mark>Sprachkurs</mark>" in html
    assert "<script>" not in html
    assert "5 &lt; 6 &amp; Eltern" in html


def test_search_page_highlights_and_suggests(client):
    html = client.get("/de/search/", {"q": "Orientierungskurs"}).content.decode()
    assert "<mark>" in html

    html = client.get("/de/search/", {"q": "Integratoinskurs"}).content.decode()
    assert result_links(html) == []
    assert 'class="search-suggestion"' in html
    assert "?q=integrationskurs" in html


def test_no_suggestion_when_every_word_is_known():
    assert suggestion(query_words("Integrationskurs"), "de") is None


@pytest.mark.parametrize("language", ["fr", "uk", "fa"])
def test_german_fallbacks_are_found_in_every_language_tree_marked_german(client, language):
    section = SectionPage.objects.get(locale__language_code="de", slug="deutsch-lernen")
    page = section.add_child(
        instance=ArticlePage(
            title="Sprachpatenschaften",
            slug="sprachpatenschaften",
            intro="Ehrenamtliche Sprachpaten üben mit Ihnen Deutsch im Alltag.",
        )
    )
    create_aliases_for_new_page(page)
    page.save_revision(user=get_user_model().objects.get(username="ministry")).publish()
    alias = page.get_translation(Locale.objects.get(language_code=language))
    assert alias.alias_of_id == page.pk

    html = client.get(f"/{language}/search/", {"q": "Sprachpaten"}).content.decode()
    assert result_links(html) == [alias.url]
    assert f'<a href="{alias.url}" lang="de" dir="ltr">' in html

    page.unpublish()
    html = client.get("/de/search/", {"q": "Sprachpaten"}).content.decode()
    assert result_links(html) == []


def test_entries_made_while_the_demo_was_built_are_those_a_rebuild_makes():
    def shown():
        return set(
            SearchEntry.objects.values_list("object_id", "language", "text_language", "title")
        )

    built = shown()
    assert built
    entries.rebuild()
    assert shown() == built


@pytest.mark.parametrize(
    "query", ["!!!", "a:* & | ! ' \\ (", "Kurs\u00ad", "ß" * 200, "'; DROP TABLE x; --"]
)
def test_odd_queries_are_answered(client, query):
    response = client.get("/de/search/", {"q": query})
    assert response.status_code == 200


def test_map_word_filter_understands_word_forms(client):
    def count(query):
        html = client.get("/de/karte/", {"q": query}).content.decode()
        return html.count('class="location-item"')

    assert count("Sprachkurs") > 0
    assert count("Sprachkurse") == count("Sprachkurs")
