"""Where each language version of the current page lives: for the language switcher,
the hreflang alternates and the canonical link.

A language version counts only when it is a live translation, not an alias: an alias
shows the German text, so the switcher leads to that language's home page instead. The
same goes for a translation whose first reviewed version is not published yet
(`pending_translation`).
"""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.db import connections
from django.db.models import BooleanField, Expression, Q
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)

# The slug is not text readers read: an untranslated or changed slug never makes a
# translation count as outdated or in progress.
SLUG_PATH = "slug"


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


# Open Graph names a locale as language_TERRITORY; each language's territory where
# most of its readers' share previews come from.
OPEN_GRAPH_LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "fr": "fr_FR",
    "es": "es_ES",
}


def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


def text_direction(language_code):
    return "rtl" if language_code in settings.RTL_LANGUAGES else "ltr"


def language_attributes(text_language):
    """` lang=".." dir=".."` for text in another language than the reader's, else "".

    The one place that marks the language and direction of text: templates put it on
    exactly the element that holds such text (a German place name in an Arabic list, an
    address, a page not translated yet), never on the interface around it.
    """
    if not text_language or text_language == translation.get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', text_language, text_direction(text_language))


@lru_cache(maxsize=16)
def locale_id_of(language_code):
    """The id of a language's Locale row (kept for the process, as `locale_language`)."""
    return Locale.objects.values_list("pk", flat=True).get(language_code=language_code)


@lru_cache(maxsize=64)
def locale_language(locale_id):
    """The language code of a Locale row. Locales are only ever added, never renamed,
    so the answer can be kept for the life of the process."""
    return Locale.objects.values_list("language_code", flat=True).get(pk=locale_id)


def home_path(page):
    """The tree path of the home page above `page` (its depth-2 ancestor, or itself)."""
    return page.path[: Page.steplen * 2]


def language_versions(request, page=None, homes=None):
    """One LanguageVersion per configured language, computed once per request. For a
    page, `homes` gives the address of each language's home page (where the switcher
    leads in a language the page is not translated into)."""
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
        versions = _page_language_versions(request, page, current, homes or {})
    request._language_versions = versions
    return versions


# Whether a page row still shows the German text (see pending_translation), in SQL:
# the row's columns go into the braces; the German locale's id is its one parameter.
_PENDING_SQL = (
    "(EXISTS (SELECT 1 FROM {revisions} pending_revision"
    " WHERE pending_revision.id = {live_revision_id}"
    " AND pending_revision.object_id <> CAST({id} AS varchar(255)))"
    " OR ({live_revision_id} IS NULL AND {alias_of_id} IS NULL AND {locale_id} <> {german}))"
).replace("{revisions}", Revision._meta.db_table)
_PENDING_COLUMNS = ("id", "live_revision_id", "alias_of_id", "locale_id")


class PendingTranslation(Expression):
    """True for a former alias whose translation has not been published yet, and whose
    text is still its German page's (see welcome.editorial.translation_workflow): its
    live revision is the German page's, as an alias made of a published page carries
    it, or it has none at all, as an alias made while its German page was a draft (the
    admin makes a new page's aliases so) keeps none when that page is published.

    Written as SQL over the page's own columns because every list of cards and every
    reader page asks it: built from Exists and Q, the ORM took about 1 ms per query to
    compile it, twice the query's own time."""

    def __init__(self, *columns):
        super().__init__(output_field=BooleanField())
        self.columns = list(columns)

    def get_source_expressions(self):
        return self.columns

    def set_source_expressions(self, columns):
        self.columns = list(columns)

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        return PendingTranslation(
            *(query.resolve_ref(name, allow_joins, reuse, summarize) for name in _PENDING_COLUMNS)
        )

    def as_sql(self, compiler, connection):
        columns = {
            name: compiler.compile(column)[0]
            for name, column in zip(_PENDING_COLUMNS, self.columns, strict=True)
        }
        return _PENDING_SQL.format(**columns, german="%s"), [locale_id_of(settings.LANGUAGE_CODE)]


def pending_translation():
    """A PendingTranslation for the rows of a page queryset."""
    return PendingTranslation()


VERSION_COLUMNS = (
    "id",
    "path",
    "depth",
    "url_path",
    "translation_key",
    "alias_of_id",
    "live",
    "last_published_at",
    "locale_id",
)


# PendingTranslation for the page rows of a query written as SQL (as `page`), with the
# German locale's id as parameter `german`.
PENDING_SQL = _PENDING_SQL.format(
    **{name: f"page.{name}" for name in _PENDING_COLUMNS}, german="%(german)s"
)


