"""Writing many new rows at once, without a model instance per row.

A large import spends most of its time in Django's bulk_create: a model instance for every
row and child row, and one INSERT per batch with hundreds of thousands of parameters,
compiled by Django and then parsed again by the driver. `insert_rows` takes plain tuples
instead and streams them with COPY on PostgreSQL; on SQLite (development) it is one
executemany. Rows that others refer to get their primary keys from `next_ids` first.

The project runs on PostgreSQL and SQLite only, so these are the two branches.
"""

from django.db import connection


def next_ids(model, count):
    """`count` unused primary keys for new rows of `model`, in ascending order.

    PostgreSQL hands them out from the table's sequence, safe beside other writers. SQLite
    has no sequence to take them from: they follow the largest key the table ever used,
    which is safe only while the caller holds SQLite's write lock, as an import does from
    its first statement on (SQLite lets one transaction write at a time)."""
    if count == 0:
        return []
    table, column = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, column, count],
            )
            return [row[0] for row in cursor.fetchall()]
        quote = connection.ops.quote_name
        cursor.execute(f"SELECT max({quote(column)}) FROM {quote(table)}")  # noqa: S608
        largest = cursor.fetchone()[0] or 0
        # AUTOINCREMENT remembers keys of deleted rows too; they are never used again.
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        remembered = cursor.fetchone()
        first = max(largest, remembered[0] if remembered else 0) + 1
        return list(range(first, first + count))


def insert_rows(model, fields, rows):
    """Insert `rows` into `model`'s table: tuples of values in the order of `fields`, the
    names of its fields (a foreign key by its name, with the related row's key as value).

    On PostgreSQL psycopg writes the Python values (text, numbers, booleans, dates, times,
    UUIDs, None) into COPY itself; SQLite's driver knows fewer types, so there each value
    goes through its field's own conversion for the database first. A row that breaks a
    constraint raises Django's IntegrityError, as a save would."""
    columns = [model._meta.get_field(name) for name in fields]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    names = ", ".join(quote(column.column) for column in columns)
    with connection.cursor() as cursor, connection.wrap_database_errors:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        placeholders = ", ".join(["%s"] * len(columns))
        cursor.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({placeholders})",  # noqa: S608
            [
                [
                    column.get_db_prep_save(value, connection)
                    for column, value in zip(columns, row, strict=True)
                ]
                for row in rows
            ],
        )
