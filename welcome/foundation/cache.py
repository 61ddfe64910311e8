"""A Redis cache that fails soft: while Redis is unreachable the site runs as if it had no
cache, because here the cache only ever speeds things up.

Django's RedisCache raises on every call while Redis is down, which turns every public
page into a 500 and breaks any signal handler that touches the cache. This backend wraps
each call of Django's RedisCacheClient, the one place where Redis is spoken to, so every
operation of Django's cache API (including get_or_set, decr, incr_version, `in` and the
async variants, which all go through it) behaves like this when Redis fails:

- reads are misses (the default, {} or False), writes, deletes and clear do nothing;
- incr and decr raise ValueError, as for a missing key, so callers' fallbacks apply;
- any redis-py error counts: connection refused, a timeout, and also a server that
  refuses commands (out of memory, a read-only replica), which is no usable cache either.

Short socket timeouts (`socket_connect_timeout`, `socket_timeout`, 0.25 s unless set in
OPTIONS) keep a Redis that does not answer from holding up a request for long. After a
failure a circuit breaker skips Redis for `retry_after` seconds (OPTIONS, 5 by default),
so a request pays at most one timeout per interval rather than one per cache call; then
the next call tries again, which is how recovery is noticed. The breaker is shared by all
threads of a process (per Redis location and key prefix), so each outage logs one warning
per process, and its end one info message.

After an outage: entries written before it may be stale, because the deletes and
version changes made during it were lost (a page published meanwhile would still show the
old site chrome, a translation notice would stay for a day). So a process that noticed an
outage deletes every key under its KEY_PREFIX before it uses Redis again, and only then
reads. Keys of other users of the same Redis database are left alone (no FLUSHDB). Every
process that saw the outage does this, which is harmless. Limits: a process that saw no
outage may read old entries until one that did makes its next cache call (within
`retry_after` seconds while it serves requests); if the only processes that saw the outage
end before Redis returns, old entries stay until they expire (site chrome after 5 minutes,
translation notices after a day). The purge relies on Django's default key function
(`<prefix>:<version>:<key>`).
"""

import functools
import logging
import re
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

SOCKET_TIMEOUT = 0.25
RETRY_AFTER = 5.0
PURGE_BATCH = 500
_UNAVAILABLE = object()


class CircuitBreaker:
    """Whether this process currently skips one Redis, and whether it saw an outage that
    has not been purged after yet."""

    def __init__(self, name, retry_after):
        self.name = name
        self.retry_after = retry_after
        self._lock = threading.Lock()
        self._retry_at = 0.0
        self._down_since = None

    @property
    def saw_outage(self):
        return self._down_since is not None

    def allows_call(self):
        return time.monotonic() >= self._retry_at

    def failed(self, error):
        with self._lock:
            now = time.monotonic()
            self._retry_at = now + self.retry_after
            if self._down_since is not None:
                return
            self._down_since = now
        logger.warning(
            "Redis cache %s unavailable (%s: %s); serving without cache, retrying every %s s",
            self.name,
            type(error).__name__,
            error,
            self.retry_after,
        )

    def recovered(self):
        with self._lock:
            if self._down_since is None:
                return
            seconds = time.monotonic() - self._down_since
            self._down_since = None
        logger.info(
            "Redis cache %s is back after %.1f s; entries from before the outage deleted",
            self.name,
            seconds,
        )


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(servers, key_prefix, retry_after):
    """One breaker per Redis and key prefix for the whole process: Django makes a cache
    object per thread, but an outage is the same for all of them."""
    key = (tuple(servers), key_prefix)
    with _breakers_lock:
        if key not in _breakers:
            name = f"{','.join(map(_without_credentials, servers))} (prefix {key_prefix!r})"
            _breakers[key] = CircuitBreaker(name, retry_after)
        return _breakers[key]


class FailSoftRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, *, breaker, purge_pattern, **options):
        super().__init__(servers, **options)
        self._breaker = breaker
        self._purge_pattern = purge_pattern
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        # Django builds a new redis.Redis for every call, which takes longer than a GET on
        # the local network (a page-cache hit makes one). A client is thread-safe and
        # always uses the same pool of its server, so one per server is kept.
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def _soft(self, operation, miss, *args):
        """Run one Redis operation; `miss` when Redis is skipped or fails."""
        if not self._breaker.allows_call():
            return miss
        try:
            if self._breaker.saw_outage:
                self._purge()
                self._breaker.recovered()
            return operation(*args)
        except RedisError as error:
            self._breaker.failed(error)
            return miss

    def _purge(self):
        client = self.get_client(write=True)
        keys = list(client.scan_iter(match=self._purge_pattern, count=PURGE_BATCH))
        for start in range(0, len(keys), PURGE_BATCH):
            client.unlink(*keys[start : start + PURGE_BATCH])

    def add(self, key, value, timeout):
        return self._soft(super().add, False, key, value, timeout)

    def get(self, key, default):
        return self._soft(super().get, default, key, default)

    def set(self, key, value, timeout):
        self._soft(super().set, None, key, value, timeout)

    def touch(self, key, timeout):
        return self._soft(super().touch, False, key, timeout)

    def delete(self, key):
        return self._soft(super().delete, False, key)

    def get_many(self, keys):
        return self._soft(super().get_many, {}, keys)

    def has_key(self, key):
        return self._soft(super().has_key, False, key)

    def incr(self, key, delta):
        value = self._soft(super().incr, _UNAVAILABLE, key, delta)
        if value is _UNAVAILABLE:
            raise ValueError(f"Key '{key}' not available: Redis is unreachable.")
        return value

    def set_many(self, data, timeout):
        self._soft(super().set_many, None, data, timeout)

    def delete_many(self, keys):
        self._soft(super().delete_many, None, keys)

    def clear(self):
        return self._soft(super().clear, False)


class FailSoftRedisCache(RedisCache):
    """Django's RedisCache, degrading to "no cache" while Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        options = dict(self._options)
        retry_after = options.pop("retry_after", RETRY_AFTER)
        options.setdefault("socket_connect_timeout", SOCKET_TIMEOUT)
        options.setdefault("socket_timeout", SOCKET_TIMEOUT)
        self._options = options
        self._class = functools.partial(
            FailSoftRedisCacheClient,
            breaker=breaker_for(self._servers, self.key_prefix, retry_after),
            purge_pattern=f"{_glob_escape(self.key_prefix)}:*",
        )


def _without_credentials(server):
    """The server's address fit for a log: no user, password or query options."""
    parts = urlsplit(server)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2], query="").geturl()


def _glob_escape(text):
    return re.sub(r"([\\*?\[\]])", r"\\\1", text)
