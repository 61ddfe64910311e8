"""The production server of the benchmarks: gunicorn with 2 workers, DEBUG off, whitenoise,
on a copy of the test database with the demo site, asked from 127.0.0.1 only."""

import os
import re
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import psycopg
from django.db import connection, connections

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "perf"


def postgres(database="postgres"):
    return psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{database}", autocommit=True)


def copy_database(source, target):
    """A copy of the test database for the server. Demo accounts lose their public password
    there: with DEBUG off the server refuses to start while one accepts it."""
    with postgres() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
    with postgres(target) as conn:
        conn.execute("UPDATE auth_user SET password = '!' || md5(random()::text)")


@contextmanager
def suite_database_copy(django_db_blocker, suffix):
    """A copy of the suite's database, <name>_<suffix>, for a server of its own (see
    copy_database), dropped afterwards. The suite's own connections are closed first: a
    database with a session open cannot be copied."""
    with django_db_blocker.unblock():
        source = connection.settings_dict["NAME"]
        connections.close_all()
    target = f"{source}_{suffix}"
    copy_database(source, target)
    try:
        yield target
    finally:
        drop_database(target)


def drop_database(name):
    with postgres() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(database):
    """The environment of the production settings on `database`, static files collected."""
    BUILD.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "welcome.settings.base",
        "DATABASE_URL": f"postgresql://postgres@127.0.0.1:5432/{database}",
        "SECRET_KEY": "perf-only",
        "DEBUG": "0",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(BUILD / "static"),
        "CACHE_DIR": str(BUILD / "cache"),
        "REDIS_URL": "",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=env,
        cwd=ROOT,
        check=True,
    )
    return env


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - our own server
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.status, response.headers, response.read()


class Server:
    def __init__(self, env, port):
        self.env = env
        self.port = port
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def __enter__(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        log = (BUILD / "gunicorn.log").open("a")
        self.process = subprocess.Popen(
            [gunicorn, "welcome.wsgi", "--bind", f"127.0.0.1:{self.port}", "--workers", "2"],
            env={**self.env, "ALLOWED_HOSTS": "127.0.0.1"},
            cwd=ROOT,
            stdout=log,
            stderr=log,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                get(f"{self.url}/robots.txt")
                return self
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.process.kill()
                    log = BUILD / "gunicorn.log"
                    raise RuntimeError(f"gunicorn did not start, see {log}") from None
                time.sleep(0.3)

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=20)


def run_wrk(url, seconds, connections, header=None, script=None):
    """{requests, seconds, errors, p99_ms} of one wrk run on 2 threads: errors are socket
    errors and answers other than 2xx and 3xx."""
    command = ["wrk", "--threads", "2", "--connections", str(connections)]
    command += ["--duration", f"{seconds}s", "--latency"]
    if header:
        command += ["--header", header]
    if script:
        command += ["--script", str(script)]
    output = subprocess.run(  # noqa: S603 - wrk on our own server
        [*command, url], capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    requests, duration, unit = re.search(r"(\d+) requests in ([\d.]+)(ms|s|m)", output).groups()
    duration = float(duration) * {"ms": 0.001, "s": 1, "m": 60}[unit]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    return {"requests": int(requests), "seconds": duration, "errors": errors, "p99_ms": p99_ms}
