"""What readers are told about a page's translation: whether its text is still the
German one (an alias, or a translation under way whose first reviewed version is not
published yet) or older than the German page (outdated). Read from the query that also
finds the page's language versions (welcome.foundation.languages.page_versions), which
for a translation of its own also asks wagtail-localize's records of its German text
whether it is outdated; the editorial workflow (welcome.editorial) writes those records,
this module only reads them."""

from dataclasses import dataclass

from django.conf import settings

from welcome.foundation.languages import locale_id_of, page_versions


@dataclass(frozen=True)
class PageText:
    """What readers of a page are told about its text: whether it is the German text (an
    alias, or a translation whose first reviewed version is not published yet), whether
    a published translation is older than its German page, and where that German page is."""

    german_text: bool = False
    outdated: bool = False
    german_url: str | None = None


def page_text(page, request=None):
    """The PageText of `page`, worked out once per page object (so once per request for
    the page being shown), from the rows its language versions are read from. Listed
    pages carry a `pending` annotation instead and never come here."""
    known = getattr(page, "_page_text", None)
    if known is not None:
        return known
    german_id = locale_id_of(settings.LANGUAGE_CODE)
    if page.locale_id == german_id and not page.alias_of_id:
        known = PageText()
    else:
        rows = page_versions(page)
        this = next((row for row in rows if row.pk == page.pk), None)
        german = next((row for row in rows if row.pk == page.alias_of_id), None) or next(
            (
                row
                for row in rows
                if row.translation_key == page.translation_key
                and row.locale_id == german_id
                and not row.alias_of_id
            ),
            None,
        )
        pending = bool(this and this.pending)
        known = PageText(
            german_text=bool(page.alias_of_id) or pending,
            outdated=bool(german and this and this.outdated and not pending),
            german_url=german.get_url(request) if german else None,
        )
    page._page_text = known
    return known
