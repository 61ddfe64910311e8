"""Throughput from outside: the production server (gunicorn, 2 workers, DEBUG off,
whitenoise) on a copy of the test database with the demo site, load from wrk at 50
connections against 127.0.0.1 only.

A cached article is measured side by side with a static file of exactly its size: the
article's gzipped body, written into the static files that the same gunicorn serves
through whitenoise. Both are asked with `Accept-Encoding: gzip`, in alternating rounds,
so that whatever else the machine does meanwhile weighs on both alike. Once with the page
cache in the workers' memory (no REDIS_URL) and once in Redis (a redis-server of this run
alone). Adds its figures to the budget table; asserts only that the article really came
from the page cache.
"""

import gzip
import shutil
from pathlib import Path

import pytest

from home.models import ArticlePage
from tests.perf.server import (
    Server,
    get,
    production_env,
    run_wrk,
    suite_database_copy,
)
from tests.welcome.redis_server import RedisServer, free_port

# For the test database; the server works on a copy made before any test transaction.
pytestmark = pytest.mark.django_db

CONNECTIONS = 50
ROUNDS = 5
SECONDS_PER_ROUND = 2
MIN_REQUESTS_PER_SECOND = 1500
MIN_SHARE_OF_STATIC = 80
STATIC_PATH = "perf/article.html"


def wrk(url, seconds):
    """{requests, seconds, errors} of one wrk run."""
    result = run_wrk(url, seconds, CONNECTIONS, "Accept-Encoding: gzip")
    return {field: result[field] for field in ("requests", "seconds", "errors")}


def side_by_side(targets):
    """Alternating rounds of wrk on each target: {name: (requests per second, errors)}."""
    for url in targets.values():
        wrk(url, 1)
    totals = {name: {"requests": 0, "seconds": 0.0, "errors": 0} for name in targets}
    for _ in range(ROUNDS):
        for name, url in targets.items():
            for field, value in wrk(url, SECONDS_PER_ROUND).items():
                totals[name][field] += value
    return {
        name: (total["requests"] / total["seconds"], total["errors"])
        for name, total in totals.items()
    }


def cached_body(server, path):
    """The article's gzipped body once the page cache answers it."""
    for _ in range(10):
        status, headers, body = get(f"{server.url}{path}", **{"Accept-Encoding": "gzip"})
        assert status == 200
        if headers.get("X-Page-Cache") == "hit":
            assert headers["Content-Encoding"] == "gzip"
            return body
    raise AssertionError(f"{path} never came from the page cache")


@pytest.fixture(scope="module")
def server_database(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        article = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
        path = article.url
    with suite_database_copy(django_db_blocker, "throughput") as target:
        yield target, path


@pytest.fixture(scope="module")
def server_env(server_database):
    if not shutil.which("wrk"):
        pytest.fail("wrk is missing: `make perf` installs Debian's wrk")
    return production_env(server_database[0])


@pytest.mark.parametrize("cache", ["memory", "Redis"])
def test_throughput(cache, server_env, server_database, budget_table, tmp_path):
    _database, path = server_database
    env = {**server_env, "CACHE_DIR": str(tmp_path / "cache")}
    redis = None
    if cache == "Redis":
        redis = RedisServer(tmp_path)
        redis.start()
        env["REDIS_URL"] = redis.url
    try:
        # One port for both starts: the page holds its own address.
        port = free_port()
        with Server(env, port) as server:
            body = cached_body(server, path)
        # The static file: the cached article's own bytes, found by whitenoise at start.
        static_file = Path(env["STATIC_ROOT"]) / STATIC_PATH
        static_file.parent.mkdir(exist_ok=True)
        static_file.write_bytes(gzip.decompress(body))
        static_file.with_name(static_file.name + ".gz").write_bytes(body)
        with Server(env, port) as server:
            _status, headers, static_body = get(
                f"{server.url}/static/{STATIC_PATH}", **{"Accept-Encoding": "gzip"}
            )
            assert headers["Content-Encoding"] == "gzip"
            cached_body(server, path)
            results = side_by_side(
                {"static": f"{server.url}/static/{STATIC_PATH}", "page": f"{server.url}{path}"}
            )
            assert len(cached_body(server, path)) == len(static_body)
    finally:
        if redis is not None:
            redis.kill()

    static_rate, static_errors = results["static"]
    page_rate, page_errors = results["page"]
    budget_table.start(
        f"Throughput: gunicorn 2 workers, wrk {CONNECTIONS} connections, "
        f"{ROUNDS} × {SECONDS_PER_ROUND} s per target, side by side"
    )
    size = f"{len(static_body) / 1024:.1f} KB"
    budget_table.add(f"static file of {size} ({cache} run): requests/s", static_rate)
    budget_table.add(
        f"cached article, {size}, page cache in {cache}: requests/s",
        page_rate,
        at_least=MIN_REQUESTS_PER_SECOND,
    )
    budget_table.add(
        f"cached article / static file ({cache})",
        100 * page_rate / static_rate,
        "%",
        at_least=MIN_SHARE_OF_STATIC,
    )
    budget_table.add(f"errors ({cache} run, both targets)", static_errors + page_errors, at_most=0)
