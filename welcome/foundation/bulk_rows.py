"""Writing many new rows at once, without a model instance per row.

A large import spends most of its time in Django's bulk_create: a model instance for every
row and child row, and one INSERT per batch with hundreds of thousands of parameters,
compiled by Django and then parsed again by the driver. `insert_rows` takes plain tuples
instead and streams them with COPY on PostgreSQL; on SQLite (development) it is one
executemany. Rows that others refer to get their primary keys from `next_ids` first.
`writes_alongside` hands writes to a thread of their own on the same connection, so that
PostgreSQL works on one batch while Python prepares the next.

The project runs on PostgreSQL and SQLite only, so these are the two branches.
"""

import queue
import threading
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections

# Writes handed over and not yet done, at most: an import hands over three per batch, so
# the statements (their texts, not the model instances) of about three batches wait.
PENDING_WRITES = 8


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


def now(write, *args):
    """Write at once: the `later` of a caller that writes in its own thread."""
    write(*args)


def execute(sql, params):
    """One statement prepared beforehand, for `later`."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@contextmanager
def writes_alongside():
    """`later(write, *args)` calls write(*args) in order in one thread of its own, on the
    caller's connection and so in the caller's transaction, while the caller goes on.

    On PostgreSQL the server then builds one batch's search vectors, indexes and foreign
    key checks on one core while Python prepares the next batch on the other. psycopg
    lets threads share a connection, one statement at a time: the caller's own queries
    wait for the statement under way, so a write should be statements prepared by the
    caller (`execute`, `insert_rows`), not Python work of its own. A write runs statements
    only: no `transaction.atomic`, whose savepoint bookkeeping on the shared connection
    belongs to the caller's thread; a savepoint the caller rolls back takes back the
    writes done since it was set, so a caller that rolls one back must fail.

    Every write has ended before the block is left, so the transaction around it commits
    or rolls back only after them. After a failed write no other runs, and the block
    raises its error, at the next `later` or at the end; a database error of the caller's
    that followed it (the transaction was aborted) is raised as the write's. On SQLite,
    whose connection is not shared between threads, `later` writes at once.
    """
    if connection.vendor != "postgresql":
        yield now
        return
    writer = _Writer(connections[DEFAULT_DB_ALIAS])
    try:
        yield writer.later
    except DatabaseError as error:
        writer.finish(drop_pending=True)
        if writer.failure is not None:
            raise writer.failure from error
        raise
    except BaseException:
        writer.finish(drop_pending=True)
        raise
    writer.finish()
    writer.raise_failure()


class _Writer:
    def __init__(self, shared):
        self._shared = shared
        self._writes = queue.Queue(maxsize=PENDING_WRITES)
        self._dropping = False
        self.failure = None
        shared.inc_thread_sharing()
        self._thread = threading.Thread(target=self._run, name="writes-alongside", daemon=True)
        self._thread.start()

    def _run(self):
        connections[self._shared.alias] = self._shared
        while (write := self._writes.get()) is not None:
            if self.failure is None and not self._dropping:
                try:
                    write[0](*write[1:])
                except BaseException as failure:  # noqa: BLE001 - raised in the caller's thread
                    self.failure = failure

    def later(self, write, *args):
        self.raise_failure()
        self._writes.put((write, *args))

    def raise_failure(self):
        if self.failure is not None:
            raise self.failure

    def finish(self, *, drop_pending=False):
        """Wait for the writes handed over, or only for the one under way."""
        self._dropping = drop_pending
        self._writes.put(None)
        self._thread.join()
        self._shared.dec_thread_sharing()
