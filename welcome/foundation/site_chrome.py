"""The parts of every page that change rarely: the header's topic menu and the footer's
legal pages, cached per language tree.

Every cached entry carries a version that any publish, unpublish, move or delete of a
page (and any change to the legal-pages setting) replaces with a new one, so editors see
their change at once on the worker that handled it; with a shared cache (REDIS_URL) on
every worker. Entries also expire after CHROME_SECONDS as a bound for per-process caches.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from welcome.foundation.languages import locale_language, pending_translation
from welcome.foundation.models import LegalPages
from welcome.foundation.versions import SharedVersion

VERSION = SharedVersion("site-chrome:version")
CHROME_SECONDS = 300

invalidate = VERSION.invalidate


def cached(key, compute):
    """`compute()`, kept per key until the next change to any page (or CHROME_SECONDS):
    for what every reader page shows and only page changes change. A None is not kept."""
    full_key = f"site-chrome:{VERSION.current()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, CHROME_SECONDS)
    return value


def private_section_paths():
    """The tree paths of the pages under a view restriction, each standing for its
    section: few or none on a public portal. Kept with the site chrome, which any change
    to a restriction renews (welcome.foundation.receivers)."""
    return cached(
        "private-sections",
        lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def in_private_section():
    """A filter for pages under a view restriction (on themselves or an ancestor):
    Wagtail's `.public()` test, from the cached paths of the restricted pages where
    `.public()` reads every restriction with a query of its own. Matches nothing where no
    page is restricted."""
    condition = Q(pk__in=[])
    for path in private_section_paths():
        condition |= Q(path__startswith=path)
    return condition


def live_translations(path):
    """{language code: {"path", "url_path", "url"}} of the live translations of the page at
    `path`, itself included. For a home page: where routing starts in each language
    (welcome.foundation.page_views) and where the language switcher leads in a language
    a page is not translated into."""

    def compute():
        pages = (
            Page.objects.live()
            .filter(translation_key__in=Page.objects.filter(path=path).values("translation_key"))
            .select_related("locale")
            .only("id", "path", "depth", "url_path", "locale")
        )
        return {
            page.locale.language_code: {
                "path": page.path,
                "url_path": page.url_path,
                "url": page.get_url(),
            }
            for page in pages
        }

    return cached(f"live-translations:{path}", compute)


def navigation(home_path):
    """The topic sections in the menu of the home page at `home_path`."""

    def compute():
        pages = (
            Page.objects.live()
            .exclude(in_private_section())
            .in_menu()
            .filter(depth=3, path__startswith=home_path)
            .annotate(pending=pending_translation())
            .only("id", "title", "path", "depth", "url_path", "locale_id", "alias_of_id")
        )
        return [_summary(page) for page in pages]

    return cached(f"navigation:{home_path}", compute)


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

    return cached(f"legal:{site.pk}:{language_code}", compute)


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
