"""A German page's way into Farsi and back to "needs an update", on PostgreSQL, through
the same views editors use."""

import importlib
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from directory.models import Location
from home.models import ArticlePage
from tests.welcome.test_permission_matrix import translate_segment
from welcome.editorial import translation_workflow
from welcome.editorial.translation_workflow import page_translations
from welcome.settings import base

pytestmark = pytest.mark.django_db


def login(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def farsi():
    return Locale.objects.get(language_code="fa")


def test_round_trip_from_german_to_farsi_and_outdated_again(new_german_article):
    german_page = new_german_article
    farsi_alias = german_page.get_translation(farsi())
    assert farsi_alias.alias_of_id == german_page.pk

    # A ministry editor submits the German page for translation into Farsi.
    ministry = login("ministry")
    response = ministry.post(
        reverse("wagtail_localize:submit_page_translation", args=[german_page.pk]),
        {"locales": [farsi().pk]},
    )
    assert response.status_code == 302
    farsi_page = ArticlePage.objects.get(pk=farsi_alias.pk)
    assert farsi_page.alias_of_id is None
    state = page_translations(farsi(), [german_page])[0]
    assert state.state == translation_workflow.PENDING

    # Readers still get the German text, marked as such, not an unreviewed draft.
    reader_view = Client().get(farsi_page.url)
    html = reader_view.content.decode()
    assert reader_view.status_code == 200
    assert re.search(r'<h1 lang="de" dir="ltr">[^<]*Sprachcafé', html)
    assert "notice--language" in html

    # The Farsi translator translates every segment in the translation editor.
    translator = login("translator-fa-1")
    assert (
        b"js-translation-editor"
        in translator.get(reverse("wagtailadmin_pages:edit", args=[farsi_page.pk])).content
    )
    translation = Translation.objects.get(
        source__object_id=german_page.translation_key, target_locale=farsi()
    )
    for segment in StringSegment.objects.filter(source=translation.source):
        response = translate_segment(translator, translation, segment, f"FA-{segment.pk}")
        assert response.status_code in (200, 201)
    assert translation.get_progress()[0] == translation.get_progress()[1]

    # ... and submits it for review; readers still see the German text.
    response = translator.post(reverse("welcome_submit_for_review", args=[farsi_page.pk]))
    assert response.status_code == 302
    farsi_page.refresh_from_db()
    assert not farsi_page.title.startswith("FA-")
    assert page_translations(farsi(), [german_page])[0].state == translation_workflow.IN_REVIEW

    # A second Farsi translator reviews and approves: now readers see the translation.
    reviewer = login("translator-fa-2")
    task_state = farsi_page.current_workflow_task_state
    response = reviewer.post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[farsi_page.pk, "approve", task_state.pk]
        ),
        {"comment": ""},
    )
    assert response.status_code == 302
    farsi_page.refresh_from_db()
    assert farsi_page.title.startswith("FA-")
    assert page_translations(farsi(), [german_page])[0].state == translation_workflow.CURRENT
    reader_view = Client().get(farsi_page.url)
    assert reader_view.status_code == 200
    assert "notice--language" not in reader_view.content.decode()

    # The German page changes.
    german_page.intro = "Das Sprachcafé trifft sich jetzt auch am Abend."
    german_page.save_revision(user=get_user_model().objects.get(username="ministry")).publish()

    # After the sync (done on publish), the Farsi page is outdated ...
    state = page_translations(farsi(), [german_page])[0]
    assert state.state == translation_workflow.OUTDATED
    assert state.untranslated_segments == 1

    # ... listed for the Farsi translators ...
    listing = translator.get(reverse("welcome_translations"), {"language": "fa"})
    assert listing.status_code == 200
    row_link = reverse("welcome_submit_for_review", args=[farsi_page.pk])
    assert row_link in listing.content.decode()

    # ... and its readers are told, in Farsi, with a link to the German page.
    reader_view = Client().get(farsi_page.url)
    html = reader_view.content.decode()
    assert "notice--language" in html
    assert f'href="{german_page.url}" hreflang="de"' in html
    assert 'class="notice notice--language" role="note" lang="fa" dir="rtl"' in html
    assert "The German page has been changed" not in html


def test_an_unchanged_german_republish_does_not_outdate_translations():
    english = Locale.objects.get(language_code="en")
    german_page = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    assert page_translations(english, [german_page])[0].state == translation_workflow.CURRENT
    german_page.save_revision().publish()
    assert page_translations(english, [german_page])[0].state == translation_workflow.CURRENT


def test_translators_list_only_their_languages():
    translator = login("translator-fa-1")
    assert translator.get(reverse("welcome_translations")).status_code == 200
    response = translator.get(reverse("welcome_translations"), {"language": "ar"})
    assert response.status_code == 400
    assert (
        login("translator-ar-1")
        .get(reverse("welcome_translations"), {"language": "ar"})
        .status_code
        == 200
    )
    bad_show = translator.get(reverse("welcome_translations"), {"language": "fa", "show": "x"})
    assert bad_show.status_code == 400


