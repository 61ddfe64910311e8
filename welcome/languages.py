"""Where each language version of the current page lives: for the language switcher,
the hreflang alternates and the canonical link.

A language version counts only when it is a live translation, not an alias: an alias
shows the German text, so the switcher leads to that language's home page instead.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool

    @property
    def direction(self):
        return text_direction(self.code)


def text_direction(language_code):
    return "rtl" if language_code in settings.RTL_LANGUAGES else "ltr"


def home_path(page):
    """The tree path of the home page above `page` (its depth-2 ancestor, or itself)."""
    return page.path[: Page.steplen * 2]


def language_versions(request, page=None):
    """One LanguageVersion per configured language, computed once per request."""
    cached = getattr(request, "_language_versions", None)
    if cached is not None:
        return cached

    current = translation.get_language()
    if page is None:
        versions = [
            LanguageVersion(
                code, name, translate_url(request.get_full_path(), code), code == current, True
            )
            for code, name in settings.LANGUAGES
        ]
    else:
        versions = _page_language_versions(request, page, current)
    request._language_versions = versions
    return versions


def _page_language_versions(request, page, current):
    home_keys = Page.objects.filter(path=home_path(page)).values("translation_key")
    candidates = (
        Page.objects.live()
        .filter(
            Q(translation_key=page.translation_key, alias_of__isnull=True)
            | Q(depth=2, translation_key__in=home_keys)
        )
        .select_related("locale")
        .only("id", "path", "depth", "url_path", "translation_key", "alias_of_id", "locale")
    )
    translations, homes = {}, {}
    for candidate in candidates:
        code = candidate.locale.language_code
        if candidate.translation_key == page.translation_key and not candidate.alias_of_id:
            translations[code] = candidate
        if candidate.depth == 2:
            homes[code] = candidate

    versions = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        url = target.get_url(request) if target else f"/{code}/"
        versions.append(LanguageVersion(code, name, url, code == current, code in translations))
    return versions


def in_reader_language(queryset, language_code):
    """Each object of a translatable queryset once, in the reader's language where it is
    translated and in German where not: {id of the German object: object to show}."""
    rows = queryset.filter(
        locale__language_code__in={language_code, settings.LANGUAGE_CODE}
    ).select_related("locale")
    sources, translations = {}, {}
    for row in rows:
        if row.locale.language_code == settings.LANGUAGE_CODE:
            sources[row.translation_key] = row
        if row.locale.language_code == language_code:
            translations[row.translation_key] = row
    return {source.id: translations.get(key, source) for key, source in sources.items()}
