import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the demo site, built once by the same command `make run` uses."""
    with django_db_blocker.unblock():
        call_command("setup_demo", verbosity=0)


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
