"""Shared versions (welcome.foundation.versions): a worker reads one from the shared cache
at most once per SHARED_VERSION_SECONDS, sees its own renewals at once and another
worker's within that time."""

import time

import pytest
from django.core.cache import caches

from home.models import ArticlePage
from welcome.foundation import site_chrome
from welcome.foundation.versions import SharedVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_cache(settings, shared_files):
    """A machine without Redis (tests/welcome/conftest.py), trusting versions a second."""
    settings.SHARED_VERSION_SECONDS = 1
    return caches["default"]


def test_a_worker_trusts_the_version_it_read_for_a_second(shared_cache):
    this_worker = SharedVersion("test-version")
    another_worker = SharedVersion("test-version")
    first = this_worker.current()
    assert shared_cache.get("test-version") == first

    another_worker.renew()
    renewed = shared_cache.get("test-version")
    assert renewed != first
    assert this_worker.current() == first, "trusted within the second"
    time.sleep(1.1)
    assert this_worker.current() == renewed, "read again after it"

    this_worker.renew()
    assert this_worker.current() == shared_cache.get("test-version") != renewed


def test_without_trust_every_ask_reads_the_shared_cache(shared_cache, settings):
    settings.SHARED_VERSION_SECONDS = 0
    this_worker = SharedVersion("test-version")
    this_worker.current()
    SharedVersion("test-version").renew()
    assert this_worker.current() == shared_cache.get("test-version")


def test_a_reader_page_reads_the_site_chrome_version_once(shared_cache, client, monkeypatch):
    """A page asks the site chrome a dozen times (menu, footer, routing, review
    intervals, ...): the version behind the asks is read from the shared files once."""
    url = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs").url
    client.get(url)
    reads = []
    get_or_set = type(shared_cache).get_or_set

    def counted(cache, key, *args, **kwargs):
        reads.append(key)
        return get_or_set(cache, key, *args, **kwargs)

    monkeypatch.setattr(type(shared_cache), "get_or_set", counted)
    asks = []
    cached = site_chrome.cached
    monkeypatch.setattr(
        site_chrome, "cached", lambda key, compute: asks.append(key) or cached(key, compute)
    )
    site_chrome.VERSION.remember(None)
    assert client.get(f"{url}?another=address").status_code == 200
    assert len(asks) > 5
    assert reads.count(site_chrome.VERSION.key) == 1
