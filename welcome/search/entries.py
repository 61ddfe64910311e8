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
from django.db import connection, transaction
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from welcome.foundation import bulk_rows
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


def write(entries):
    """Write unsaved entries with their vectors and suggestion terms, in place of the
    entries their objects had."""
    with transaction.atomic():
        SearchEntry.objects.filter(
            content_type__in={entry.content_type_id for entry in entries},
            object_id__in=[entry.object_id for entry in entries],
        ).delete()
        _insert(entries)


def _insert(entries, later=bulk_rows.now):
    """Write new entries and their terms; on PostgreSQL the statements are prepared here
    and written by `later` (bulk_rows.writes_alongside)."""
    if not entries:
        return
    if is_postgresql():
        later(bulk_rows.execute, *_insert_with_vectors(entries))
        later(bulk_rows.execute, *_insert_terms(entries))
    else:
        SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
        SearchTerm.objects.bulk_create(
            [SearchTerm(language=language, term=term) for language, term in _terms(entries)],
            batch_size=BATCH,
            ignore_conflicts=True,
        )


# The fields an entry is written with besides its vector, each with the SQL type of the
# array its values travel in.
WRITTEN = {
    "content_type": "int",
    "object_id": "bigint",
    "language": "text",
    "text_language": "text",
    "text_config": "text",
    "title": "text",
    "text": "text",
}


def _insert_with_vectors(entries):
    """The statement that writes entries with their vectors, made as they are written: the
    title weighted above the text, each in its entry's text-search configuration. The
    values go as one array per field, so that many entries are one short statement: not
    one the driver parses for thousands of placeholders, nor a second write of every row
    for its vector."""
    fields = [SearchEntry._meta.get_field(name) for name in WRITTEN]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    arrays = ", ".join(f"%s::{kind}[]" for kind in WRITTEN.values())
    # Only the table's and columns' names and the placeholders are formatted into the SQL.
    return (
        f"INSERT INTO {SearchEntry._meta.db_table} ({columns}, vector)"  # noqa: S608
        " SELECT *, setweight(to_tsvector(text_config::regconfig, title), 'A')"
        " || setweight(to_tsvector(text_config::regconfig, \"text\"), 'B')"
        f" FROM unnest({arrays}) AS entry({columns})",
        [[getattr(entry, field.attname) for entry in entries] for field in fields],
    )


def _terms(entries):
    """The suggestion terms of entries: (text language, term), in a steady order, so that
    two transactions adding the same new terms take their locks in the same order."""
    return sorted(
        {
            (entry.text_language, term)
            for entry in entries
            for term in text_terms(f"{entry.title} {entry.text}")
        }
    )


def _insert_terms(entries):
    """The statement that writes the terms entries bring that are not known yet, as two
    arrays (as `_insert_with_vectors`), with no savepoint: see `enter_new_records`."""
    terms = _terms(entries)
    return (
        f"INSERT INTO {SearchTerm._meta.db_table} (language, term)"  # noqa: S608
        " SELECT * FROM unnest(%s::text[], %s::text[]) ON CONFLICT DO NOTHING",
        [[language for language, _term in terms], [term for _language, term in terms]],
    )


def enter(obj, text_language=None):
    """Enter one record (or page) with its text in its own language, or `text_language`."""
    write([_entry(obj, text_language or locale_language(obj.locale_id))])


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
        write(entries)


def enter_new_records(records, later=bulk_rows.now):
    """Enter records that have no entries yet, so there is nothing to look for (a query
    per batch that an import of many places feels). Written with no transaction or
    savepoint of its own, inside the caller's: an import's, whose statements `later` may
    write in a thread of their own (bulk_rows.writes_alongside)."""
    _insert([_entry(record, locale_language(record.locale_id)) for record in records], later)


def rebuild():
    """Every entry made again: all live pages below the home pages, every record of the
    registered models. Terms no entry holds any more are dropped."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchTerm.objects.all().delete()
        pages = Page.objects.live().filter(depth__gt=2).specific()
        enter_pages(pages)
        for model in _record_models:
            enter_new_records(model.objects.all())
