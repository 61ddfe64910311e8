"""Versions that tell cached data from stale: one random value per kind of data, kept in
the cache every worker of the site shares, and replaced by every change to what the data
is computed from. Entries are stored under the version read before their rows were, and
only entries of the current version are used."""

import secrets
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction


class SharedVersion:
    """A version renewed by a change now, and once more when the change is committed: a
    request that reads the old rows in between stores them under the first new version,
    never under the second. Once per transaction at commit, however many records it
    changes.

    Random, not counted: once a counter is gone from the cache (Redis restarted or evicted
    it, or welcome.foundation.cache cleared the site's keys after an outage) counting
    starts again at 1 and can meet entries that a slower worker stored under a number it
    had read before. A fresh random version never meets an older entry.

    A worker trusts the version it read or renewed for settings.SHARED_VERSION_SECONDS
    (one second by default): a reader page asks a dozen times (the site chrome, the
    directory's names, the page cache), and each ask is a read of the shared cache, a
    round trip to Redis. A change made through this worker is seen by it at once; one
    made on another worker or server reaches this worker within that second.
    """

    def __init__(self, key, alias="default"):
        self.key = key
        self.alias = alias
        # Called at each renewal: for what a worker keeps of its own (page_cache).
        self.listeners = []
        self._read = (None, 0.0)

    def recent(self):
        """The version this worker read or renewed within SHARED_VERSION_SECONDS, or None."""
        version, read_at = self._read
        if version is not None and time.monotonic() - read_at < settings.SHARED_VERSION_SECONDS:
            return version
        return None

    def remember(self, version):
        """Trust `version`, read from the shared cache, for SHARED_VERSION_SECONDS."""
        self._read = (version, time.monotonic())

    def current(self):
        version = self.recent()
        if version is None:
            version = caches[self.alias].get_or_set(self.key, _new_version, None)
            self.remember(version)
        return version

    def renew(self):
        version = _new_version()
        caches[self.alias].set(self.key, version, None)
        self.remember(version)
        for listener in self.listeners:
            listener()

    def invalidate(self, **kwargs):
        """Takes any signal's arguments, so that it can be connected as a receiver."""
        self.renew()
        pending = transaction.get_connection().run_on_commit
        if not any(callback == self.renew for _, callback, _ in pending):
            transaction.on_commit(self.renew)


def _new_version():
    return secrets.token_hex(8)