def _page_versions_sql(*, outdated):
    """The SQL of page_versions, with `outdated` asked about the page shown or not.

    Written as SQL, not built by the ORM, because every reader page runs it: the ORM's
    compiling of its subqueries took 2.5 ms (a German page) to 5.4 ms (a translation) per
    request, the query itself 0.5 ms.

    `outdated`: the page shown is a translation of a German page whose text changed
    since: the German translation source was updated after the page was last published,
    or a segment of it (its slug aside) has no translation into the page's language.
    PostgreSQL and SQLite evaluate a CASE branch's subqueries only for the rows that
    reach it."""
    tables = {
        "page": Page._meta.db_table,
        "source": TranslationSource._meta.db_table,
        "segment": StringSegment._meta.db_table,
        "context": TranslationContext._meta.db_table,
        "translated": StringTranslation._meta.db_table,
    }
    columns = ", ".join(f"page.{column}" for column in VERSION_COLUMNS)
    outdated_column = (
        f"""CASE WHEN page.id = %(shown)s THEN (EXISTS (
                SELECT 1 FROM {tables["source"]} source
                WHERE source.object_id = page.translation_key AND source.locale_id = %(german)s
                    AND source.last_updated_at > page.last_published_at
            ) OR EXISTS (
                SELECT 1 FROM {tables["segment"]} segment
                JOIN {tables["source"]} source ON source.id = segment.source_id
                JOIN {tables["context"]} context ON context.id = segment.context_id
                WHERE source.object_id = page.translation_key AND source.locale_id = %(german)s
                    AND context.path <> %(slug_path)s
                    AND NOT EXISTS (
                        SELECT 1 FROM {tables["translated"]} translated
                        WHERE translated.translation_of_id = segment.string_id
                            AND translated.context_id = segment.context_id
                            AND translated.locale_id = page.locale_id
                            AND NOT translated.has_error
                    )
            )) ELSE FALSE END"""  # noqa: S608 - as below
        if outdated
        else "FALSE"
    )
    return f"""
        SELECT {columns}, {PENDING_SQL} AS pending, {outdated_column} AS outdated
        FROM {tables["page"]} page
        WHERE page.translation_key = %(key)s OR page.id = %(alias_of)s
        ORDER BY page.path
    """  # noqa: S608 - the table names come from the models; values are parameters


PAGE_VERSIONS_SQL = _page_versions_sql(outdated=False)
TRANSLATION_VERSIONS_SQL = _page_versions_sql(outdated=True)


def page_versions(page):
    """Every language version of `page` (aliases too) and the page an alias shows, each
    marked whether it still shows the German text (`pending`), and `page` itself, where it
    is a translation of its own, whether it is `outdated` (False on every other row): one
    query, kept on the page object, for the language switcher, hreflang, the canonical
    link and what readers are told about the page (welcome.foundation.translation_state).
    The rows hold VERSION_COLUMNS only.
    """
    rows = getattr(page, "_versions", None)
    if rows is None:
        german_id = locale_id_of(settings.LANGUAGE_CODE)
        own_translation = page.locale_id != german_id and not page.alias_of_id
        key = Page._meta.get_field("translation_key").get_db_prep_value(
            page.translation_key, connections[Page.objects.db]
        )
        parameters = {"german": german_id, "key": key, "alias_of": page.alias_of_id}
        if own_translation:
            parameters |= {"shown": page.pk, "slug_path": SLUG_PATH}
        sql = TRANSLATION_VERSIONS_SQL if own_translation else PAGE_VERSIONS_SQL
        rows = page._versions = list(Page.objects.raw(sql, parameters))
    return rows


def everywhere_versions(request, page, suffix="", *, german_text_counts=True):
    """One LanguageVersion per configured language for what `page` shows (with `suffix`,
    a route beneath it) in every language tree, an alias included: for pages whose
    interface and main text are the reader's even where the page itself is not
    translated (a district's figures, a district's section of a translated state
    article). A version counts as a translation (hreflang) where the page exists in
    that tree, or, without `german_text_counts`, only where it has its own text."""
    pages = {}
    for version in page.get_translations(inclusive=True).live().select_related("locale"):
        pages.setdefault(version.locale.language_code, version)
    current = translation.get_language()
    versions = []
    for code, name in settings.LANGUAGES:
        version = pages.get(code)
        url = f"{version.get_url(request)}{suffix}" if version else f"/{code}/"
        real = version is not None and (german_text_counts or not version.alias_of_id)
        versions.append(LanguageVersion(code, name, url, code == current, real))
    return versions


def german_text_pages():
    """Pages in other language trees that still show the German text: aliases and
    pending translations. Search, sitemap and hreflang leave them out."""
    return Page.objects.filter(Q(alias_of__isnull=False) | pending_translation())


def _page_language_versions(request, page, current, homes):
    translations = {}
    for candidate in page_versions(page):
        if not candidate.live:
            continue
        code = locale_language(candidate.locale_id)
        own_text = not candidate.alias_of_id and not candidate.pending
        if candidate.translation_key == page.translation_key and own_text:
            translations[code] = candidate.get_url(request)

    versions = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or homes.get(code) or f"/{code}/"
        versions.append(LanguageVersion(code, name, url, code == current, code in translations))
    return versions


def in_reader_language(queryset, language_code):
    """Each object of a translatable queryset once, in the reader's language where it is
    translated and in German where not: {id of the German object: object to show}."""
    rows = queryset.filter(
        locale__language_code__in={language_code, settings.LANGUAGE_CODE}
    ).select_related("locale")
    return in_language(rows, language_code)


def in_language(rows, language_code):
    """The same for translatable rows already read (with their locale), in any language."""
    sources, translations = {}, {}
    for row in rows:
        if row.locale.language_code == settings.LANGUAGE_CODE:
            sources[row.translation_key] = row
        if row.locale.language_code == language_code:
            translations[row.translation_key] = row
    return {source.id: translations.get(key, source) for key, source in sources.items()}
