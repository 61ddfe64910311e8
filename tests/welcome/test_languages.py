import re

import pytest
from wagtail.models import Page

from home.models import ArticlePage, HomePage

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "fr", "es"]


def switcher_links(html):
    block = html.split('class="language-switcher__list"', 1)[1].split("</ul>", 1)[0]
    return {
        code: href
        for href, code in re.findall(
            r'<a class="language-switcher__link" href="([^"]+)" hreflang="([^"]+)"', block
        )
    }


def hreflang_links(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ar,en;q=0.5", "/ar/"),
        ("fr-CH, fr;q=0.9", "/fr/"),
        ("uk", "/uk/"),
        ("ja", "/de/"),
        ("", "/de/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_language_has_a_home_page(client):
    for code in LANGUAGES:
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        assert f'<html lang="{code}"' in response.content.decode()


def test_switcher_leads_to_the_translation_of_a_translated_article(client):
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    english = german.get_translation(german.locale.__class__.objects.get(language_code="en"))
    arabic = german.get_translation(german.locale.__class__.objects.get(language_code="ar"))
    links = switcher_links(client.get(german.url).content.decode())
    assert set(links) == set(LANGUAGES)
    assert links["de"] == german.url
    assert links["en"] == english.url
    assert links["ar"] == arabic.url
    assert links["fa"] == "/fa/"
    assert links["uk"] == "/uk/"


def test_switcher_leads_to_home_where_no_translation_exists(client):
    german = (
        ArticlePage.objects.filter(locale__language_code="de")
        .exclude(url_path__contains="/deutsch-lernen/")
        .exclude(slug__in=["impressum", "datenschutz", "barrierefreiheit"])
        .first()
    )
    links = switcher_links(client.get(german.url).content.decode())
    for code in LANGUAGES[1:]:
        assert links[code] == f"/{code}/"
        assert client.get(links[code]).status_code == 200


def test_no_switcher_link_is_ever_a_404(client):
    for page in Page.objects.live().filter(locale__language_code__in=["de", "ar"], depth__gt=1):
        for href in switcher_links(client.get(page.url).content.decode()).values():
            assert client.get(href).status_code == 200, (page.url, href)


def test_hreflang_and_canonical_point_at_real_translations(client):
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    html = client.get(german.url).content.decode()
    links = hreflang_links(html)
    assert set(links) == {"de", "en", "ar", "x-default"}
    assert links["x-default"] == links["de"] == f"http://testserver{german.url}"
    english = german.get_translation(german.locale.__class__.objects.get(language_code="en"))
    assert links["en"] == f"http://testserver{english.url}"
    assert f'<link rel="canonical" href="http://testserver{german.url}">' in html


def test_alias_canonical_points_at_the_german_page(client):
    alias = ArticlePage.objects.get(locale__language_code="fr", slug="integrationskurs")
    html = client.get(alias.url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{alias.alias_of.url}">' in html
    assert '<link rel="alternate" hreflang="fr"' not in html


def test_home_pages_are_linked_translations():
    german = HomePage.objects.get(locale__language_code="de")
    for code in ("en", "ar"):
        translation = HomePage.objects.get(locale__language_code=code)
        assert translation.translation_key == german.translation_key
        assert translation.alias_of_id is None
        assert translation.title != german.title


def test_interface_strings_are_translated(client):
    html = client.get("/ar/").content.decode()
    assert "Skip to content" not in html
    html = client.get("/de/").content.decode()
    assert "Zum Inhalt springen" in html
