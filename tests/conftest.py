import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation
from wagtail_localize.synctree import create_aliases_for_new_page

from home.models import ArticlePage, SectionPage
from tests.demo_database import browser_database, copy_database, scale_out_database
from welcome.demo.users import ensure_demo_users


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The test database holds the demo site, built once by the same command `make run` uses.

    The browser tests' servers need the same site on databases of their own, without the
    demo accounts (their password is public, and the server refuses to start with them).
    When browser tests are collected, those databases are copied from this one before the
    accounts are added (PostgreSQL's CREATE DATABASE ... TEMPLATE, a second or two each)
    instead of being migrated and built again. They are copied here because later, with
    Playwright's event loop in the main thread, the suite's own connection can no longer
    be closed for a copy.
    """
    with django_db_blocker.unblock():
        call_command("setup_demo", "--no-users", verbosity=0)
        if any(item.get_closest_marker("browser") for item in request.session.items):
            for database in (browser_database(), scale_out_database()):
                copy_database(settings.DATABASES["default"]["NAME"], database)
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
    thread, which Django's ORM then takes for an async context and refuses. In a parallel
    run (`pytest -n 2`, xdist's default "load" distribution) each process is handed tests
    in this order, so there too every process runs its browser tests last."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture
def new_german_article(db):
    """A German article an editor has just written and published in "Deutsch lernen",
    translated into no language yet: wagtail-localize gives every other language tree
    an alias of it, which shows the German text. (The demo translates every demo page
    into each language its catalogues cover, so no demo page is sure to stay German.)"""
    section = SectionPage.objects.get(locale__language_code="de", slug="deutsch-lernen")
    # As the admin's create view does: a draft and its revision, wagtail-localize's hook
    # that gives every other language an alias, then the editor's publish.
    article = ArticlePage(
        title="Sprachcafé im Stadtteil",
        slug="sprachcafe-im-stadtteil",
        intro="Im Sprachcafé üben Sie Deutsch im Gespräch, ohne Anmeldung und kostenlos.",
        body=[
            ("text", "<p>Jeden Dienstag treffen sich Lernende und Ehrenamtliche.</p>"),
            (
                "nearby_places",
                {"title": "", "categories": ["sprachkurse"], "district": "", "limit": 5},
            ),
        ],
        live=False,
    )
    section.add_child(instance=article)
    revision = article.save_revision()
    create_aliases_for_new_page(article)
    revision.publish()
    article.refresh_from_db()
    return article
