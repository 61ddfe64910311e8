import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.welcome.redis_server import RedisServer


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


@pytest.fixture
def shared_files(settings, tmp_path):
    """The cache of a machine without Redis, as production has it: the default cache in
    files every worker shares (CACHE_DIR, this test's tmp_path), the pages in memory."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        },
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
    return tmp_path


@pytest.fixture
def demo_user(db):
    """The demo account of a role, by username (see welcome/demo/users.py)."""

    def get(username):
        return get_user_model().objects.get(username=username)

    return get


@pytest.fixture
def client_for(demo_user):
    """A test client logged in as a demo account, its browser asking for the admin in
    English (the admin otherwise speaks German, the site's language)."""

    def login(username):
        client = Client(headers={"accept-language": "en"})
        client.force_login(demo_user(username))
        return client

    return login
