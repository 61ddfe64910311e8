"""The production stack of deploy/ (nginx in front of gunicorn, PostgreSQL, Redis) started
by deploy/serve.py on a copy of the test database, for the tests that try it from
outside: only ever on 127.0.0.1."""

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.welcome.redis_server import free_port

ROOT = Path(__file__).resolve().parents[1]
SLOW_CLIENTS = 100


class Stack:
    """`environment` adds to serve.py's (e.g. SERVE_APP_SERVERS, MEDIA_BUCKET)."""

    def __init__(self, database, media_root, prefix, environment=None):
        self.database = database
        self.media_root = media_root
        self.prefix = Path(prefix)
        self.environment = environment or {}
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def __enter__(self):
        self.prefix.mkdir(parents=True, exist_ok=True)
        log = (self.prefix / "serve.log").open("w")
        self.process = subprocess.Popen(  # noqa: S603 - our own script
            [sys.executable, str(ROOT / "deploy" / "serve.py")],
            env={
                **os.environ,
                "SERVE_DATABASE": self.database,
                "SERVE_PORT": str(self.port),
                "SERVE_PREFIX": str(self.prefix),
                "MEDIA_ROOT": str(self.media_root),
                # Its own keys in the shared Redis: no other stack's page cache.
                "CACHE_KEY_PREFIX": f"stack-{self.port}",
                **self.environment,
            },
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while "Serving on" not in (self.prefix / "serve.log").read_text():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.__exit__()
                raise RuntimeError(f"the stack did not start, see {self.prefix}/serve.log")
            time.sleep(0.3)
        return self

    @property
    def app_servers(self):
        """The address of each app server behind nginx, to ask one of them directly."""
        return (self.prefix / "app_servers").read_text().split()

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=40)


def slow_client(port, stop):
    """Sends a request header a line at a time, a line a second, never finishing it."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"GET /de/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        number = 0
        while not stop.is_set():
            number += 1
            try:
                sock.sendall(f"X-Slow-{number}: {'a' * 10}\r\n".encode())
            except OSError:
                return
            stop.wait(1)


def get(url, **headers):
    """(status, headers, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - 127.0.0.1 only
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def reader_among_slow_clients(stack, seconds):
    """A reader asks for pages one after the other for `seconds` while SLOW_CLIENTS
    clients dribble their headers: (the reader's request durations, their errors)."""
    stop = threading.Event()
    clients = [
        threading.Thread(target=slow_client, args=(stack.port, stop), daemon=True)
        for _ in range(SLOW_CLIENTS)
    ]
    for client in clients:
        client.start()
    time.sleep(1)
    durations, errors = [], 0
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                status, _headers, _body = get(f"{stack.url}/de/?reader={len(durations)}")
                errors += status != 200
            except OSError:
                errors += 1
            durations.append(time.monotonic() - started)
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=5)
    return durations, errors
