"""The production server of the benchmarks: gunicorn with 2 workers, DEBUG off, whitenoise,
on a copy of the test database with the demo site, asked from 127.0.0.1 only."""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg

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