def test_the_list_counts_missing_pages(new_german_article):
    response = login("translator-fa-1").get(
        reverse("welcome_translations"), {"language": "fa", "show": "all"}
    )
    counts = response.context["counts"]
    rows = response.context["rows"]
    german_text = set(
        Page.objects.filter(locale=farsi(), alias_of__isnull=False).values_list(
            "translation_key", flat=True
        )
    )
    # The demo's Farsi translations are reviewed and current; what stays German (the
    # article an editor just wrote, and whatever the Farsi catalogue lacks) is missing.
    assert counts["total"] == len(rows) > 40
    for row in rows:
        expected = row.page.translation_key in german_text
        assert (row.translation.state == translation_workflow.MISSING) == expected, row.page
        assert row.translation.state in (translation_workflow.MISSING, translation_workflow.CURRENT)
    missing = [row for row in rows if row.translation.state == translation_workflow.MISSING]
    assert new_german_article.pk in {row.page.pk for row in missing}
    assert counts["todo"] == len(missing)


def test_submitting_a_page_that_is_no_translation_is_refused_clearly():
    german_page = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    before = german_page.latest_revision_id
    response = login("ministry").post(reverse("welcome_submit_for_review", args=[german_page.pk]))
    assert response.status_code == 400
    german_page.refresh_from_db()
    assert german_page.latest_revision_id == before
    assert german_page.current_workflow_state is None


def test_machine_translation_is_configured_from_the_environment(monkeypatch):
    monkeypatch.setenv("DEBUG", "1")
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    assert importlib.reload(base).WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None
    monkeypatch.setenv("DEEPL_API_KEY", "test-key:fx")
    configured = importlib.reload(base).WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    assert configured["CLASS"].endswith("DeepLTranslator")
    assert configured["OPTIONS"]["AUTH_KEY"] == "test-key:fx"
    monkeypatch.delenv("DEEPL_API_KEY")
    importlib.reload(base)


def test_the_dummy_machine_translator_fills_farsi_segments():
    german_page = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    farsi_page = translation_workflow.start_translation(
        german_page, farsi(), get_user_model().objects.get(username="ministry")
    )
    translation = Translation.objects.get(
        source__object_id=german_page.translation_key, target_locale=farsi()
    )
    response = login("translator-fa-1").post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )
    assert response.status_code == 302
    total, translated = translation.get_progress()
    assert translated == total > 0
    assert farsi_page.pk


def test_the_list_sums_up_directory_records_of_the_language():
    response = login("translator-ar-1").get(reverse("welcome_translations"), {"language": "ar"})
    summaries = {summary.model: summary for summary, _label, _url in response.context["snippets"]}
    locations = summaries[Location]
    german_count = Location.objects.filter(locale__language_code="de").count()
    arabic_count = Location.objects.filter(locale__language_code="ar").count()
    assert locations.german == german_count
    assert locations.missing == german_count - arabic_count > 0
    assert locations.outdated == 0
    assert "?locale=ar" in response.content.decode()


def test_a_changed_german_location_counts_as_outdated_in_arabic():
    arabic = Locale.objects.get(language_code="ar")
    translated = Location.objects.filter(locale=arabic).first()
    german_location = translated.get_translation(Locale.objects.get(language_code="de"))

    def outdated():
        summaries = translation_workflow.snippet_translations(arabic)
        return next(summary.outdated for summary in summaries if summary.model is Location)

    assert outdated() == 0
    german_location.save()  # no change of text: nothing to translate
    assert outdated() == 0
    german_location.description = "Neue Beschreibung der Anlaufstelle."
    german_location.save()
    assert outdated() == 1


def test_a_pending_translation_is_offered_only_as_german_text(new_german_article):
    german_page = new_german_article
    farsi_page = translation_workflow.start_translation(
        german_page, farsi(), get_user_model().objects.get(username="ministry")
    )
    farsi_url = farsi_page.get_url()
    sitemap = Client().get("/sitemap.xml").content.decode()
    assert farsi_url not in sitemap
    german_view = Client().get(german_page.url).content.decode()
    assert 'rel="alternate" hreflang="fa"' not in german_view
    assert f'href="{farsi_url}"' not in german_view  # the switcher offers the Farsi home
    farsi_view = Client().get(farsi_url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{german_page.url}">' in farsi_view
    # Search finds it by its German words, marked German, as it finds aliases.
    search = Client().get("/fa/search/", {"q": "Sprachcafé"})
    assert f'<a href="{farsi_url}" lang="de" dir="ltr">' in search.content.decode()
