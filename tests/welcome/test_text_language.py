"""German text inside another language's page is marked `lang="de" dir="ltr"` on exactly
that text, never on the interface around it (DESIGN: pitfalls of 2026-11-23)."""

import re

import pytest
from wagtail.models import Locale, Site

from directory.models import Location
from home.models import ArticlePage
from welcome.foundation.models import LegalPages

pytestmark = pytest.mark.django_db
GERMAN = ' lang="de" dir="ltr"'


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def element(html, pattern):
    """The opening tag of the first element matching `pattern` (a regex on the tag)."""
    match = re.search(rf"<{pattern}[^>]*>", html)
    assert match, pattern
    return match.group(0)


def test_a_page_in_german_marks_its_text_and_leaves_the_interface_in_arabic(
    client, new_german_article
):
    page = new_german_article.get_translation(Locale.objects.get(language_code="ar"))
    assert page.alias_of_id
    html = html_of(client, page.url)
    assert element(html, "html").startswith('<html lang="ar" dir="rtl"')
    assert GERMAN in element(html, "h1")
    assert GERMAN in element(html, 'p class="lead"')
    assert GERMAN not in element(html, "article")
    assert GERMAN not in element(html, 'nav class="breadcrumbs"')
    assert GERMAN not in element(html, 'p class="notice notice--language"')
    assert GERMAN not in element(html, 'p class="last-reviewed"')


def test_a_translated_page_marks_nothing(client):
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    html = html_of(client, arabic.url)
    assert GERMAN not in element(html, "h1")
    assert GERMAN not in element(html, 'p class="lead"')
    texts = re.findall(r'<div class="rich-text"[^>]*>', html)
    assert texts and all(GERMAN not in text for text in texts)


def test_german_footer_pages_are_marked_in_arabic(client, new_german_article):
    # An editor makes a page not translated yet one of the legal pages.
    legal = LegalPages.for_site(Site.objects.get(is_default_site=True))
    legal.accessibility = new_german_article
    legal.save()
    arabic = Locale.objects.get(language_code="ar")
    # Where the Arabic version is an alias, the footer leads to the German page, marked.
    expected = []
    for page in legal.pages():
        version = page.get_translation(arabic)
        expected.append((GERMAN, page.url) if version.alias_of_id else ("", version.url))
    html = html_of(client, "/ar/")
    footer = html.split('<footer class="site-footer">', 1)[1]
    links = re.findall(r'<li([^>]*)><a href="([^"]+)"', footer)
    assert links == expected
    assert (GERMAN, new_german_article.url) in links


def test_german_place_names_in_an_arabic_list_are_marked(client):
    translated = set(
        Location.objects.filter(locale__language_code="ar").values_list("name", flat=True)
    )
    items, towns = [], set()
    for number in (1, 2, 3, 4):
        html = html_of(client, f"/ar/map/?place=Parchim&radius=50&page={number}")
        pattern = r'<h3 class="location-item__name"([^>]*)><a href="[^"]+">([^<]+)</a>'
        items += re.findall(pattern, html)
        towns.update(re.findall(r'<span lang="de" dir="ltr">([^<]+)</span>', html))
    assert any(name in translated for _attrs, name in items)
    assert any(name not in translated for _attrs, name in items)
    for attributes, name in items:
        assert (attributes == GERMAN) == (name not in translated), name
    assert "Parchim" in towns, "German town names are marked as well"


def test_a_german_place_on_an_arabic_page_marks_only_its_text(client):
    translated = Location.objects.filter(locale__language_code="ar").values("translation_key")
    location = (
        Location.objects.filter(locale__language_code="de")
        .exclude(translation_key__in=translated)
        .exclude(description="")
        .first()
    )
    html = html_of(client, f"/ar/map/{location.slug}/")
    assert GERMAN not in element(html, "article")
    assert GERMAN in element(html, "h1")
    assert f"<p{GERMAN}>{location.description}</p>" in html
    assert f"<span{GERMAN}>{location.street}</span>" in html
    assert GERMAN not in element(html, 'h2 id="address-heading"')
    assert GERMAN not in element(html, 'p class="notice notice--language"')


def test_host_names_and_file_details_are_isolated_from_right_to_left_text(client):
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    html = html_of(client, arabic.url)
    hosts = re.findall(r'<span class="link-list__host">\((<bdi dir="ltr">)?', html)
    assert hosts and all(opening for opening in hosts)
