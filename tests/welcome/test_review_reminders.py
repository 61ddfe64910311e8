"""Review dates with reminders: a section's interval, the e-mails to the editors of each
page that falls due (once), and the notice readers see on an overdue page."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from home.models import ArticlePage, DistrictPage, SectionPage
from welcome.editorial.models import ReviewReminder
from welcome.editorial.review_reminders import due_pages, send_review_reminders

pytestmark = pytest.mark.django_db

LAW = "gesetzliche-grundlagen-aufenthalt-asylrecht"
NOTICE = "Diese Seite wurde länger nicht geprüft"


def german_article(section_slug):
    section = SectionPage.objects.get(locale__language_code="de", slug=section_slug)
    return ArticlePage.objects.child_of(section).live().first()


def reviewed(page, months_ago, today):
    day = today - relativedelta(months=months_ago)
    ArticlePage.objects.filter(pk=page.pk).update(last_reviewed=day)
    return ArticlePage.objects.get(pk=page.pk)


def test_law_falls_due_after_six_months_the_others_after_twelve():
    today = timezone.localdate()
    law = reviewed(german_article(LAW), 7, today)
    health = reviewed(german_article("gesundheit"), 7, today)
    assert law.review_interval_months() == 6
    assert law.review_overdue
    assert not health.review_overdue
    assert health.review_due == health.last_reviewed + relativedelta(months=12)
    due = dict(due_pages(today))
    assert law in due
    assert health not in due


def test_each_editor_is_reminded_once_per_due_date():
    today = timezone.localdate()
    ArticlePage.objects.update(last_reviewed=today)
    DistrictPage.objects.update(last_reviewed=today)
    law = reviewed(german_article(LAW), 7, today)
    district = DistrictPage.objects.get(locale__language_code="de", slug="ludwigslust-parchim")
    DistrictPage.objects.filter(pk=district.pk).update(
        last_reviewed=today - relativedelta(months=13)
    )
    mail.outbox.clear()

    assert send_review_reminders(today) > 0
    recipients = {address for message in mail.outbox for address in message.to}
    # Who may change the page: the ministry everywhere, a district's editors their own.
    assert "ministry@example.org" in recipients
    assert "district-ludwigslust-parchim@example.org" in recipients
    assert "district-rostock@example.org" not in recipients
    assert "admin@example.org" not in recipients, "administrators are not asked"
    assert not any(address.startswith("translator-") for address in recipients)
    to_ministry = next(message for message in mail.outbox if message.to == ["ministry@example.org"])
    assert law.title in to_ministry.body
    assert district.title in to_ministry.body
    assert f"/admin/pages/{law.pk}/edit/" in to_ministry.body
    to_district = next(
        message
        for message in mail.outbox
        if message.to == ["district-ludwigslust-parchim@example.org"]
    )
    assert district.title in to_district.body
    assert law.title not in to_district.body

    mail.outbox.clear()
    assert send_review_reminders(today) == 0
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []
    assert ReviewReminder.objects.filter(page=law).count() == 1

    # Reviewed again today: due in six months, and reminded again then, once.
    ArticlePage.objects.filter(pk=law.pk).update(last_reviewed=today)
    later = today + relativedelta(months=6)
    assert send_review_reminders(later) > 0
    assert ReviewReminder.objects.filter(page=law).count() == 2


def test_readers_see_a_notice_on_an_overdue_page_only(client, django_user_model):
    today = timezone.localdate()
    law = reviewed(german_article(LAW), 5, today)
    assert NOTICE not in client.get(law.url).content.decode()
    # The cached page is kept no longer than until the day the notice must appear.
    request = RequestFactory().get(law.url)
    request.user = AnonymousUser()
    response = law.serve(request)
    due = timezone.make_aware(datetime.datetime.combine(law.review_due, datetime.time()))
    assert response.page_cache_expires == due

    # The German page is published with a review date seven months back: its
    # translations take the date over.
    law = reviewed(law, 7, today)
    law.save_revision(user=django_user_model.objects.get(username="ministry")).publish()
    arabic = ArticlePage.objects.filter(
        translation_key=law.translation_key, locale__language_code="ar"
    )
    assert arabic.get().last_reviewed == law.last_reviewed
    assert NOTICE in client.get(law.url).content.decode()
    assert "لم تُراجَع هذه الصفحة منذ مدة" in client.get(arabic.get().url).content.decode()
