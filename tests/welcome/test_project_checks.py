"""The project's own hygiene, run with the tests so that CI fails on any of it."""

import os
import secrets
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)


def test_ruff_is_clean():
    ruff = Path(sys.executable).with_name("ruff")
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run([ruff, *args], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("code", [code for code, _ in settings.LANGUAGES])
def test_every_interface_string_is_translated(code):
    catalogue = polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 50
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not missing, missing
    assert not fuzzy, fuzzy
    assert (ROOT / "locale" / code / "LC_MESSAGES" / "django.mo").exists()


def test_the_catalogues_hold_every_string_of_the_code(tmp_path):
    """makemessages on a copy of the code finds no string that the catalogues lack."""
    for name in ("manage.py", "welcome", "home", "directory", "templates", "locale"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "--no-obsolete", "-v0"],
        cwd=tmp_path,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "welcome.settings.base", "DEBUG": "1"},
        check=True,
    )
    fresh = polib.pofile(str(tmp_path / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    kept = polib.pofile(str(ROOT / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    wanted = {(entry.msgctxt, entry.msgid) for entry in fresh}
    held = {(entry.msgctxt, entry.msgid) for entry in kept if not entry.obsolete}
    assert wanted <= held, sorted(wanted - held)


def test_the_deploy_check_is_clean_with_the_documented_production_environment():
    environment = {
        key: value
        for key, value in os.environ.items()
        # What the test settings put in the environment for plain HTTP is not production's.
        if key not in {"DEBUG", "DJANGO_SETTINGS_MODULE"} and not key.startswith("SECURE_")
    }
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "welcome.settings.base",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "willkommen.example",
            "DATABASE_URL": "postgres://willkommen@127.0.0.1:5432/willkommen",
        }
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
