"""Writes handed to a thread of their own on the caller's connection
(welcome.foundation.bulk_rows.writes_alongside): in order, in the caller's transaction,
and never past the end of the block, whether the caller or a write fails."""

import threading

import pytest
from django.db import DatabaseError, connection, transaction

from welcome.foundation import bulk_rows
from welcome.search.models import SearchTerm

pytestmark = pytest.mark.django_db

INSERT_TERM = "INSERT INTO search_searchterm (language, term) VALUES (%s, %s)"


def terms(language):
    return list(
        SearchTerm.objects.filter(language=language).order_by("term").values_list("term", flat=True)
    )


def test_writes_run_in_order_in_the_callers_transaction_and_end_with_the_block():
    callers = threading.get_ident()
    threads = []
    with transaction.atomic():
        with bulk_rows.writes_alongside() as later:
            later(bulk_rows.execute, INSERT_TERM, ["xx", "erste"])
            # A write that needs the one before it: order is kept.
            later(
                bulk_rows.execute,
                "UPDATE search_searchterm SET term = 'zweite' WHERE language = 'xx'",
                [],
            )
            later(lambda: threads.append(threading.get_ident()))
            # The caller's own queries share the connection meanwhile.
            assert SearchTerm.objects.filter(language="yy").count() == 0
        assert terms("xx") == ["zweite"]
        transaction.set_rollback(True)
    assert terms("xx") == []
    assert threads and threads[0] != callers


def test_a_failed_write_stops_the_writes_after_it_and_is_raised():
    after_failure = []
    with (
        pytest.raises(DatabaseError, match="no_such_table"),
        transaction.atomic(),
        bulk_rows.writes_alongside() as later,
    ):
        later(bulk_rows.execute, INSERT_TERM, ["xx", "vorher"])
        later(bulk_rows.execute, "INSERT INTO no_such_table VALUES (1)", [])
        later(after_failure.append, "ran")
    assert after_failure == []
    assert terms("xx") == []
    # The connection is usable again once the caller's transaction has rolled back.
    assert connection.is_usable()


def test_when_the_caller_fails_waiting_writes_are_dropped_and_none_outlives_the_block():
    waited = threading.Event()
    dropped = []
    with (
        pytest.raises(ValueError, match="caller failed"),
        transaction.atomic(),
        bulk_rows.writes_alongside() as later,
    ):
        later(bulk_rows.execute, "SELECT pg_sleep(0.3)", [])
        later(waited.set)
        later(dropped.append, "ran")
        raise ValueError("caller failed")
    assert not waited.is_set()
    assert dropped == []
    assert SearchTerm.objects.filter(language="xx").count() == 0


def test_a_database_error_of_the_caller_after_a_failed_write_is_raised_as_the_write():
    # The write aborts the transaction; the caller's next query then fails only because
    # of it, and the operator is shown the write's own error.
    wrote = threading.Event()

    def failing_write():
        try:
            bulk_rows.execute("INSERT INTO no_such_table VALUES (1)", [])
        finally:
            wrote.set()

    with (
        pytest.raises(DatabaseError, match="no_such_table"),
        transaction.atomic(),
        bulk_rows.writes_alongside() as later,
    ):
        later(failing_write)
        wrote.wait(5)
        SearchTerm.objects.count()
