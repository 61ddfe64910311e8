"""Where each location's page lives in each language: for the language switcher, the
hreflang alternates, the canonical link and the sitemap.

Every language tree has a map page (a translation or an alias of the German one) and
every place has a page beneath it: in the reader's language where the record is
translated, else in German with a notice (the interface around it stays in the
reader's language). So, unlike for pages, the language switcher of a place leads to that
same place in every language. Only real translations count as alternates (hreflang,
sitemap); a German fallback names the German page as its canonical address, so that
search engines see one page, not eight copies of it.
"""

from django.conf import settings
from django.utils import translation

from directory.records import Location
from welcome.foundation.languages import LanguageVersion


def map_page_urls(request, map_pages):
    """{language code: the address of the live map page of that language tree}."""
    pages = {}
    for page in map_pages.live().select_related("locale").order_by("path"):
        pages.setdefault(page.locale.language_code, page)
    return {code: page.get_url(request) for code, page in pages.items()}


def location_language_versions(request, location, map_page):
    """One LanguageVersion per configured language for the page of `location` (any
    language version of the record) beneath `map_page` and its translations;
    `is_translation` where the record is translated."""
    map_urls = map_page_urls(request, map_page.get_translations(inclusive=True))
    slugs = dict(
        Location.objects.filter(translation_key=location.translation_key).values_list(
            "locale__language_code", "slug"
        )
    )
    german_slug = slugs.get(settings.LANGUAGE_CODE, location.slug)
    current = translation.get_language()
    versions = []
    for code, name in settings.LANGUAGES:
        map_url = map_urls.get(code)
        url = f"{map_url}{slugs.get(code, german_slug)}/" if map_url else f"/{code}/"
        versions.append(LanguageVersion(code, name, url, code == current, code in slugs))
    return versions
