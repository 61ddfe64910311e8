"""Providers confirm their own entry: who is asked and when, the signed link and its
page, a confirmation, a proposal and its review by the district's editors, every step
in the location's history, and the confirmation rate in the content health report."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import ModelLogEntry

from directory.models import Location
from tests.welcome.test_permission_matrix import refused
from welcome.editorial import provider_confirmation
from welcome.editorial.content_health import district_rows
from welcome.editorial.models import ConfirmationRequest

pytestmark = pytest.mark.django_db

DISTRICT = "ludwigslust-parchim"


def parchim_place():
    """A German place in Parchim, which the demo translates into other languages."""
    return (
        Location.objects.filter(locale__language_code="de", city="Parchim")
        .exclude(email="")
        .order_by("pk")
        .first()
    )


def only_due(*locations, months=13):
    """Every German place verified today but `locations`, verified `months` ago."""
    today = timezone.localdate()
    Location.objects.update(last_verified=today)
    Location.objects.filter(pk__in=[location.pk for location in locations]).update(
        last_verified=today - relativedelta(months=months)
    )


def ask(location):
    only_due(location)
    mail.outbox.clear()
    provider_confirmation.send_confirmation_requests()
    return ConfirmationRequest.objects.get(location=location)


def link_path(request):
    with override("de"):
        return reverse("entry_confirmation", args=[provider_confirmation.token_for(request)])


def user(username):
    return get_user_model().objects.get(username=username)


def history(location):
    return list(
        ModelLogEntry.objects.filter(object_id=str(location.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_who_is_asked_and_when():
    place = parchim_place()
    recent = Location.objects.filter(locale__language_code="de").exclude(pk=place.pk).first()
    silent = (
        Location.objects.filter(locale__language_code="de")
        .exclude(pk__in=[place.pk, recent.pk])
        .first()
    )
    only_due(place, silent)
    Location.objects.filter(pk=recent.pk).update(
        last_verified=timezone.localdate() - relativedelta(months=9)
    )
    Location.objects.filter(pk=silent.pk).update(email="", confirmation_email="")
    assert list(provider_confirmation.due_locations()) == [place]

    Location.objects.filter(pk=place.pk).update(confirmation_email="traeger@example.org")
    mail.outbox.clear()
    assert provider_confirmation.send_confirmation_requests() == 1
    (message,) = mail.outbox
    assert message.to == ["traeger@example.org"], "the confirmation contact, not the public e-mail"
    assert place.name in message.body
    request = ConfirmationRequest.objects.get(location=place)
    assert provider_confirmation.link_for(request) in message.body
    assert history(place)[-1] == provider_confirmation.REQUESTED

    # Cron runs again tomorrow: the link is still valid, nobody is asked twice.
    mail.outbox.clear()
    assert provider_confirmation.send_confirmation_requests() == 0
    # Once it has expired unanswered, the provider is asked again.
    later = timezone.now() + datetime.timedelta(days=31)
    assert provider_confirmation.send_confirmation_requests(now=later) == 1
    assert ConfirmationRequest.objects.filter(location=place).count() == 2


def test_one_email_per_provider_with_a_link_per_entry():
    first, second = Location.objects.filter(locale__language_code="de").order_by("pk")[:2]
    only_due(first, second)
    Location.objects.filter(pk__in=[first.pk, second.pk]).update(
        confirmation_email="verein@example.org"
    )
    mail.outbox.clear()
    assert provider_confirmation.send_confirmation_requests() == 1
    body = mail.outbox[0].body
    for request in ConfirmationRequest.objects.filter(location__in=[first, second]):
        assert provider_confirmation.link_for(request) in body


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_PORT=1, EMAIL_TIMEOUT=2
)
def test_a_refusing_mail_server_records_nothing():
    place = parchim_place()
    only_due(place)
    entries = ModelLogEntry.objects.count()
    with pytest.raises(OSError):
        provider_confirmation.send_confirmation_requests()
    assert not ConfirmationRequest.objects.exists()
    assert ModelLogEntry.objects.count() == entries


def test_the_provider_confirms_and_every_language_is_verified_today(client):
    place = parchim_place()
    request = ask(place)
    page = client.get(link_path(request))
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert page["X-Robots-Tag"] == "noindex"
    text = page.content.decode()
    assert place.name in text and place.street in text
    assert request.email not in text or request.email == place.email

    response = client.post(link_path(request), {"action": "confirm"})
    assert response.status_code == 302
    versions = Location.objects.filter(translation_key=place.translation_key)
    assert versions.count() > 1
    assert {version.last_verified for version in versions} == {timezone.localdate()}
    assert history(place)[-1] == provider_confirmation.CONFIRMED

    # The link answers once; afterwards it thanks, and a second answer changes nothing.
    again = client.post(link_path(request), {"action": "confirm"})
    assert again.status_code == 200
    assert "Vielen Dank" in again.content.decode()
    assert history(place).count(provider_confirmation.CONFIRMED) == 1


def test_links_that_are_not_ours_or_expired(client):
    place = parchim_place()
    request = ask(place)
    path = link_path(request)
    token = path.rstrip("/").rsplit("/", 1)[1]
    forged = path.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert client.get(forged).status_code == 404
    assert client.get(path.replace(token, "x" * 5000)).status_code == 404
    assert client.get(path.replace(token, "%00")).status_code == 404
    with override("de"):
        other_salt = reverse("entry_confirmation", args=["MQ:1vAbCd:xyz"])
    assert client.get(other_salt).status_code == 404

    ConfirmationRequest.objects.filter(pk=request.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    expired = client.get(path)
    assert expired.status_code == 410
    assert "abgelaufen" in expired.content.decode()
    assert client.post(path, {"action": "confirm"}).status_code == 410
    assert Location.objects.get(pk=place.pk).last_verified < timezone.localdate()


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"action": "propose"}, "Ändern Sie mindestens ein Feld"),
        ({"action": "propose", "phone": "0385\x00123"}, "Null"),
        ({"action": "propose", "description": "x" * 200_000}, "höchstens 10000"),
        ({"action": "propose", "message": "y" * 200_000}, "höchstens 2000"),
        ({"action": "propose", "postcode": "1937"}, "Fünf Ziffern"),
        ({"action": "propose", "email": "kein-mail"}, "E-Mail"),
        ({"action": "propose", "website": "javascript:alert(1)"}, "gültige Adresse"),
        ({"action": "propose", "name": ""}, "muss ausgefüllt werden"),
        ({"action": "nonsense"}, "Bitte nutzen Sie einen der Knöpfe"),
        ({}, "Bitte nutzen Sie einen der Knöpfe"),
    ],
)
def test_bad_proposals_are_refused_with_a_reason(client, data, error):
    place = parchim_place()
    request = ask(place)
    current = {name: getattr(place, name) for name in provider_confirmation.PROPOSABLE_FIELDS}
    posted = {**current, **data} if data.get("action") == "propose" else data
    response = client.post(link_path(request), posted)
    assert response.status_code == 400
    assert error in response.content.decode()
    request.refresh_from_db()
    assert request.answer == ""
    assert Location.objects.get(pk=place.pk).phone == place.phone


def test_a_proposal_is_reviewed_by_the_districts_editors(
    client, django_capture_on_commit_callbacks
):
    place = parchim_place()
    request = ask(place)
    fields = {name: getattr(place, name) for name in provider_confirmation.PROPOSABLE_FIELDS}
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            link_path(request),
            {
                **fields,
                "action": "propose",
                "phone": "+49 3871 000000",
                "opening_hours_note": "Mittwochs geschlossen.",
                "message": "Neue Sprechzeiten ab Januar: Di 9-12 Uhr.",
            },
        )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.answer == ConfirmationRequest.PROPOSED
    assert request.proposed_changes == {
        "phone": "+49 3871 000000",
        "opening_hours_note": "Mittwochs geschlossen.",
    }
    assert history(place)[-1] == provider_confirmation.PROPOSED
    # The district's editors are asked, not the ministry or other districts.
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {f"district-{DISTRICT}@example.org"}
    review_path = reverse("welcome_proposal_review", args=[request.pk])
    assert review_path in mail.outbox[0].body
    # Nothing changes before the review, and the provider is not asked again meanwhile.
    assert Location.objects.get(pk=place.pk).phone == place.phone
    assert place not in provider_confirmation.due_locations()

    # Who may not review: another district, a translator, a moderator; the list hides it.
    for outsider in ("district-rostock", "translator-ar-1", "moderator"):
        client.force_login(user(outsider))
        assert refused(client.get(review_path))
        assert refused(client.post(review_path, {"action": "apply", "fields": ["phone"]}))
        listing = client.get(reverse("welcome_proposals"))
        if outsider == "district-rostock":
            assert place.name not in listing.content.decode()
        else:
            assert refused(listing)
    request.refresh_from_db()
    assert request.outcome == ""

    client.force_login(user(f"district-{DISTRICT}"))
    listing = client.get(reverse("welcome_proposals"))
    assert place.name in listing.content.decode()
    page = client.get(review_path)
    assert "Neue Sprechzeiten ab Januar" in page.content.decode()
    # A field the provider did not propose cannot be slipped in.
    assert client.post(review_path, {"action": "apply", "fields": ["slug"]}).status_code == 400
    response = client.post(review_path, {"action": "apply", "fields": ["phone"]})
    assert response.status_code == 302
    german = Location.objects.get(pk=place.pk)
    assert german.phone == "+49 3871 000000"
    assert german.opening_hours_note == place.opening_hours_note, "not chosen, not applied"
    assert german.last_verified == timezone.localdate()
    translations = Location.objects.filter(translation_key=place.translation_key).exclude(
        pk=place.pk
    )
    assert {version.phone for version in translations} == {"+49 3871 000000"}
    assert history(place)[-1] == provider_confirmation.APPLIED
    request.refresh_from_db()
    assert request.outcome == ConfirmationRequest.APPLIED
    assert request.reviewed_by == user(f"district-{DISTRICT}")
    # Reviewed once: a second apply or decline is refused.
    assert client.post(review_path, {"action": "decline"}).status_code == 400


def test_declining_leaves_the_entry_as_it_was(client):
    place = parchim_place()
    request = ask(place)
    fields = {name: getattr(place, name) for name in provider_confirmation.PROPOSABLE_FIELDS}
    client.post(link_path(request), {**fields, "action": "propose", "city": "Schwerin"})
    client.force_login(user("ministry"))
    review_path = reverse("welcome_proposal_review", args=[request.pk])
    assert "Position auf der Karte" in client.get(review_path).content.decode()
    assert client.post(review_path, {"action": "decline"}).status_code == 302
    assert Location.objects.get(pk=place.pk).city == "Parchim"
    assert history(place)[-1] == provider_confirmation.DECLINED


def test_the_confirmation_rate_per_district():
    place = parchim_place()
    request = ask(place)
    row = next(row for row in district_rows() if row["district"] == place.district.short_name)
    assert (row["asked"], row["answered"], row["answered_share"]) == (1, 0, 0)
    provider_confirmation.confirm(request)
    row = next(row for row in district_rows() if row["district"] == place.district.short_name)
    assert (row["asked"], row["answered"], row["answered_share"]) == (1, 1, 100)


def test_the_confirmation_contact_is_never_shown_to_readers(client):
    place = parchim_place()
    Location.objects.filter(translation_key=place.translation_key).update(
        confirmation_email="intern-xyz@example.org"
    )
    place_page = client.get(f"/de/karte/{place.slug}/")
    assert place_page.status_code == 200
    assert "intern-xyz" not in place_page.content.decode()
    geojson = client.get("/api/locations.geojson")
    assert "intern-xyz" not in geojson.content.decode()


def test_two_answers_at_once_count_once():
    """Two tabs open on the same link: the second answer finds the request already
    answered (the row is locked and read again), whatever its own copy says."""
    place = parchim_place()
    request = ask(place)
    first = ConfirmationRequest.objects.get(pk=request.pk)
    second = ConfirmationRequest.objects.get(pk=request.pk)
    provider_confirmation.confirm(first)
    with pytest.raises(provider_confirmation.AnswerRefused):
        provider_confirmation.propose(second, {"phone": "0385 1"}, "")
    request.refresh_from_db()
    assert request.answer == ConfirmationRequest.CONFIRMED
    assert request.proposed_changes == {}
