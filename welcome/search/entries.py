"""Making search entries from pages and directory records.

An entry holds an object's title and the text of its other search fields (Wagtail's
`search_fields`, StreamField and rich text read as plain text), in the language tree of
its locale. Pages are entered while live and removed when unpublished or deleted; a page
that shows the German text in another tree (an alias, a translation not published yet)
is entered with German as its text language. Apps above enter their records through
`enter`/`remove` and `register` the record models a rebuild enters again
(directory.receivers).
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import transaction
from django.db.models import F
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from welcome.foundation.languages import german_text_pages, locale_language
from welcome.search.matching import config_for, is_postgresql, text_terms
from welcome.search.models import SearchEntry, SearchTerm

BATCH = 500
_record_models = []


def register(model):
    """A record model whose rows readers search for, entered again by `rebuild`."""
    if model not in _record_models:
        _record_models.append(model)


def searchable_text(obj):
    """The text of an object's search fields other than its title, as plain text."""
    parts = []
    for field in obj.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        # Wagtail gives a StreamField's searchable content as a list of strings.
        value = field.get_value(obj)
        if isinstance(value, (list, tuple)):
            parts.extend(value)
        elif value not in (None, ""):
            parts.append(str(value))
    return "\n".join(_sentence(strip_tags(str(part))) for part in parts if str(part).strip())


def _sentence(part):
    """A part ends like a sentence, so that a heading does not run into the paragraph
    after it in an excerpt."""
    part = part.strip()
    return part if not part or part[-1] in ".!?:;…؟" else f"{part}."


def _title(obj):
    return obj.title if isinstance(obj, Page) else str(obj)


def _content_type(obj):
    # Every page under the base Page type, so that entries are found by page id.
    return ContentType.objects.get_for_model(Page if isinstance(obj, Page) else type(obj))


def _entry(obj, text_language):
    return SearchEntry(
        content_type=_content_type(obj),
        object_id=obj.pk,
        language=locale_language(obj.locale_id),
        text_language=text_language,
        text_config=config_for(text_language),
        title=_title(obj),
        text=searchable_text(obj),
    )


def fill(entries):
    """Vectors and suggestion terms for entries just written."""
    if is_postgresql():
        SearchEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
            vector=SearchVector("title", weight="A", config=F("text_config"))
            + SearchVector("text", weight="B", config=F("text_config"))
        )
    terms = {
        (entry.text_language, term)
        for entry in entries
        for term in text_terms(f"{entry.title} {entry.text}")
    }
    SearchTerm.objects.bulk_create(
        [SearchTerm(language=language, term=term) for language, term in terms],
        batch_size=BATCH,
        ignore_conflicts=True,
    )


def _write(entries):
    with transaction.atomic():
        SearchEntry.objects.filter(
            content_type__in={entry.content_type_id for entry in entries},
            object_id__in=[entry.object_id for entry in entries],
        ).delete()
        written = SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
        if not is_postgresql() or written and written[0].pk is None:
            written = list(
                SearchEntry.objects.filter(
                    content_type__in={entry.content_type_id for entry in entries},
                    object_id__in=[entry.object_id for entry in entries],
                )
            )
        fill(written)


def enter(obj, text_language=None):
    """Enter one record (or page) with its text in its own language, or `text_language`."""
    _write([_entry(obj, text_language or locale_language(obj.locale_id))])


def remove(obj):
    SearchEntry.objects.filter(content_type=_content_type(obj), object_id=obj.pk).delete()


def enter_pages(pages):
    """Enter live pages (specific objects), each in the language its text is in."""
    pages = list(pages)
    german_text = set(
        german_text_pages().filter(pk__in=[page.pk for page in pages]).values_list("pk", flat=True)
    )
    entries = [
        _entry(page, "de" if page.pk in german_text else locale_language(page.locale_id))
        for page in pages
        if page.live and page.depth > 2
    ]
    if entries:
        _write(entries)


def enter_records(records):
    records = list(records)
    if records:
        _write([_entry(record, locale_language(record.locale_id)) for record in records])


def rebuild():
    """Every entry made again: all live pages below the home pages, every record of the
    registered models. Terms no entry holds any more are dropped."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchTerm.objects.all().delete()
        pages = Page.objects.live().filter(depth__gt=2).specific()
        enter_pages(pages)
        for model in _record_models:
            enter_records(model.objects.all())
