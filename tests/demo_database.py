"""The demo site's databases: the suite's own, and the copy the browser tests' server uses."""

import psycopg
from django.conf import settings
from django.db import connections

MAINTENANCE_DATABASE = "postgresql://postgres@127.0.0.1:5432/postgres"


def database_url(name=None):
    """The address of database `name` (the suite's own by default) on the suite's server,
    for a process of its own."""
    database = settings.DATABASES["default"]
    name = name or database["NAME"]
    return f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{name}"


def browser_database():
    """The browser tests' server database, named after the suite's own, so that two
    checkouts can test side by side."""
    return f"{settings.DATABASES['default']['NAME']}_browser"


def scale_out_database():
    """The database of the scale-out journey's app servers (test_journey_scale_out)."""
    return f"{settings.DATABASES['default']['NAME']}_scale_out"


def copy_database(source, target):
    """Replace `target` with a copy of `source` (PostgreSQL's CREATE DATABASE ... TEMPLATE)."""
    # PostgreSQL copies a database only while nobody is connected to it.
    connections.close_all()
    with psycopg.connect(MAINTENANCE_DATABASE, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
