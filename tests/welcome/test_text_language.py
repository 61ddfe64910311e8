"""German text inside another language's page is marked `lang="de" dir="ltr"` on exactly
that text, never on the interface around it (DESIGN: pitfalls of 2026-11-23)."""

import re

import pytest
from wagtail.models import Locale

from directory.models import Location
from home.models import ArticlePage

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


def untranslated_arabic_article():
    german = ArticlePage.objects.filter(locale__language_code="de")
    arabic = Locale.objects.get(language_code="ar")
    for page in german:
        version = page.get_translation_or_none(arabic)
        if version is not None and version.alias_of_id:
            return version
    raise AssertionError("the demo has an article not translated into Arabic")


def test_a_page_in_german_marks_its_text_and_leaves_the_interface_in_arabic(client):
    page = untranslated_arabic_article()
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


def test_german_footer_pages_are_marked_in_arabic(client):
    html = html_of(client, "/ar/")
    footer = html.split('<footer class="site-footer">', 1)[1]
    links = re.findall(r"<li([^>]*)><a href", footer)
    assert links and all(attributes == GERMAN for attributes in links)


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
