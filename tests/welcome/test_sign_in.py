"""The admin's doors: five wrong passwords in a row lock that account name from that
address for a quarter of an hour, even for the right password; other accounts and
other addresses are not locked; a success resets the count; the password-reset form
is throttled per address and per e-mail address."""

import datetime
import itertools

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from welcome.demo.users import DEMO_PASSWORD
from welcome.editorial.sign_in import LOCKOUT_FAILURES, RESET_REQUESTS

pytestmark = pytest.mark.django_db

ADDRESSES = (f"192.0.2.{number}" for number in itertools.count(1))
EDITOR = "district-rostock"
OTHER = "district-ludwigslust-parchim"


@pytest.fixture
def address():
    """An address of its own for each test, so that counts never meet."""
    return next(ADDRESSES)


def sign_in(client, username, password, address):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def test_five_wrong_passwords_lock_the_account_name_from_that_address(client, address):
    for _ in range(LOCKOUT_FAILURES - 1):
        assert sign_in(client, EDITOR, "falsch", address).status_code == 200
    response = sign_in(client, EDITOR, "falsch", address)
    assert response.status_code == 429
    response = sign_in(client, EDITOR, DEMO_PASSWORD, address)
    assert response.status_code == 429
    assert not signed_in(client)
    html = response.content.decode()
    assert "signing in is paused for 15 minutes" in html or "15 Minuten" in html
    assert 'role="alert"' in html


def test_the_lock_is_of_that_account_name_and_address_only(client, address):
    for _ in range(LOCKOUT_FAILURES):
        sign_in(client, EDITOR, "falsch", address)
    assert sign_in(client, OTHER, DEMO_PASSWORD, address).status_code == 302
    client.logout()
    assert sign_in(client, EDITOR, DEMO_PASSWORD, next(ADDRESSES)).status_code == 302


def test_the_lock_ends_after_the_cool_off(client, address):
    for _ in range(LOCKOUT_FAILURES):
        sign_in(client, EDITOR, "falsch", address)
    assert sign_in(client, EDITOR, DEMO_PASSWORD, address).status_code == 429
    AccessAttempt.objects.filter(ip_address=address).update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )
    assert sign_in(client, EDITOR, DEMO_PASSWORD, address).status_code == 302
    assert signed_in(client)


def test_a_success_resets_the_count(client, address):
    for _ in range(LOCKOUT_FAILURES - 1):
        sign_in(client, EDITOR, "falsch", address)
    assert sign_in(client, EDITOR, DEMO_PASSWORD, address).status_code == 302
    client.logout()
    for _ in range(LOCKOUT_FAILURES - 1):
        sign_in(client, EDITOR, "falsch", address)
    assert sign_in(client, EDITOR, DEMO_PASSWORD, address).status_code == 302


@pytest.mark.parametrize(
    "username", ["\x00", "x" * 200_000, "", "district-rostock\x00", "' OR 1=1 --"]
)
def test_odd_account_names_are_refused_without_an_error(client, address, username):
    response = sign_in(client, username, "falsch", address)
    assert response.status_code in (200, 429)
    assert not signed_in(client)


def test_the_password_reset_form_is_throttled_per_address(client, address):
    url = reverse("wagtailadmin_password_reset")
    user = get_user_model().objects.get(username=EDITOR)
    user.email = "redaktion-rostock@example.org"
    user.save()
    for _ in range(RESET_REQUESTS):
        response = client.post(url, {"email": user.email}, REMOTE_ADDR=address)
        assert response.status_code == 302
    sent = len(mail.outbox)
    response = client.post(url, {"email": "someone-else@example.org"}, REMOTE_ADDR=address)
    assert response.status_code == 429
    assert "Too many requests to reset a password" in response.content.decode() or (
        "Passwort" in response.content.decode()
    )
    assert len(mail.outbox) == sent


def test_the_password_reset_form_is_throttled_per_e_mail_address(client):
    url = reverse("wagtailadmin_password_reset")
    for _ in range(RESET_REQUESTS):
        client.post(url, {"email": "ziel@example.org"}, REMOTE_ADDR=next(ADDRESSES))
    response = client.post(url, {"email": " Ziel@Example.org "}, REMOTE_ADDR=next(ADDRESSES))
    assert response.status_code == 429
