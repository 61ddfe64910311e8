import re

import pytest
from django.db.models import BooleanField, CharField, Exists, ExpressionWrapper, OuterRef, Q
from django.db.models.functions import Cast
from wagtail.models import Locale, Page, Revision

from home.models import ArticlePage, HomePage
from welcome.foundation.languages import german_text_pages, page_versions, pending_translation
from welcome.foundation.translation_state import PageText, page_text

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


def translations_of(page):
    """{language: translated page} of a German page's real (not alias) live translations."""
    return {
        translation.locale.language_code: translation
        for translation in page.get_translations()
        .live()
        .filter(alias_of__isnull=True)
        .select_related("locale")
    }


def test_switcher_leads_to_the_translation_of_a_translated_article(client):
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    translations = translations_of(german)
    assert {"en", "ar"} <= set(translations), "the committed catalogues translate it"
    links = switcher_links(client.get(german.url).content.decode())
    assert set(links) == set(LANGUAGES)
    assert links["de"] == german.url
    for code in LANGUAGES[1:]:
        assert links[code] == (translations[code].url if code in translations else f"/{code}/")


def test_switcher_leads_to_home_where_no_translation_exists(client, new_german_article):
    links = switcher_links(client.get(new_german_article.url).content.decode())
    for code in LANGUAGES[1:]:
        assert links[code] == f"/{code}/"
        assert client.get(links[code]).status_code == 200


def test_no_switcher_link_is_ever_a_404(client):
    linked = {}
    for page in Page.objects.live().filter(locale__language_code__in=["de", "ar"], depth__gt=1):
        for href in switcher_links(client.get(page.url).content.decode()).values():
            # A German page and its Arabic version link the same addresses: each is
            # followed once.
            linked.setdefault(href, page.url)
    for href, page_url in linked.items():
        assert client.get(href).status_code == 200, (page_url, href)


def test_hreflang_and_canonical_point_at_real_translations(client):
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    html = client.get(german.url).content.decode()
    links = hreflang_links(html)
    translations = translations_of(german)
    assert {"en", "ar"} <= set(translations)
    assert set(links) == {"de", "x-default", *translations}
    assert links["x-default"] == links["de"] == f"http://testserver{german.url}"
    for code, translation in translations.items():
        assert links[code] == f"http://testserver{translation.url}"
    assert f'<link rel="canonical" href="http://testserver{german.url}">' in html


def test_alias_canonical_points_at_the_german_page(client, new_german_article):
    alias = ArticlePage.objects.get(
        locale__language_code="fr", translation_key=new_german_article.translation_key
    )
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


def pending_by_the_orm():
    """What pending_translation means, built from the ORM's own expressions: the
    reference its SQL is held to."""
    foreign_revision = Exists(
        Revision.objects.filter(pk=OuterRef("live_revision_id")).exclude(
            object_id=Cast(OuterRef("pk"), CharField())
        )
    )
    never_published = Q(live_revision__isnull=True, alias_of__isnull=True) & ~Q(
        locale__language_code="de"
    )
    return dict(
        Page.objects.annotate(
            pending=ExpressionWrapper(
                Q(foreign_revision) | never_published, output_field=BooleanField()
            )
        ).values_list("pk", "pending")
    )


def test_pending_translation_gives_the_same_answer_in_every_query_that_asks_it():
    """Pending translations are told in SQL of their own, for speed: on a page
    queryset, on a page type's queryset, inside a subquery, and in page_versions, whose
    query is written as SQL; each must give the ORM's answer for every demo page."""
    reference = pending_by_the_orm()
    assert any(reference.values()) and not all(reference.values())
    assert dict(Page.objects.annotate(p=pending_translation()).values_list("pk", "p")) == reference
    articles = dict(ArticlePage.objects.annotate(p=pending_translation()).values_list("pk", "p"))
    assert articles and all(reference[pk] is pending for pk, pending in articles.items())
    german_text = set(
        Page.objects.filter(pk__in=german_text_pages().values("pk")).values_list("pk", flat=True)
    )
    aliases = set(Page.objects.filter(alias_of__isnull=False).values_list("pk", flat=True))
    assert german_text == aliases | {pk for pk, pending in reference.items() if pending}
    for page in Page.objects.filter(depth__gt=1):
        rows = page_versions(page)
        assert page.pk in {row.pk for row in rows}
        for row in rows:
            assert bool(row.pending) is reference[row.pk], (page.url_path, row.url_path)
            if row.pk != page.pk:
                assert not row.outdated


def test_a_translation_is_outdated_once_its_german_page_changes(django_user_model):
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    assert page_text(arabic) == PageText(german_url=german.url)
    german.intro += " Geändert."
    german.save_revision(user=django_user_model.objects.get(username="ministry")).publish()
    arabic = Page.objects.get(pk=arabic.pk)
    assert page_text(arabic).outdated
