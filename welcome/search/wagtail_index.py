"""Adding many new records to Wagtail's own search index (the admin's search and choosers)
in one statement per batch.

Wagtail's PostgreSQL backend builds each record's vectors as Django expressions and
compiles them one by one, about a millisecond a record: most of a large location import.
On PostgreSQL, `add_bulk` writes the same rows (tests/directory/test_import_indexes.py
compares them with the backend's own) from the same texts, weights and search
configurations, with the SQL written once for the batch. Any other backend or database
gets the backend's own add_bulk.
"""

from django.db import connection
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresSearchBackend,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk
from wagtail.search.backends import get_search_backends


def add_bulk(model, objects):
    for backend in get_search_backends(with_auto_update=True):
        if isinstance(backend, PostgresSearchBackend) and connection.vendor == "postgresql":
            _insert_entries(backend, model, objects)
        else:
            backend.add_bulk(model, objects)


def _insert_entries(backend, model, objects):
    search_fields = model.get_search_fields()
    if not objects or not search_fields:
        return
    content_type = get_content_type_pk(model)
    rows, params = [], []
    for obj in objects:
        title, autocomplete, body = _texts(ObjectIndexer(obj, backend), obj, search_fields)
        params += [content_type, str(obj.pk)]
        vectors = [
            _vector(title, backend.config, params),
            _vector(autocomplete, backend.autocomplete_config, params),
            _vector(body, backend.config, params),
        ]
        rows.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
        params += [" ".join(text for text, _ in title), " ".join(text for text, _ in body)]
    # Only the table name and the placeholders built above are formatted into the SQL;
    # every value is a parameter.
    insert = (
        f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title,"  # noqa: S608
        " autocomplete, body, title_norm, title_text, body_text)"
        f" VALUES {', '.join(rows)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            insert
            + " ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title,"
            " title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,"
            " title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
            params,
        )


def _texts(indexer, obj, search_fields):
    """(title, autocomplete, body): each a list of (stripped text, weight), empty left out,
    in the order of the model's search fields, as the backend's ObjectIndexer sorts them."""
    title, autocomplete, body = [], [], []
    for search_field in search_fields:
        for field, weight, value in indexer.prepare_field(obj, search_field):
            text = value.strip()
            if not text:
                continue
            if isinstance(field, AutocompleteField):
                autocomplete.append((text, weight))
            elif isinstance(field, SearchField):
                (title if field.field_name == "title" else body).append((text, weight))
    return title, autocomplete, body


def _vector(texts, config, params):
    """The SQL of a tsvector of weighted texts; its parameters are added to `params`."""
    if not texts:
        params.append("")
        return "to_tsvector(%s)"
    parts = []
    for text, weight in texts:
        if config:
            parts.append("setweight(to_tsvector(%s::regconfig, %s), %s)")
            params += [config, text, weight]
        else:
            parts.append("setweight(to_tsvector(%s), %s)")
            params += [text, weight]
    return f"({' || '.join(parts)})"
