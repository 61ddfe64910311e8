"""Leaflets: the file in the reader's language offered first, the downloads page with its
topic and language filters, leaflets on district pages and in articles, and their files
in every language tree."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.leaflets import LEAFLETS_PER_PAGE, leaflet_in_tree
from home.models import ArticlePage, DistrictPage, DownloadsPage, LeafletFile, LeafletPage
from welcome.demo.leaflets import sample_pdf
from welcome.foundation import page_cache, site_chrome

pytestmark = pytest.mark.django_db

HREFLANGS = re.compile(r'<a [^>]*href="/documents/[^"]*" hreflang="([\w-]+)"')


def downloads_page(language="de"):
    return DownloadsPage.objects.get(locale__language_code=language)


def leaflet(slug, language="de"):
    """The version in `language` of the German demo leaflet with `slug`."""
    german = LeafletPage.objects.get(slug=slug, locale__language_code="de")
    return german.get_translation(Locale.objects.get(language_code=language))


def card(html, title):
    """The HTML of the leaflet card (or box) whose title is `title`."""
    start = html.index(title)
    end = html.find('<li class="card leaflet">', start)
    return html[start : end if end > 0 else None]


def test_files_come_in_the_readers_language_then_german_then_the_rest():
    asylum = leaflet("beispiel-merkblatt-asylverfahren")
    order = [leaflet_file.language for leaflet_file in asylum.files_for("ar")]
    assert order[:2] == ["ar", "de"]
    assert sorted(order) == sorted(asylum.files.values_list("language", flat=True))
    assert [leaflet_file.language for leaflet_file in asylum.files_for("es")][0] == "de"


@pytest.mark.parametrize(
    ("language", "first"), [("ar", "ar"), ("de", "de"), ("fa", "fa"), ("es", "de")]
)
def test_the_downloads_page_offers_each_reader_their_language_first(client, language, first):
    response = client.get(downloads_page(language).url)
    assert response.status_code == 200
    html = response.content.decode()
    everyday = card(html, leaflet("beispiel-broschuere-alltag", language).title)
    assert HREFLANGS.findall(everyday)[0] == first


def test_leaflets_with_a_file_in_the_readers_language_come_first(client):
    html = client.get(downloads_page("es").url).content.decode()
    titles = [leaflet(slug, "es").title for slug in ("beispiel-flyer-gegen-haeusliche-gewalt",)]
    others = [
        leaflet(slug, "es").title
        for slug in ("beispiel-broschuere-alltag", "beispiel-merkblatt-asylverfahren")
    ]
    assert max(html.index(title) for title in titles) < min(html.index(t) for t in others)


def test_the_topic_filter_keeps_one_topic(client):
    html = client.get(downloads_page().url, {"topic": "violence"}).content.decode()
    assert "Flyer gegen häusliche Gewalt" in html
    assert "Merkblatt zum Ablauf des Asylverfahrens" not in html
    assert 'name="robots" content="noindex, follow"' in html


def test_the_language_filter_keeps_leaflets_in_that_language_and_offers_it_first(client):
    html = client.get(downloads_page().url, {"language": "ti"}).content.decode()
    assert "Merkblatt zum Ablauf des Asylverfahrens" in html
    assert "Broschüre zum Alltag in Deutschland" not in html
    assert HREFLANGS.findall(html)[0] == "ti"


@pytest.mark.parametrize(
    "query",
    [
        {"topic": "nope"},
        {"language": "\x00"},
        {"language": "x" * 300},
        {"topic": ["asylum", "violence"], "language": "klingon"},
    ],
)
def test_a_bad_filter_is_a_400_that_names_the_problem(client, query):
    response = client.get(downloads_page().url, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Diese Auswahl gibt es nicht" in html
    assert 'role="alert"' in html


@pytest.mark.parametrize("number", ["abc", "-1", "99999", "\x00"])
def test_bad_page_numbers_show_a_page(client, number):
    assert client.get(downloads_page().url, {"page": number}).status_code == 200


def test_the_downloads_page_costs_the_same_queries_with_more_leaflets(
    client, django_assert_max_num_queries
):
    page = downloads_page()
    template = leaflet("beispiel-broschuere-alltag")
    document = template.files.first().document
    for number in range(LEAFLETS_PER_PAGE * 2):
        extra = LeafletPage(
            title=f"Merkblatt {number}", topic="health", summary="Zum Testen.", locale=page.locale
        )
        extra.files = [LeafletFile(language="de", document=document)]
        page.add_child(instance=extra)
        extra.save_revision().publish()
    # What every page shares is cached, as on a running site; this page is not.
    client.get(page.url, {"uncached": 0})
    with django_assert_max_num_queries(10):
        response = client.get(page.url, {"page": 2, "uncached": 1})
    assert response.status_code == 200
    assert response.content.decode().count('<li class="card leaflet">') == LEAFLETS_PER_PAGE


def test_a_district_page_lists_its_own_leaflets(client):
    district = DistrictPage.objects.get(locale__language_code="ar", slug="ludwigslust-parchim")
    assert leaflet("beispiel-ausfuellhinweise-jobcenter", "ar").alias_of_id is None
    html = client.get(district.url).content.decode()
    jobcenter = card(html, leaflet("beispiel-ausfuellhinweise-jobcenter", "ar").title)
    assert HREFLANGS.findall(jobcenter)[0] == "ar"
    assert "Merkblatt zum Ablauf des Asylverfahrens" not in html


def test_an_article_shows_its_leaflet_with_the_readers_file_first(client):
    german = ArticlePage.objects.get(locale__language_code="de", slug="hilfe-bei-gewalt")
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    html = client.get(arabic.url).content.decode()
    box = html[html.index('<aside class="leaflet leaflet--box">') :]
    assert HREFLANGS.findall(box)[0] == "ar"
    assert leaflet("beispiel-flyer-gegen-haeusliche-gewalt", "ar").url in box


def test_a_leaflet_chosen_in_another_tree_is_shown_in_the_readers_tree():
    german = leaflet("beispiel-merkblatt-asylverfahren")
    arabic = leaflet("beispiel-merkblatt-asylverfahren", "ar")
    shown, files = leaflet_in_tree(german, arabic.locale_id)
    assert shown.pk == arabic.pk
    assert files[0].language == "ar"
    arabic.unpublish()
    shown, files = leaflet_in_tree(german, arabic.locale_id)
    assert shown.pk == german.pk


def test_every_language_version_of_a_leaflet_has_its_files():
    german = leaflet("beispiel-merkblatt-asylverfahren")
    for version in LeafletPage.objects.filter(translation_key=german.translation_key):
        assert sorted(version.files.values_list("language", flat=True)) == sorted(
            leaflet("beispiel-merkblatt-asylverfahren").files.values_list("language", flat=True)
        )


def test_the_leaflet_page_lists_every_file_and_links_to_all_leaflets(client):
    page = leaflet("beispiel-merkblatt-asylverfahren", "fa")
    html = client.get(page.url).content.decode()
    assert HREFLANGS.findall(html)[0] == "fa"
    assert len(HREFLANGS.findall(html)) == page.files.count()
    assert downloads_page("fa").url in html


def test_a_replaced_document_renews_the_cached_pages():
    document = leaflet("beispiel-broschuere-alltag").files.first().document
    before = (site_chrome.VERSION.current(), page_cache.GENERATION.current())
    document.file.save("ersetzt.pdf", ContentFile(sample_pdf(["Neue Fassung"])), save=False)
    document._set_document_file_metadata()
    document.save()
    after = (site_chrome.VERSION.current(), page_cache.GENERATION.current())
    assert before[0] != after[0] and before[1] != after[1]
    assert get_document_model().objects.get(pk=document.pk).file_size == document.file.size


def test_the_sample_pdf_is_a_pdf():
    pdf = sample_pdf(["Ein (Test) mit Umlauten: äöü"])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    offset = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[offset:].startswith(b"xref")


def languages_of(page):
    return sorted(page.files.values_list("language", flat=True))


def test_a_file_added_to_the_german_leaflet_reaches_every_translation_at_once():
    german = leaflet("beispiel-broschuere-alltag")
    arabic = leaflet("beispiel-broschuere-alltag", "ar")
    assert arabic.alias_of_id is None, "a translation, not an alias"
    old_revision = arabic.latest_revision
    german.files.add(LeafletFile(language="ti", document=german.files.first().document))
    german.save_revision().publish()
    assert "ti" in languages_of(arabic) and languages_of(arabic) == languages_of(german)
    # A translation published again from a revision older than the new file takes the
    # German files again.
    old_revision.publish()
    assert languages_of(LeafletPage.objects.get(pk=arabic.pk)) == languages_of(german)


def admin_client(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.mark.parametrize(
    ("username", "parent", "allowed"),
    [
        ("district-ludwigslust-parchim", "ludwigslust-parchim", True),
        ("district-ludwigslust-parchim", "rostock", False),
        ("district-ludwigslust-parchim", "downloads", False),
        ("ministry", "downloads", True),
        ("ministry", "rostock", True),
        ("translator-ar-1", "downloads", False),
        ("moderator", "ludwigslust-parchim", False),
    ],
)
def test_who_may_add_a_leaflet_where(client, username, parent, allowed):
    page = Page.objects.get(slug=parent, locale__language_code="de")
    response = admin_client(client, username).get(
        reverse("wagtailadmin_pages:add", args=["home", "leafletpage", page.pk])
    )
    assert (response.status_code == 200) is allowed
    assert refused(response) is not allowed


@pytest.mark.parametrize(
    ("username", "slug", "allowed"),
    [
        ("district-ludwigslust-parchim", "beispiel-ausfuellhinweise-jobcenter", True),
        ("district-rostock", "beispiel-ausfuellhinweise-jobcenter", False),
        ("district-ludwigslust-parchim", "beispiel-merkblatt-asylverfahren", False),
        ("translator-fa-1", "beispiel-merkblatt-asylverfahren", False),
        ("ministry", "beispiel-merkblatt-asylverfahren", True),
    ],
)
def test_who_may_edit_a_german_leaflet(client, username, slug, allowed):
    response = admin_client(client, username).get(
        reverse("wagtailadmin_pages:edit", args=[leaflet(slug).pk])
    )
    assert (response.status_code == 200) is allowed
    assert refused(response) is not allowed


def test_two_files_in_one_language_are_an_error_not_a_crash(client):
    german = leaflet("beispiel-merkblatt-asylverfahren")
    document_id = german.files.first().document_id
    data = nested_form_data(
        {
            "title": german.title,
            "slug": german.slug,
            "topic": german.topic,
            "summary": german.summary,
            "publisher": "",
            "last_reviewed": "2026-11-01",
            "files": inline_formset(
                [
                    {"language": "ar", "document": document_id},
                    {"language": "ar", "document": document_id},
                ]
            ),
        }
    )
    before = languages_of(german)
    response = admin_client(client, "ministry").post(
        reverse("wagtailadmin_pages:edit", args=[german.pk]), data
    )
    assert response.status_code == 200
    # Django's formset names the duplicate in the editor's language (German here).
    assert "Bitte die unten aufgeführten doppelten Werte korrigieren." in response.content.decode()
    assert languages_of(LeafletPage.objects.get(pk=german.pk)) == before
