"""Journey: readers search on a phone. A German reader types a word form the articles do
not use ("Kursen") and reaches the article from a highlighted excerpt; a misspelt word
gets a "did you mean" that leads to the results; on the map, "Sprachkurse" and
"Sprachkurs" find the same places; an Arabic reader finds articles by an Arabic word."""

import re

import pytest

pytestmark = pytest.mark.browser


def search_from_header(page, words):
    field = page.locator("#header-search")
    field.fill(words)
    with page.expect_navigation():
        field.press("Enter")


def test_a_reader_finds_an_article_by_another_word_form(phone, shot):
    page = phone.new_page()
    page.goto("/de/")
    search_from_header(page, "Kursen")
    titles = page.locator(".search-results .card__title a").all_inner_texts()
    assert "Der Integrationskurs" in titles
    assert page.locator(".search-results mark").count() > 0
    shot(page, "1-results")

    with page.expect_navigation():
        page.locator(".search-results .card__title a", has_text="Der Integrationskurs").click()
    assert page.locator("h1").inner_text() == "Der Integrationskurs"


def test_a_misspelt_word_is_offered_the_word_the_portal_knows(phone, shot):
    page = phone.new_page()
    page.goto("/de/")
    search_from_header(page, "Integratoinskurs")
    assert page.locator(".search-results").count() == 0
    suggestion = page.locator(".search-suggestion a")
    assert suggestion.inner_text() == "integrationskurs"
    shot(page, "2-suggestion")
    with page.expect_navigation():
        suggestion.click()
    assert "Der Integrationskurs" in page.locator(".search-results").inner_text()


def test_the_map_word_filter_finds_the_same_places_for_each_form(phone):
    page = phone.new_page()
    counts = {}
    for words in ("Sprachkurs", "Sprachkurse"):
        page.goto("/de/karte/")
        page.locator("#id_q").fill(words)
        with page.expect_navigation():
            page.locator("#id_q").press("Enter")
        heading = page.locator("#results-heading").inner_text()
        counts[words] = int(re.search(r"\d+", heading).group())
    assert counts["Sprachkurs"] > 0
    assert counts["Sprachkurse"] == counts["Sprachkurs"]


def test_an_arabic_reader_finds_articles_by_an_arabic_word(new_context, shot):
    page = new_context(locale="ar").new_page()
    page.goto("/ar/")
    search_from_header(page, "الاندماج")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    links = page.locator(".search-results .card__title a")
    assert links.count() > 0
    assert all(href.startswith("/ar/") for href in (a.get_attribute("href") for a in links.all()))
    shot(page, "3-arabic-results")
