"""Backing up and restoring the whole site: the PostgreSQL database and the uploaded
files (images, renditions and documents) together, in one tar archive.

The archive holds `database.dump` (pg_dump's custom format, without owners or
privileges, so it restores under any role), every file of the default storage under
`media/`, and `manifest.json` with the archive format and each file's SHA-256. A backup
is written next to its destination and renamed into place when complete, so a backup
that fails half-way leaves no archive that looks whole.

A restore goes into an empty database only (it refuses one with tables), checks every
file against the manifest before it writes anything, restores the database in one
transaction (pg_restore --single-transaction) after it has written the files (a file that
is already in the storage must be identical, and is left as it is), so a restore that
fails can simply be run again. PostgreSQL's client programs (pg_dump,
pg_restore) of the server's major version must be installed."""

import datetime
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection

FORMAT = 1
DUMP = "database.dump"
MANIFEST = "manifest.json"
MEDIA = "media/"


class BackupError(Exception):
    """Why a backup or restore could not be made, in words for the operator."""


def _database_arguments():
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError("Backups need PostgreSQL (DATABASE_URL); this site uses SQLite.")
    arguments = ["--dbname", database["NAME"]]
    if database.get("HOST"):
        arguments += ["--host", database["HOST"]]
    if database.get("PORT"):
        arguments += ["--port", str(database["PORT"])]
    if database.get("USER"):
        arguments += ["--username", database["USER"]]
    environment = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = database["PASSWORD"]
    return arguments, environment


def _run(command, environment):
    executable = shutil.which(command[0])
    if executable is None:
        raise BackupError(f"{command[0]} is not installed (Debian: postgresql-client).")
    result = subprocess.run(  # noqa: S603
        [executable, *command[1:]], env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")


def stored_files(directory=""):
    """Every file name in the default storage, below `directory`, sorted."""
    try:
        directories, files = default_storage.listdir(directory)
    except FileNotFoundError:
        return []
    names = [f"{directory}{name}" for name in files]
    for sub in directories:
        names += stored_files(f"{directory}{sub}/")
    return sorted(names)


def _digest(file):
    sha = hashlib.sha256()
    for chunk in iter(lambda: file.read(1 << 20), b""):
        sha.update(chunk)
    return sha.hexdigest()


def backup(destination):
    """Writes the archive to `destination`; returns the number of files it holds."""
    destination = Path(destination)
    arguments, environment = _database_arguments()
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        with tempfile.TemporaryDirectory() as work:
            dump = Path(work) / DUMP
            _run(
                [
                    "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    "--file",
                    str(dump),
                    *arguments,
                ],
                environment,
            )
            files = {}
            with tarfile.open(partial, "w") as archive:
                archive.add(dump, DUMP)
                for name in stored_files():
                    with default_storage.open(name, "rb") as stored:
                        files[name] = _digest(stored)
                        stored.seek(0)
                        info = tarfile.TarInfo(MEDIA + name)
                        info.size = default_storage.size(name)
                        archive.addfile(info, stored)
                manifest = json.dumps(
                    {
                        "format": FORMAT,
                        "created": datetime.datetime.now(datetime.UTC).isoformat(),
                        "files": files,
                    },
                    indent=1,
                    sort_keys=True,
                ).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(manifest)
                archive.addfile(info, io.BytesIO(manifest))
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return len(files)


def _read_manifest(archive):
    try:
        member = archive.getmember(MANIFEST)
        manifest = json.load(archive.extractfile(member))
    except (KeyError, ValueError) as error:
        raise BackupError(f"This is not a backup of this site ({error}).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Backup format {manifest.get('format')!r}; this release reads {FORMAT}.")
    return manifest


def _checked_files(archive, manifest):
    """The archive's files after each is checked against the manifest."""
    files = {}
    for member in archive.getmembers():
        if not member.name.startswith(MEDIA):
            continue
        name = member.name[len(MEDIA) :]
        if not member.isfile() or ".." in Path(name).parts or name.startswith("/"):
            raise BackupError(f"The archive holds an entry that is no media file: {member.name}")
        if _digest(archive.extractfile(member)) != manifest["files"].get(name):
            raise BackupError(f"{name} does not match its checksum: the archive is damaged.")
        files[name] = member
    missing = sorted(set(manifest["files"]) - set(files))
    if missing:
        raise BackupError(f"The archive lacks {len(missing)} files, e.g. {missing[0]}.")
    return files


def _restore_from(archive, arguments, environment):
    manifest = _read_manifest(archive)
    files = _checked_files(archive, manifest)
    dump = archive.extractfile(archive.getmember(DUMP))
    for name in files:
        if default_storage.exists(name):
            with default_storage.open(name, "rb") as present:
                if _digest(present) != manifest["files"][name]:
                    raise BackupError(f"{name} is in the storage already, and different.")
    for name, member in files.items():
        if not default_storage.exists(name):
            saved = default_storage.save(name, File(archive.extractfile(member), name=name))
            if saved != name:
                raise BackupError(f"The storage renamed {name} to {saved}.")
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / DUMP
        with path.open("wb") as written:
            shutil.copyfileobj(dump, written)
        _run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                *arguments,
                str(path),
            ],
            environment,
        )
    connection.close()
    return files


def restore(source):
    """Restores the archive at `source` into the empty database and the storage; returns
    the number of files restored."""
    arguments, environment = _database_arguments()
    if connection.introspection.table_names():
        raise BackupError(
            "The database is not empty. Restore into a new, empty database: create it, "
            "point DATABASE_URL at it and run restore again."
        )
    if not Path(source).is_file():
        raise BackupError(f"There is no backup at {source}.")
    try:
        with tarfile.open(source, "r") as archive:
            files = _restore_from(archive, arguments, environment)
    except (tarfile.TarError, EOFError, KeyError) as error:
        raise BackupError(f"The backup is damaged: {error!r}") from None
    return len(files)
