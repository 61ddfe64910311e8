"""Adding many new records to Wagtail's own search index (the admin's search and choosers)
in one statement per batch.

Wagtail's PostgreSQL backend builds each record's vectors as Django expressions and
compiles them one by one, about a millisecond a record: most of a large location import.
On PostgreSQL, `add_bulk` writes the same rows (tests/directory/test_import_indexes.py
compares them with the backend's own) from the same texts, weights and search
configurations, with one statement per batch and shape of row. Any other backend or database
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

from welcome.foundation import bulk_rows


def add_bulk(model, objects, later=bulk_rows.now):
    """Index `objects`. On PostgreSQL the statements are prepared here and written by
    `later` (bulk_rows.writes_alongside); another backend indexes them itself, at once,
    as its own writes may take savepoints, which a writer thread must not."""
    for backend in get_search_backends(with_auto_update=True):
        if isinstance(backend, PostgresSearchBackend) and connection.vendor == "postgresql":
            for statement in _insert_statements(backend, model, objects):
                later(bulk_rows.execute, *statement)
        else:
            backend.add_bulk(model, objects)


def _insert_statements(backend, model, objects):
    search_fields = model.get_search_fields()
    if not objects or not search_fields:
        return
    # Records whose vectors are made of the same parts (which texts are empty decides it,
    # with each part's weight and configuration) are inserted by one statement that takes
    # each part's texts as one array: a statement with every record's values as separate
    # parameters spent seconds in psycopg parsing its placeholders alone.
    shapes = {}
    for obj in objects:
        title, autocomplete, body = _texts(ObjectIndexer(obj, backend), obj, search_fields)
        shape = tuple(
            tuple((config, weight) for _text, weight in texts)
            for texts, config in (
                (title, backend.config),
                (autocomplete, backend.autocomplete_config),
                (body, backend.config),
            )
        )
        columns = shapes.setdefault(shape, [[] for _ in range(3 + sum(map(len, shape)))])
        values = [str(obj.pk), " ".join(t for t, _ in title), " ".join(t for t, _ in body)]
        values += [text for texts in (title, autocomplete, body) for text, _weight in texts]
        for column, value in zip(columns, values, strict=True):
            column.append(value)
    for shape, columns in shapes.items():
        params = [get_content_type_pk(model)]
        vectors = [_vector(parts, start, params) for parts, start in _numbered(shape)]
        names = ", ".join(f"c{number}" for number in range(len(columns)))
        # Only the table name, placeholders and column numbers are formatted into the
        # SQL; every value is a parameter.
        yield (
            f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title,"  # noqa: S608
            " autocomplete, body, title_norm, title_text, body_text)"
            f" SELECT %s, c0, {', '.join(vectors)}, 1.0, c1, c2"
            f" FROM unnest({', '.join(['%s::text[]'] * len(columns))}) AS texts({names})"
            " ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title,"
            " title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,"
            " title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
            params + columns,
        )


def _numbered(shape):
    """Each vector's parts with the number of the unnested column its first text is in
    (columns 0 to 2 hold the object id, title text and body text)."""
    start = 3
    for parts in shape:
        yield parts, start
        start += len(parts)


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


def _vector(parts, start, params):
    """The SQL of a tsvector of weighted texts, the texts in the unnested columns from
    number `start` on; the configurations and weights are added to `params`."""
    if not parts:
        params.append("")
        return "to_tsvector(%s)"
    sql = []
    for number, (config, weight) in enumerate(parts, start=start):
        if config:
            sql.append(f"setweight(to_tsvector(%s::regconfig, c{number}), %s)")
            params += [config, weight]
        else:
            sql.append(f"setweight(to_tsvector(c{number}), %s)")
            params.append(weight)
    return f"({' || '.join(sql)})"
