"""Benchmarks: `make perf` measures, and prints one table at the end with each figure beside
its budget (DESIGN.md, issue 9) and whether it is within it. Times are printed, never
asserted: a slow figure is marked "MISS", the run does not fail for it."""

import gzip
import itertools
import statistics
import time
from dataclasses import dataclass

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.perf.server import Server, get, production_env, suite_database_copy
from tests.welcome.redis_server import free_port

WITHIN, MISS = "ok", "MISS"


@dataclass
class Figure:
    section: str
    what: str
    value: str
    budget: str = "—"
    within: bool | None = None

    @property
    def marker(self):
        return "" if self.within is None else WITHIN if self.within else MISS


class BudgetTable:
    """The figures of the whole run, in the order they were measured."""

    def __init__(self):
        self.figures = []
        self.section = ""

    def start(self, section):
        self.section = section

    def add(self, what, value, unit="", *, at_most=None, below=None, at_least=None):
        """One figure; the budget is `at_most` (≤), `below` (<) or `at_least` (≥)."""
        shown = f"{value:.1f}" if isinstance(value, float) else str(value)
        figure = Figure(self.section, what, f"{shown} {unit}".strip())
        for limit, sign, holds in (
            (at_most, "≤", lambda: value <= at_most),
            (below, "<", lambda: value < below),
            (at_least, "≥", lambda: value >= at_least),
        ):
            if limit is not None:
                figure.budget = f"{sign} {limit:g} {unit}".strip()
                figure.within = holds()
        self.figures.append(figure)

    def add_same(self, what, values, unit=""):
        """Figures that must not change with the data's size, e.g. queries for 3 and 300."""
        shown = " → ".join(str(value) for value in values)
        figure = Figure(self.section, what, f"{shown} {unit}".strip(), "the same")
        figure.within = len(set(values)) == 1
        self.figures.append(figure)

    def lines(self):
        width = max([len(figure.what) for figure in self.figures] + [40])
        header = f"{'what':{width}}  {'measured':>16}  {'budget':>14}  "
        lines = [header, "-" * len(header)]
        section = None
        for figure in self.figures:
            if figure.section != section:
                section = figure.section
                lines.append(section)
            lines.append(
                f"{figure.what:{width}}  {figure.value:>16}  {figure.budget:>14}  {figure.marker}"
            )
        missed = sum(1 for figure in self.figures if figure.within is False)
        checked = sum(1 for figure in self.figures if figure.within is not None)
        lines.append(f"{checked - missed} of {checked} budgets met")
        return lines


TABLE = BudgetTable()


@pytest.fixture(scope="session")
def budget_table():
    return TABLE


def pytest_terminal_summary(terminalreporter):
    if TABLE.figures:
        terminalreporter.section("Budgets (PostgreSQL; times are p50 server time in-process)")
        for line in TABLE.lines():
            terminalreporter.write_line(line)


def clear_caches():
    for cache in caches.all():
        cache.clear()


@dataclass
class Measurement:
    p50_ms: float
    p95_ms: float
    queries: int
    kb: float
    kb_gzip: float
    response: object


EVERY_CACHE, PAGE_CACHE = "every cache", "page cache"


_addresses = itertools.count()


def missed_address(url):
    """`url` with a parameter no page reads: an address the page cache has not seen."""
    return f"{url}{'&' if '?' in url else '?'}uncached={next(_addresses)}"


class Benchmark:
    """Server time (the whole Django request cycle, in-process) and SQL queries.

    Uncached has two meanings here. EVERY_CACHE: every cache is emptied before every
    request, as for the first reader after a deploy or a Redis flush. PAGE_CACHE: the page
    cache has no entry for the address (each request asks an address of its own), while
    what every page shares (the site chrome, the category and district names, Wagtail's
    site root paths) is cached as on a running site: the first reader of a page after a
    change, once any page was rendered since. The budgets of issue 9 ("uncached") are
    judged on PAGE_CACHE; EVERY_CACHE is shown beside them.
    """

    def __init__(self, client):
        self.client = client

    def measure(self, url, repeat=30, cold=None, **headers):
        """cold: EVERY_CACHE, PAGE_CACHE or None (one request warms what every worker
        keeps, the page cache included)."""
        self.client.get(url, **headers)
        times = []
        for _ in range(repeat):
            if cold == EVERY_CACHE:
                clear_caches()
            address = missed_address(url) if cold == PAGE_CACHE else url
            start = time.perf_counter()
            response = self.client.get(address, **headers)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
        if cold == EVERY_CACHE:
            clear_caches()
        address = missed_address(url) if cold == PAGE_CACHE else url
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(address, **headers)
        body = response.content
        gzipped = body if response.get("Content-Encoding") == "gzip" else gzip.compress(body)
        return Measurement(
            p50_ms=statistics.median(times),
            p95_ms=sorted(times)[int(len(times) * 0.95) - 1],
            queries=len(queries),
            kb=len(body) / 1024,
            kb_gzip=len(gzipped) / 1024,
            response=response,
        )


@pytest.fixture
def benchmark_client(client):
    return Benchmark(client)


@pytest.fixture(scope="session")
def production_server(django_db_setup, django_db_blocker):
    """gunicorn (2 workers, production settings, page cache in memory) on a copy of the
    test database made before any test changed it."""
    with (
        suite_database_copy(django_db_blocker, "server") as target,
        Server(production_env(target), free_port()) as server,
    ):
        yield server


def http_p50s(server, urls, repeat=40):
    """{url: median time over HTTP from the production server}, each request at an
    address the page cache has not seen (PAGE_CACHE above), after a few to warm up.
    The addresses take turns, one request each: a moment the machine is slow (this one
    is a virtual machine that shares its host) slows every page a little rather than
    one page a lot."""
    for url in urls:
        for _ in range(5):
            get(f"{server.url}{missed_address(url)}")
    times = {url: [] for url in urls}
    for _ in range(repeat):
        for url in urls:
            start = time.perf_counter()
            status, headers, _body = get(f"{server.url}{missed_address(url)}")
            times[url].append((time.perf_counter() - start) * 1000)
            assert status == 200 and headers.get("X-Page-Cache") != "hit", url
    return {url: statistics.median(taken) for url, taken in times.items()}
