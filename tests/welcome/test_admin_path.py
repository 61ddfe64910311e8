"""The admin's path comes from ADMIN_PATH; a path the public site uses is refused at
start. Each case runs in a process of its own, since URLs and middleware read the
setting when they load."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.demo_database import database_url

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import django
django.setup()
from django.test import Client
client = Client()
print(client.get("/verwaltung/").status_code, client.get("/verwaltung/")["Location"])
print(client.get("/admin/", follow=True).status_code)
robots = client.get("/robots.txt").content.decode()
print("admin" in robots, "verwaltung" in robots)
print("/verwaltung/" in client.get("/sw.js").content.decode())
"""


def run(admin_path, code):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "welcome.settings.test",
        "DATABASE_URL": database_url(),
        "ADMIN_PATH": admin_path,
    }
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )


@pytest.mark.django_db(transaction=False)
def test_the_admin_moves_to_its_configured_path():
    result = run("verwaltung", PROBE)
    assert result.returncode == 0, result.stderr
    login, old, robots, worker = result.stdout.splitlines()
    assert login.startswith("302 /verwaltung/login/")
    assert old == "404", "the default path is no admin any more"
    assert robots == "False False", "a chosen path is not announced in robots.txt"
    assert worker == "True", "the service worker never keeps the admin's pages"


@pytest.mark.parametrize("admin_path", ["de", "api", "static", "Ad min", "a/b", "../x"])
def test_a_path_the_site_uses_or_a_malformed_one_is_refused(admin_path):
    result = run(admin_path, "import django; django.setup()")
    assert result.returncode != 0
    assert "ImproperlyConfigured: ADMIN_PATH" in result.stderr
