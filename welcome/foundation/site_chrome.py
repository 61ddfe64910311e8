"""The parts of every page that change rarely: the header's topic menu and the footer's
legal pages, cached per language tree.

Every cached entry carries a version that any publish, unpublish, move or delete of a
page (and any change to the legal-pages setting) replaces with a new one, so editors see
their change at once on the worker that handled it; with a shared cache (REDIS_URL) on
every worker. Entries also expire after CHROME_SECONDS as a bound for per-process caches.
"""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page

from welcome.foundation.languages import locale_language, pending_translation
from welcome.foundation.models import LegalPages

VERSION_KEY = "site-chrome:version"
CHROME_SECONDS = 300


def _version():
    return cache.get_or_set(VERSION_KEY, _new_version, None)


def invalidate(**kwargs):
    """A new version now, and again once the change is committed: a request that reads the
    old rows in between may store them under the first new version, never the second."""
    _renew_version()
    transaction.on_commit(_renew_version)


def _renew_version():
    cache.set(VERSION_KEY, _new_version(), None)


def _new_version():
    # Random, not counted: once a counter is gone from the cache (Redis restarted or
    # evicted it, or welcome.foundation.cache cleared the site's keys after an outage) counting starts
    # again at 1 and can meet entries that a slower worker stored under a number it had
    # read before. A fresh random version never meets an older entry.
    return secrets.token_hex(8)


def _cached(key, compute):
    full_key = f"site-chrome:{_version()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, CHROME_SECONDS)
    return value


def navigation(home_path):
    """The topic sections in the menu of the home page at `home_path`."""

    def compute():
        pages = (
            Page.objects.live()
            .public()
            .in_menu()
            .filter(depth=3, path__startswith=home_path)
            .annotate(pending=pending_translation())
            .only("id", "title", "path", "depth", "url_path", "locale_id", "alias_of_id")
        )
        return [_summary(page) for page in pages]

    return _cached(f"navigation:{home_path}", compute)


def legal_pages(site, language_code):
    """The footer's legal pages in the reader's language, German where not translated."""

    def compute():
        setting = LegalPages.for_site(site)
        ids = [setting.imprint_id, setting.privacy_id, setting.accessibility_id]
        ids = [page_id for page_id in ids if page_id]
        if not ids:
            return []
        id_to_key = dict(Page.objects.filter(id__in=ids).values_list("id", "translation_key"))
        order = {id_to_key[page_id]: n for n, page_id in enumerate(ids) if page_id in id_to_key}
        versions = (
            Page.objects.live()
            .filter(translation_key__in=order)
            .filter(locale__language_code__in={language_code, settings.LANGUAGE_CODE})
            .annotate(pending=pending_translation())
            .select_related("locale")
            .only(
                "id",
                "title",
                "path",
                "depth",
                "url_path",
                "translation_key",
                "alias_of_id",
                "locale",
            )
        )
        chosen = {}
        for version in versions:
            code = version.locale.language_code
            in_reader_language = code == language_code and not version.alias_of_id
            in_reader_language = in_reader_language and not version.pending
            is_source = code == settings.LANGUAGE_CODE
            if in_reader_language or (is_source and version.translation_key not in chosen):
                chosen[version.translation_key] = version
        pages = sorted(chosen.values(), key=lambda page: order[page.translation_key])
        return [_summary(page) for page in pages]

    return _cached(f"legal:{site.pk}:{language_code}", compute)


def _summary(page):
    """What a link needs, as plain data that any cache can keep. A page annotated as a
    pending translation shows the German text, as an alias does."""
    german_text = page.alias_of_id or getattr(page, "pending", False)
    return {
        "id": page.id,
        "title": page.title,
        "url": page.get_url(),
        "text_language": settings.LANGUAGE_CODE if german_text else locale_language(page.locale_id),
    }
