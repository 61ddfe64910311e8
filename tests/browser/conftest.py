"""Real-browser tests: Debian's Chromium, driven by Playwright, against the production
server (gunicorn, whitenoise, DEBUG off) on a database of its own with the demo site."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "screenshots"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def recreate_database(name):
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


@pytest.fixture(scope="session")
def server_env():
    # Named after the suite's own database, so that two checkouts can test side by side.
    server_database = f"{settings.DATABASES['default']['NAME']}_browser"
    recreate_database(server_database)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "welcome.settings.base",
        "DATABASE_URL": f"postgresql://postgres@127.0.0.1:5432/{server_database}",
        "SECRET_KEY": "browser-tests-only",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "STATIC_ROOT": str(ROOT / "build" / "static"),
        "MEDIA_ROOT": str(ROOT / "build" / "browser-media"),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    # No demo accounts: their password is public, and the server refuses to start with them.
    for command in (
        ["migrate", "--noinput"],
        ["setup_demo", "--no-users"],
        ["collectstatic", "--noinput"],
    ):
        subprocess.run([*manage, *command, "-v0"], env=env, cwd=ROOT, check=True)
    return env


CREATE_ACCOUNTS = """
import json, os
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
for username, (group, password) in json.loads(os.environ["BROWSER_ACCOUNTS"]).items():
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.set_password(password)
    user.save()
    user.groups.set([Group.objects.get(name=group)])
"""


@pytest.fixture(scope="session")
def editor_accounts(server_env):
    """A district editor and a moderator on the server's database, with fresh passwords."""
    accounts = {
        "browser-district-editor": ("District editors: Landkreis Ludwigslust-Parchim", None),
        "browser-moderator": ("Moderators", None),
    }
    accounts = {name: (group, secrets.token_urlsafe(16)) for name, (group, _) in accounts.items()}
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-v0", "-c", CREATE_ACCOUNTS],
        env={**server_env, "BROWSER_ACCOUNTS": json.dumps(accounts)},
        cwd=ROOT,
        check=True,
    )
    return {name: password for name, (_, password) in accounts.items()}


@pytest.fixture(scope="session")
def site_url(server_env):
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [gunicorn, "welcome.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        env=server_env,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/robots.txt", timeout=2)  # noqa: S310 - our own server
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("the test server did not start") from None
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def phone(browser):
    """A fresh browser context the size of a common phone (390x844)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    yield context
    context.close()


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
