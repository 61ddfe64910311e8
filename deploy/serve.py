#!/usr/bin/env python3
"""Starts the production stack on this machine: nginx (deploy/nginx.conf) on
127.0.0.1:$SERVE_PORT in front of gunicorn (2 workers, preloaded, production
settings) on PostgreSQL and Redis, with the demo content but no demo accounts (the
production settings refuse to start while an account has the public demo password).
Runs until interrupted; `make serve` calls it with the project's virtual environment
(.venv/bin/python deploy/serve.py).

The environment chooses: SERVE_PORT (8080), SERVE_DATABASE (willkommen_serve, created
and set up when missing; an existing one is used as it is), REDIS_URL
(redis://127.0.0.1:6379/2; empty for the file cache), MEDIA_ROOT (build/serve/media),
SERVE_APP_SERVERS (1): how many app servers, each a gunicorn of its own on a port of its
own behind nginx, as several machines would be (README, "Scale out"); their addresses
are written to $SERVE_PREFIX/app_servers. With MEDIA_BUCKET (and MEDIA_BUCKET_ENDPOINT
for a server other than AWS S3) uploads go to that bucket and nginx fetches /media/
from it.
Local and plain HTTP: HTTPS redirects are off; the admin's cookies stay secure-only,
which browsers accept from 127.0.0.1 and localhost. Put TLS in front on a server."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PREFIX = Path(os.environ.get("SERVE_PREFIX", ROOT / "build" / "serve")).resolve()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment():
    PREFIX.mkdir(parents=True, exist_ok=True)
    key_file = PREFIX / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    database = os.environ.get("SERVE_DATABASE", "willkommen_serve")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "welcome.settings.base",
        "DEBUG": "0",
        "SECRET_KEY": key_file.read_text().strip(),
        "DATABASE_URL": f"postgresql://postgres@127.0.0.1:5432/{database}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "BEHIND_PROXY": "1",
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/2"),
        "STATIC_ROOT": str(PREFIX / "static"),
        "MEDIA_ROOT": os.environ.get("MEDIA_ROOT", str(PREFIX / "media")),
        "CACHE_DIR": str(PREFIX / "cache"),
    }


def manage(env, *arguments):
    subprocess.run([PYTHON, "manage.py", *arguments], env=env, cwd=ROOT, check=True)  # noqa: S603


def prepare(env, database):
    """The database (made and filled with the demo content when missing), migrations,
    translations and static files."""
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            db.execute(f'CREATE DATABASE "{database}"')
    manage(env, "migrate", "--noinput", "-v0")
    if not exists:
        manage(env, "setup_demo", "--no-users")
    manage(env, "collectstatic", "--noinput", "-v0")


def media_source(env):
    """The directives of nginx's /media/ location: the files of MEDIA_ROOT, or GET requests
    passed to the bucket, without the reader's cookies, its answers' missing files as 404."""
    if not env.get("MEDIA_BUCKET"):
        return f"            alias {env['MEDIA_ROOT']}/;"
    endpoint = env.get("MEDIA_BUCKET_ENDPOINT") or (
        f"https://s3.{env.get('MEDIA_BUCKET_REGION') or 'eu-central-1'}.amazonaws.com"
    )
    return "\n".join(
        f"            {directive}"
        for directive in (
            "limit_except GET { deny all; }",
            f"proxy_pass {endpoint.rstrip('/')}/{env['MEDIA_BUCKET']}/;",
            "proxy_ssl_server_name on;",
            'proxy_set_header Cookie "";',
            'proxy_set_header Authorization "";',
            "proxy_hide_header Set-Cookie;",
            "proxy_intercept_errors on;",
            "error_page 403 404 = @missing_media;",
        )
    )


def nginx_config(env, listen, upstreams):
    for folder in ("temp", "logs"):
        (PREFIX / folder).mkdir(exist_ok=True)
    text = (ROOT / "deploy" / "nginx.conf").read_text()
    values = {
        "PREFIX": PREFIX,
        "LISTEN": listen,
        "UPSTREAM_SERVERS": "\n".join(f"        server {upstream};" for upstream in upstreams),
        "STATIC_ROOT": env["STATIC_ROOT"],
        "MEDIA_SOURCE": media_source(env),
    }
    # Only the ${NAME}s: nginx's own $variables stay as they are.
    for name, value in values.items():
        text = text.replace(f"${{{name}}}", str(value))
    config = PREFIX / "nginx.conf"
    config.write_text(text)
    return config


def wait_for(url, processes, seconds=90):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our own server
                return
        except OSError:
            if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                raise SystemExit(f"The stack did not start; see the logs in {PREFIX}.") from None
            time.sleep(0.3)


def main():
    env = environment()
    prepare(env, os.environ.get("SERVE_DATABASE", "willkommen_serve"))
    port = int(os.environ.get("SERVE_PORT", "8080"))
    count = int(os.environ.get("SERVE_APP_SERVERS", "1"))
    upstreams = [f"127.0.0.1:{free_port()}" for _ in range(count)]
    config = nginx_config(env, f"127.0.0.1:{port}", upstreams)
    (PREFIX / "app_servers").write_text("".join(f"http://{up}\n" for up in upstreams))
    logs = (PREFIX / "gunicorn.log").open("a")
    app_servers = [
        subprocess.Popen(  # noqa: S603 - our own programs and arguments
            [GUNICORN, "welcome.wsgi", "--preload", "--workers", "2", "--bind", upstream],
            env=env,
            cwd=ROOT,
            stdout=logs,
            stderr=logs,
        )
        for upstream in upstreams
    ]
    directives = "daemon off;"
    if os.geteuid() == 0:
        # Started by root, nginx would read files as "nobody", and this machine's files
        # (build/ is private) are root's. On a server, nginx's workers run as www-data,
        # and the static and media folders are readable by it.
        directives += " user root;"
    nginx = subprocess.Popen(  # noqa: S603
        [NGINX, "-c", str(config), "-p", str(PREFIX), "-g", directives],
        stdout=logs,
        stderr=logs,
    )
    processes = [*app_servers, nginx]

    def stop(*_):
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            process.wait(timeout=30)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for upstream in upstreams:
        wait_for(f"http://{upstream}/robots.txt", processes)
    wait_for(f"http://127.0.0.1:{port}/robots.txt", processes)
    print(f"Serving on http://127.0.0.1:{port}/ (nginx → gunicorn); Ctrl-C stops.", flush=True)
    while all(process.poll() is None for process in processes):
        time.sleep(0.5)
    stop()


if __name__ == "__main__":
    main()
