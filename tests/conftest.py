import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation

from tests.demo_database import browser_database, copy_database
from welcome.demo.users import ensure_demo_users


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The test database holds the demo site, built once by the same command `make run` uses.

    The browser tests' server needs the same site on a database of its own, without the
    demo accounts (their password is public, and the server refuses to start with them).
    When browser tests are collected, that database is copied from this one before the
    accounts are added (PostgreSQL's CREATE DATABASE ... TEMPLATE, a second or two)
    instead of being migrated and built a second time.
    """
    with django_db_blocker.unblock():
        call_command("setup_demo", "--no-users", verbosity=0)
        if any(item.get_closest_marker("browser") for item in request.session.items):
            copy_database(settings.DATABASES["default"]["NAME"], browser_database())
        ensure_demo_users()


@pytest.fixture(autouse=True)
def isolate_tests():
    """A test must not leak its language or cached data into the next test."""
    yield
    translation.activate("de")
    for cache in caches.all():
        cache.clear()


def pytest_collection_modifyitems(config, items):
    """Browser tests run last: once started, Playwright keeps an event loop in the main
    thread, which Django's ORM then takes for an async context and refuses."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
