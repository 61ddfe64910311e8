"""welcome.foundation.cache.FailSoftRedisCache on its own: Django's cache API against a Redis that is
not there, one that does not answer, and one that comes back after an outage."""

import asyncio
import json
import logging
import os
import secrets
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.welcome.redis_server import free_port
from welcome.foundation.cache import FailSoftRedisCache

ROOT = Path(__file__).resolve().parents[2]
RETRY_AFTER = 0.2


def backend(location, **options):
    return FailSoftRedisCache(
        location, {"KEY_PREFIX": f"unit-{secrets.token_hex(4)}", "OPTIONS": options}
    )


def warnings_in(caplog):
    return [
        r
        for r in caplog.records
        if r.name == "welcome.foundation.cache" and r.levelname == "WARNING"
    ]


@pytest.mark.parametrize(
    "retry_after",
    [0, 60],
    ids=["every call tries Redis", "the breaker skips Redis"],
)
def test_every_operation_is_a_miss_while_redis_is_down(caplog, retry_after):
    cache = backend(f"redis://cache:secret@127.0.0.1:{free_port()}/0", retry_after=retry_after)

    assert cache.get("key") is None
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("key") is False
    assert ("key" in cache) is False
    assert cache.add("key", 1) is False
    assert cache.set("key", 1) is None
    assert cache.set_many({"a": 1, "b": 2}) == []
    assert cache.get_or_set("key", 7) == 7
    assert cache.get_or_set("key", lambda: 8) == 8
    assert cache.touch("key") is False
    assert cache.delete("key") is False
    assert cache.delete_many(["a", "b"]) is None
    assert cache.clear() is False
    for missing_key in (cache.incr, cache.decr, cache.incr_version, cache.decr_version):
        with pytest.raises(ValueError):
            missing_key("key")
    cache.close()

    async def async_api():
        assert await cache.aget("key", "default") == "default"
        assert await cache.aget_many(["a"]) == {}
        assert await cache.aset("key", 1) is None
        assert await cache.aadd("key", 1) is False
        assert await cache.aget_or_set("key", 9) == 9
        assert await cache.ahas_key("key") is False
        assert await cache.adelete("key") is False
        with pytest.raises(ValueError):
            await cache.aincr("key")

    # In a thread of its own: the browser tests' Playwright keeps an event loop running.
    with ThreadPoolExecutor(max_workers=1) as thread:
        thread.submit(asyncio.run, async_api()).result()
    [warning] = warnings_in(caplog)
    assert "127.0.0.1" in warning.getMessage()
    assert "secret" not in warning.getMessage()


def test_a_redis_that_does_not_answer_costs_one_timeout_per_retry_interval():
    # A listening socket nobody reads from: connecting works, no answer ever comes.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        cache = backend(
            f"redis://127.0.0.1:{silent.getsockname()[1]}/0",
            retry_after=RETRY_AFTER,
            socket_timeout=0.1,
            socket_connect_timeout=0.1,
        )

        started = time.monotonic()
        assert cache.get("key") is None
        first = time.monotonic() - started
        started = time.monotonic()
        for _ in range(50):
            assert cache.get("key") is None
        skipped = time.monotonic() - started
        time.sleep(RETRY_AFTER)
        started = time.monotonic()
        assert cache.get("key") is None
        retried = time.monotonic() - started

    assert 0.09 < first < 1
    assert skipped < 0.05
    assert 0.09 < retried < 1


def test_timeouts_are_short_unless_configured():
    assert backend("redis://127.0.0.1:1/0")._options == {
        "socket_connect_timeout": 0.25,
        "socket_timeout": 0.25,
    }


def test_after_an_outage_only_this_sites_keys_are_deleted(redis_server, caplog):
    caplog.set_level(logging.INFO, logger="welcome.foundation.cache")
    cache = backend(redis_server.url, retry_after=RETRY_AFTER)
    neighbour = backend(redis_server.url, retry_after=RETRY_AFTER)
    raw = redis_server.client()
    cache.set("menu", "before the outage")
    neighbour.set("menu", "someone else's")
    raw.set("other-app:key", "keep")

    redis_server.freeze()
    try:
        assert cache.get("menu") is None
    finally:
        redis_server.thaw()
    time.sleep(RETRY_AFTER)

    assert cache.get("menu") is None
    assert neighbour.get("menu") == "someone else's"
    assert raw.get("other-app:key") == b"keep"
    cache.set("menu", "after the outage")
    assert cache.get("menu") == "after the outage"
    messages = [r.getMessage() for r in caplog.records if r.name == "welcome.foundation.cache"]
    assert len(messages) == 2
    assert "unavailable" in messages[0]
    assert "is back" in messages[1]


def test_redis_url_selects_the_fail_soft_backend_with_its_timeout():
    script = "import json; from welcome.settings import base; print(json.dumps(base.CACHES))"
    env = {
        **os.environ,
        "SECRET_KEY": "x",
        "REDIS_URL": "redis://user:secret@redis.example:6379/2",
        "REDIS_TIMEOUT": "0.5",
    }
    output = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    default = json.loads(output)["default"]
    assert default["BACKEND"] == "welcome.foundation.cache.FailSoftRedisCache"
    assert default["OPTIONS"] == {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
