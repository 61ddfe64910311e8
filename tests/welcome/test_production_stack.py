"""The production recipe tried from outside (deploy/): nginx serves static files
compressed and for a year, uploaded images but never documents directly, passes pages
through with their headers, and keeps slow clients away from gunicorn, so that 100
clients dribbling their headers do not slow anyone else down."""

import io
import re
from pathlib import Path

import PIL.Image
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from tests.perf.server import suite_database_copy
from tests.production_stack import SLOW_CLIENTS, Stack, get, reader_among_slow_clients

pytestmark = pytest.mark.django_db

SLOW_SECONDS = 6


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory):
    with (
        suite_database_copy(django_db_blocker, "stack") as target,
        Stack(target, settings.MEDIA_ROOT, tmp_path_factory.mktemp("stack")) as running,
    ):
        yield running


def test_static_files_come_from_nginx_compressed_and_for_a_year(stack):
    _status, _headers, html = get(f"{stack.url}/de/")
    stylesheet = re.search(rb'href="(/static/[^"]+\.css)"', html).group(1).decode()
    status, headers, _body = get(f"{stack.url}{stylesheet}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Server"] == "nginx"
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers.get_all("Cache-Control")[-1]


def test_uploaded_images_are_served_and_documents_only_through_wagtail(stack):
    media = Path(settings.MEDIA_ROOT)
    # An image file where Wagtail keeps uploaded originals. The demo has no image files,
    # and which uploads or renditions exist depends on the tests this process ran before.
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    image = default_storage.save("original_images/stack-check.png", ContentFile(buffer.getvalue()))
    try:
        status, headers, body = get(f"{stack.url}/media/{image}")
    finally:
        default_storage.delete(image)
    assert status == 200 and body == buffer.getvalue()
    assert "sandbox" in headers["Content-Security-Policy"]
    document = next(path for path in (media / "documents").rglob("*") if path.is_file())
    assert get(f"{stack.url}/media/{document.relative_to(media)}")[0] == 404
    _status, _headers, html = get(f"{stack.url}/de/downloads/")
    address = re.search(rb'href="(/documents/[^"]+)"', html).group(1).decode()
    status, _headers, body = get(f"{stack.url}{address}")
    assert status == 200 and body.startswith(b"%PDF-")


def test_pages_come_through_with_their_headers_and_from_the_page_cache(stack):
    get(f"{stack.url}/ar/", **{"Accept-Encoding": "gzip"})
    status, headers, _body = get(f"{stack.url}/ar/", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["X-Page-Cache"] == "hit"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Content-Encoding"] == "gzip"


def test_slow_clients_do_not_hold_up_other_readers(stack):
    durations, errors = reader_among_slow_clients(stack, SLOW_SECONDS)
    print(
        f"\n{SLOW_CLIENTS} slow clients for {SLOW_SECONDS} s: {len(durations)} other "
        f"requests, slowest {max(durations) * 1000:.0f} ms"
    )
    assert errors == 0
    assert len(durations) > 10
    assert max(durations) < 2, "a reader waited behind the slow clients"
