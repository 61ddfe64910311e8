"""The translators' queue: order (legal pages, then "translate first", then deadlines),
word counts of untranslated and changed segments, cost, deadlines set by the ministry,
the CSV export and the reminders before a deadline, sent once."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from home.models import ArticlePage
from tests.welcome.test_permission_matrix import refused
from welcome.editorial import translation_queue
from welcome.editorial.models import TranslationDeadline
from welcome.foundation.models import LegalPages
from welcome.foundation.spreadsheets import spreadsheet_safe

pytestmark = pytest.mark.django_db

NEW_SENTENCE = "Diese Angaben wurden im November neu gefasst und gelten ab sofort."


def login(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def farsi():
    return Locale.objects.get(language_code="fa")


def imprint():
    return LegalPages.objects.first().imprint.specific


def change_german(page, intro):
    page.intro = intro
    page.save_revision(user=get_user_model().objects.get(username="ministry")).publish()


def test_legal_pages_first_then_emergencies_then_deadlines(new_german_article):
    legal = imprint()
    change_german(legal, NEW_SENTENCE)
    urgent = ArticlePage.objects.get(locale__language_code="de", slug="hilfe-bei-gewalt")
    change_german(urgent, f"{urgent.intro} {NEW_SENTENCE}")
    ArticlePage.objects.filter(pk=urgent.pk).update(translate_first=True)
    translation_queue.set_deadline(new_german_article, farsi(), timezone.localdate(), None)

    entries = translation_queue.queue(farsi())
    order = [entry.page.pk for entry in entries]
    assert order[:3] == [legal.pk, urgent.pk, new_german_article.pk]
    assert [entry.priority_label for entry in entries[:3]] == [
        "Rechtliche Seite",
        "Zuerst übersetzen",
        "",
    ]


@override_settings(TRANSLATION_PRICE_PER_WORD="0.20")
def test_words_and_cost_of_what_waits(new_german_article):
    legal = imprint()
    change_german(legal, NEW_SENTENCE)
    entries = {entry.page.pk: entry for entry in translation_queue.queue(farsi())}

    changed = entries[legal.pk]
    assert changed.untranslated_words == 0
    assert changed.changed_words == len(NEW_SENTENCE.split())
    assert changed.cost == Decimal("0.20") * len(NEW_SENTENCE.split())

    new = entries[new_german_article.pk]
    assert new.changed_words == 0
    known = len(new_german_article.title.split()) + len(new_german_article.intro.split())
    assert new.untranslated_words > known, "the body counts too"
    assert new.cost == (Decimal("0.20") * new.words).quantize(Decimal("0.01"))


def test_the_ministry_sets_deadlines_translators_see_them(new_german_article):
    url = reverse("welcome_translation_deadline", args=[new_german_article.pk, "fa"])
    day = timezone.localdate() + datetime.timedelta(days=20)
    for outsider in ("translator-fa-1", "district-ludwigslust-parchim", "moderator"):
        client = login(outsider)
        assert refused(client.get(url))
        assert refused(client.post(url, {"due": day.isoformat()}))
    assert not TranslationDeadline.objects.exists()

    ministry = login("ministry")
    assert ministry.post(url, {"due": "31.02.2026"}).status_code == 400
    assert ministry.post(url, {"due": "x" * 100_000}).status_code == 400
    assert ministry.get(url.replace("/fa/", "/xx/")).status_code == 404
    german_of_nothing = Page.objects.get(depth=1)
    assert (
        ministry.get(
            reverse("welcome_translation_deadline", args=[german_of_nothing.pk, "fa"])
        ).status_code
        == 404
    )
    assert ministry.post(url, {"due": day.isoformat()}).status_code == 302
    assert TranslationDeadline.objects.get().due == day

    listing = login("translator-fa-1").get(reverse("welcome_translations"), {"language": "fa"})
    row = next(row for row in listing.context["rows"] if row.page.pk == new_german_article.pk)
    assert row.deadline.due == day
    assert "Set a deadline" not in listing.content.decode()

    assert ministry.post(url, {"due": ""}).status_code == 302
    assert not TranslationDeadline.objects.exists()


def test_the_queue_downloads_as_csv_in_its_order(new_german_article):
    ArticlePage.objects.filter(pk=new_german_article.pk).update(title="=SUMME(A1:A9)")
    client = login("translator-fa-1")
    response = client.get(reverse("welcome_translations"), {"language": "fa", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="translation-queue-fa')
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["page"] for row in rows] == [
        spreadsheet_safe(entry.page.title) for entry in translation_queue.queue(farsi())
    ]
    assert "'=SUMME(A1:A9)" in [row["page"] for row in rows]
    bad = client.get(reverse("welcome_translations"), {"language": "fa", "export": "pdf"})
    assert bad.status_code == 400


def test_translators_are_reminded_once_before_a_deadline(new_german_article):
    today = timezone.localdate()
    current = ArticlePage.objects.get(locale__language_code="de", slug="wohnung-finden")
    translation_queue.set_deadline(new_german_article, farsi(), today + datetime.timedelta(3), None)
    translation_queue.set_deadline(current, farsi(), today + datetime.timedelta(2), None)
    later = ArticlePage.objects.get(locale__language_code="de", slug="hilfe-bei-gewalt")
    translation_queue.set_deadline(later, farsi(), today + datetime.timedelta(30), None)
    mail.outbox.clear()

    assert translation_queue.send_translation_reminders() == 2
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "translator-fa-1@example.org",
        "translator-fa-2@example.org",
    ]
    body = mail.outbox[0].body
    assert new_german_article.title in body
    assert current.title not in body, "its translation is current"
    assert later.title not in body, "its deadline is a month away"

    mail.outbox.clear()
    assert translation_queue.send_translation_reminders() == 0
    # A new date is a new deadline: reminded again.
    translation_queue.set_deadline(new_german_article, farsi(), today + datetime.timedelta(1), None)
    assert translation_queue.send_translation_reminders() == 2
