"""Scale out (README, "Scale out"): two app servers behind nginx, sharing one PostgreSQL,
Redis, and media in an S3 bucket (moto's S3 server, local), started by deploy/serve.py.

An editor uploads an image and publishes an article through nginx, spread over both app
servers: the image lands in the bucket and nowhere on the servers' disks, readers get it
from the portal's own address (the Watch stops any request to the bucket's host), and a
reader asking either app server sees the new article within the second a worker trusts
the page cache's generation."""

import json
import os
import re
import time
from pathlib import Path

import boto3
import pytest
from django.conf import settings
from moto.server import ThreadedMotoServer

from tests.browser.conftest import create_accounts, png
from tests.browser.page_waits import wait_until
from tests.demo_database import database_url, scale_out_database
from tests.perf.server import drop_database
from tests.production_stack import Stack, get
from tests.welcome.redis_server import free_port

pytestmark = pytest.mark.browser

BUCKET = "willkommen-media"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "local-test", "AWS_SECRET_ACCESS_KEY": "local-test"}
PUBLIC_PICTURES = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [
                f"arn:aws:s3:::{BUCKET}/images/*",
                f"arn:aws:s3:::{BUCKET}/original_images/*",
            ],
        }
    ],
}
SECTION = "Deutsch lernen"
TITLE = "Sprachtreff in der Stadtbibliothek"
INTRO = "In der Stadtbibliothek üben Sie Deutsch in kleinen Gruppen, ohne Anmeldung."
TEXT = "Der Sprachtreff ist jeden Dienstag von 17 bis 19 Uhr geöffnet und kostet nichts."


@pytest.fixture(scope="module")
def bucket():
    """moto's S3 server on 127.0.0.1 with an empty bucket, and that bucket's client."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="eu-central-1",
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"}
    )
    # Pictures are public, documents not: Wagtail's view streams those (README).
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_PICTURES))
    client.endpoint = endpoint
    yield client
    server.stop()


@pytest.fixture(scope="module")
def stack(django_db_setup, tmp_path_factory, bucket):
    """The demo site with its uploads moved into the bucket, as an operator moves them
    when a second server comes, served by two app servers behind nginx."""
    media = Path(settings.MEDIA_ROOT)
    for path in media.rglob("*"):
        if path.is_file():
            bucket.upload_file(str(path), BUCKET, path.relative_to(media).as_posix())
    # Copied from the demo site before any test ran (tests/conftest.py).
    target = scale_out_database()
    disk = tmp_path_factory.mktemp("app-server-disk")
    environment = {
        "SERVE_APP_SERVERS": "2",
        "MEDIA_BUCKET": BUCKET,
        "MEDIA_BUCKET_ENDPOINT": bucket.endpoint,
        "MEDIA_BUCKET_REGION": "eu-central-1",
        **CREDENTIALS,
    }
    try:
        with Stack(target, disk / "media", tmp_path_factory.mktemp("scale-out"), environment) as s:
            s.database_url = database_url(target)
            yield s
    finally:
        drop_database(target)


@pytest.fixture(scope="module")
def site_url(stack):
    return stack.url


@pytest.fixture(scope="module")
def accounts(stack):
    return create_accounts(
        {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "welcome.settings.base",
            "DEBUG": "1",
            "DATABASE_URL": stack.database_url,
        }
    )


def keys(bucket, prefix):
    listing = bucket.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    return {item["Key"] for item in listing.get("Contents", [])}


def test_an_upload_lands_in_the_bucket_and_readers_get_it_from_the_portal(
    new_context, log_in, shot, stack, bucket, tmp_path
):
    picture = tmp_path / "sprachtreff-plakat.png"
    picture.write_bytes(png(64, 48, (11, 79, 138)))
    editor = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    editor.get_by_role("link", name="Images", exact=True).click()
    editor.get_by_role("link", name="Add an image").click()
    editor.locator("input[type=file]").set_input_files(picture)
    editor.get_by_text("Upload successful. Please update").wait_for()
    shot(editor, "1-uploaded")

    stored = keys(bucket, "original_images/")
    assert any(key.startswith("original_images/sprachtreff-plakat") for key in stored)
    editor.get_by_role("link", name="Images", exact=True).click()
    editor.get_by_role("link", name=re.compile("sprachtreff-plakat")).first.click()
    preview = editor.get_by_alt_text("sprachtreff-plakat")
    preview.wait_for(state="attached")
    source = preview.get_attribute("src")
    assert source.startswith("/media/images/sprachtreff-plakat"), source
    # The picture arrived: the browser decoded it at its size.
    wait_until(
        editor,
        "() => [...document.querySelectorAll('img.show-transparency')]"
        ".some(image => image.complete && image.naturalWidth === 64)",
    )
    shot(editor, "2-image-from-the-bucket")
    # The rendition was made on an app server and written to the bucket, not its disk.
    assert keys(bucket, source.removeprefix("/media/"))
    status, headers, body = get(f"{stack.url}{source}")
    assert status == 200 and body.startswith(b"\x89PNG")
    assert "sandbox" in headers["Content-Security-Policy"]
    assert "Set-Cookie" not in headers
    assert not stack.media_root.exists() or not any(stack.media_root.rglob("*"))
    assert get(f"{stack.url}/media/images/no-such-picture.png")[0] == 404
    # Documents stay private in the bucket: only Wagtail's view hands them out.
    document = sorted(keys(bucket, "documents/"))[0]
    assert get(f"{bucket.endpoint}/{BUCKET}/{document}")[0] == 403
    assert get(f"{stack.url}/media/{document}")[0] == 404


def test_a_publish_reaches_readers_of_every_app_server(new_context, log_in, admin, stack):
    reader = new_context().new_page()
    reader.goto("/de/")
    with reader.expect_navigation():
        reader.locator(".tile__link").filter(has_text=SECTION).click()
    section = reader.url.removeprefix(stack.url)
    # Both app servers have the section in the page cache before the change.
    for server in stack.app_servers:
        get(f"{server}{section}", Host="127.0.0.1")
        status, headers, body = get(f"{server}{section}", Host="127.0.0.1")
        assert status == 200 and headers["X-Page-Cache"] == "hit"
        assert TITLE.encode() not in body

    ministry = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    admin.write_article(ministry, SECTION, TITLE, INTRO, TEXT)
    admin.publish(ministry)

    for server in stack.app_servers:
        deadline = time.monotonic() + 3
        while TITLE.encode() not in get(f"{server}{section}", Host="127.0.0.1")[2]:
            assert time.monotonic() < deadline, f"{server} still shows the old section"
            time.sleep(0.2)
    reader.reload()
    with reader.expect_navigation():
        reader.get_by_role("link", name=TITLE).click()
    assert reader.get_by_role("heading", level=1).inner_text() == TITLE
