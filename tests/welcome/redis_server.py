"""A throwaway Redis for the cache tests, and the settings that point the cache at it."""

import secrets
import signal
import socket
import subprocess
import time

import redis


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache_settings(location, **options):
    """CACHES for the fail-soft backend. Each test gets its own key prefix, so it also gets
    its own circuit breaker (they are shared per process by location and prefix)."""
    return {
        "default": {
            "BACKEND": "welcome.foundation.cache.FailSoftRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"test-{secrets.token_hex(4)}",
            "OPTIONS": options,
        }
    }


class RedisServer:
    """A redis-server of one test alone, on a free port; never the shared one on 6379.
    Its data survives a kill and restart only if the test asks it to `save()` first."""

    def __init__(self, directory):
        self.port = free_port()
        self.directory = directory
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self):
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client().ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.02)

    def save(self):
        self.client().save()

    def kill(self):
        self.process.kill()
        self.process.wait()

    def freeze(self):
        """Redis still accepts connections (the kernel does) but never answers."""
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)
