"""Backup and restore round-trip the whole site: `backup` of the demo site, a new empty
database, `restore` into it with an empty media folder, and then every address of the
sitemap, the GeoJSON in every language and every uploaded file are byte for byte what
they were. A restore refuses a database that is not empty and a damaged archive, and
changes nothing then."""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from tests.demo_database import database_url
from welcome.foundation.backups import stored_files

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def restored_database():
    """Named after the suite's database, which pytest-django names per run (and per
    worker) only once the tests start, not when this module is imported."""
    return f"{settings.DATABASES['default']['NAME']}_restored"


CRAWL = """
import hashlib, json, re, sys
from urllib.parse import urlsplit
import django
django.setup()
from django.conf import settings
from django.test import Client
from tests.demo_database import database_url
from welcome.foundation.backups import stored_files
from django.core.files.storage import default_storage

only = set(json.loads(sys.argv[1]))
client = Client()
def digest(response):
    return [response.status_code, hashlib.sha256(response.content).hexdigest()]
report = {}
sitemap = client.get("/sitemap.xml").content.decode()
paths = []
for url in re.findall(r"<loc>([^<]+)</loc>", sitemap):
    parts = urlsplit(url)
    paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
report["sitemap.xml"] = [len(paths), hashlib.sha256(sitemap.encode()).hexdigest()]
for path in sorted(set(paths)):
    if not only or path in only:
        report[path] = digest(client.get(path))
for code, _name in settings.LANGUAGES:
    report[f"geojson:{code}"] = digest(client.get("/api/locations.geojson", {"lang": code}))
for name in stored_files():
    with default_storage.open(name, "rb") as file:
        report[f"media:{name}"] = hashlib.sha256(file.read()).hexdigest()
print(json.dumps(report))
"""


def environment(database, media_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "welcome.settings.test",
        "DATABASE_URL": database_url(database),
        "MEDIA_ROOT": str(media_root),
    }


def manage(database, media_root, *arguments):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment(database, media_root),
        capture_output=True,
        text=True,
        timeout=600,
    )


def crawl(sites, only=()):
    """The report of CRAWL for each (database, media root) in `sites`, crawled at the
    same time (one process each, so the two crawls take the time of one on two cores)."""
    processes = [
        subprocess.Popen(  # noqa: S603 - our own crawl script
            [sys.executable, "-c", CRAWL, json.dumps(sorted(only))],
            cwd=ROOT,
            env=environment(database, media_root),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for database, media_root in sites
    ]
    reports = []
    for process in processes:
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr[-3000:]
        reports.append(json.loads(stdout.strip().splitlines()[-1]))
    return reports


def maintenance():
    database = settings.DATABASES["default"]
    return psycopg.connect(
        host=database["HOST"],
        port=database["PORT"],
        user=database["USER"],
        dbname="postgres",
        autocommit=True,
    )


def fresh_database(name):
    with maintenance() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


@pytest.fixture(scope="module", autouse=True)
def restored_database_is_dropped():
    yield
    with maintenance() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{restored_database()}" WITH (FORCE)')


def test_a_backup_restores_the_whole_site_byte_for_byte(tmp_path):
    original = settings.DATABASES["default"]["NAME"]
    media = Path(settings.MEDIA_ROOT)
    archive = tmp_path / "site.tar"
    result = manage(original, media, "backup", str(archive))
    assert result.returncode == 0, result.stderr
    assert archive.exists() and not list(tmp_path.glob(".*partial"))

    fresh_database(restored_database())
    restored_media = tmp_path / "media"
    result = manage(restored_database(), restored_media, "restore", str(archive))
    assert result.returncode == 0, result.stderr

    sites = [(original, media), (restored_database(), restored_media)]
    before, after = crawl(sites)
    assert before["sitemap.xml"][0] > 100, "the sitemap lists the demo site"
    assert sum(key.startswith("media:") for key in before) > 20, "leaflets, images..."
    differing = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    if differing:
        # A page that shows the time of day (a place open now) may change between the
        # two crawls: read those again, one right after the other.
        again, again_restored = crawl(sites, differing)
        differing = {key for key in differing if again.get(key) != again_restored.get(key)}
    assert not differing, sorted(differing)[:10]


def test_a_restore_refuses_a_database_that_is_not_empty(tmp_path):
    archive = tmp_path / "site.tar"
    with tarfile.open(archive, "w") as tar:
        manifest = json.dumps({"format": 1, "files": {}}).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(manifest)
        tar.addfile(info, io.BytesIO(manifest))
    with pytest.raises(CommandError, match="The database is not empty"):
        call_command("restore", str(archive))


@pytest.mark.parametrize(
    "damage", ["missing", "not-a-tar", "truncated", "wrong-checksum", "escaping-path"]
)
def test_a_damaged_archive_is_refused_before_anything_is_written(tmp_path, damage):
    archive = tmp_path / "site.tar"
    if damage == "not-a-tar":
        archive.write_bytes(b"\x00" * 1000)
    elif damage != "missing":
        content = b"%PDF-1.4 ein Merkblatt"
        files = {"documents/merkblatt.pdf": hashlib.sha256(content).hexdigest()}
        if damage == "wrong-checksum":
            files["documents/merkblatt.pdf"] = "0" * 64
        name = "../outside.pdf" if damage == "escaping-path" else "documents/merkblatt.pdf"
        if damage == "escaping-path":
            files = {"../outside.pdf": files["documents/merkblatt.pdf"]}
        with tarfile.open(archive, "w") as tar:
            for member_name, data in (
                ("manifest.json", json.dumps({"format": 1, "files": files}).encode()),
                (f"media/{name}", content),
                ("database.dump", b"PGDMP not really"),
            ):
                info = tarfile.TarInfo(member_name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        if damage == "truncated":
            archive.write_bytes(archive.read_bytes()[:700])
    fresh_database(restored_database())
    restored_media = tmp_path / "media"
    result = manage(restored_database(), restored_media, "restore", str(archive))
    assert result.returncode != 0
    assert (
        "CommandError" in result.stderr
        and "Traceback" not in result.stderr.split("CommandError")[0][-200:]
    )
    assert not restored_media.exists() or not list(restored_media.rglob("*.pdf"))
    assert not (tmp_path / "outside.pdf").exists()
    assert stored_files() is not None
