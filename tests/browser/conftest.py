"""Real-browser tests: Debian's Chromium, driven by Playwright, against the production
server (gunicorn, whitenoise, DEBUG off) on a database of its own with the demo site.

Every browser context a test opens is watched (`Watch`): the test fails on any response
of 4xx or 5xx it did not announce, any console error or uncaught script error, any
request to a host other than the test server (stopped before it leaves), and any page it
visited that scrolls sideways at 320 px. Map images come from a tile server of our own
on another host name, so that a test can prove none is fetched before the reader agrees.
"""

import json
import os
import re
import secrets
import shutil
import struct
import subprocess
import sys
import threading
import time
import urllib.request
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.page_waits import wait_until
from tests.demo_database import browser_database
from tests.welcome.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]
# Each process of a parallel run (pytest-xdist) has its own server, files and mail.
BUILD = ROOT / "build" / "browser" / os.environ.get("PYTEST_XDIST_WORKER", "main")
CHECKERS = Path(__file__).resolve().parent / "checkers" / "node_modules"
AXE = CHECKERS / "axe-core" / "axe.min.js"
VNU = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"
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
NARROWEST = 320
PHONE = {"width": 390, "height": 844}
AXE_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
PASSWORD_LENGTH = 16
# Everyone the journeys need, by role; each gets a fresh random password.
ACCOUNTS = {
    "editor-parchim": "District editors: Landkreis Ludwigslust-Parchim",
    "editor-rostock": "District editors: Hanse- und Universitätsstadt Rostock",
    "moderator": "Moderators",
    "ministry": "Ministry editors",
    "translator-fa-a": "Translators: Persian",
    "translator-fa-b": "Translators: Persian",
    "translator-ar": "Translators: Arabic",
}


def wait_for(url, process, what):
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - our own server
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.3)


def png(width, height, rgb):
    """A plain one-colour PNG: what the local tile server serves for every tile."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="session")
def tile_server():
    """Map images from 'localhost', a host name other than the site's 127.0.0.1."""
    tile = png(256, 256, (221, 228, 236))
    requests = []

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {"host": f"localhost:{server.server_port}", "requests": requests}
    server.shutdown()


@pytest.fixture(scope="session")
def mail_dir():
    path = BUILD / "mail"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


@pytest.fixture(scope="session")
def site_port():
    return free_port()


@pytest.fixture(scope="session")
def server_env(django_db_setup, tile_server, mail_dir, site_port):
    """The server's settings; its database is the demo site without the demo accounts,
    copied from the suite's own when that was set up (tests/conftest.py)."""
    server_database = browser_database()
    shutil.rmtree(BUILD / "media", ignore_errors=True)
    shutil.rmtree(BUILD / "cache", ignore_errors=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "welcome.settings.base",
        "DATABASE_URL": f"postgresql://postgres@127.0.0.1:5432/{server_database}",
        "SECRET_KEY": "browser-tests-only",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{site_port}",
        "SECURE_SSL_REDIRECT": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
        "STATIC_ROOT": str(BUILD / "static"),
        "MEDIA_ROOT": str(BUILD / "media"),
        "CACHE_DIR": str(BUILD / "cache"),
        "MAP_TILE_URL": f"http://{tile_server['host']}/{{z}}/{{x}}/{{y}}.png",
        "MAP_TILE_ATTRIBUTION": "Test tiles",
        # The journeys read a page right after an editor published it on the other
        # worker; in production that worker may show the old page for up to a second
        # (SHARED_VERSION_SECONDS, tested in tests/welcome/test_page_cache.py).
        "SHARED_VERSION_SECONDS": "0",
    }
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env=env,
        cwd=ROOT,
        check=True,
    )
    return env


CREATE_ACCOUNTS = """
import json, os
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
for username, (group, password) in json.loads(os.environ["BROWSER_ACCOUNTS"]).items():
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org"}
    )
    user.set_password(password)
    user.save()
    user.groups.set([Group.objects.get(name=group)])
"""


def mail_messages(paths):
    """The e-mails in files of Django's file-based backend, which writes all messages of
    one connection into one file, each followed by a line of 79 dashes."""
    return [
        message
        for path in paths
        for message in path.read_text(encoding="utf-8").split("-" * 79)
        if message.strip()
    ]


def run_command(env, *command):
    """A management command on the server's database, as cron runs it."""
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, str(ROOT / "manage.py"), *command],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def create_accounts(env):
    """One account per role on the database of `env`, with fresh random passwords:
    {username: password}. The only objects the browser tests make outside the interface."""
    passwords = {name: secrets.token_urlsafe(PASSWORD_LENGTH) for name in ACCOUNTS}
    wanted = {name: (group, passwords[name]) for name, group in ACCOUNTS.items()}
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-v0", "-c", CREATE_ACCOUNTS],
        env={**env, "BROWSER_ACCOUNTS": json.dumps(wanted)},
        cwd=ROOT,
        check=True,
    )
    return passwords


@pytest.fixture(scope="session")
def accounts(server_env):
    return create_accounts(server_env)


@pytest.fixture(scope="session")
def site_url(server_env, site_port):
    port = site_port
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [gunicorn, "welcome.wsgi", "--preload", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        env=server_env,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for(f"{url}/robots.txt", server, "the test server")
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class Watch:
    """What a person would notice going wrong in one browser context."""

    def __init__(self, site_url):
        self.site = urlparse(site_url).netloc
        self.problems = []
        self.allowed_hosts = set()
        self.expected = []
        self.documents = []

    def allow_host(self, host):
        """Let requests reach `host` (only the map consent tests do)."""
        self.allowed_hosts.add(host)

    def expect_status(self, status, path):
        """Announce a response the test provokes on purpose (a 404 page, a refusal)."""
        self.expected.append((status, path))

    def attach(self, context):
        context.route("**/*", self._route)
        context.on("response", self._response)
        context.on("page", self._page)
        for page in context.pages:
            self._page(page)

    def _route(self, route):
        host = urlparse(route.request.url).netloc
        if host == self.site or host in self.allowed_hosts or not host:
            route.continue_()
        else:
            self.problems.append(f"request to another host: {route.request.url}")
            route.abort()

    def _response(self, response):
        status, url = response.status, response.url
        path = urlparse(url).path
        if status >= 400 and (status, path) not in self.expected:
            self.problems.append(f"HTTP {status}: {response.request.method} {url}")
        request = response.request
        if (
            request.resource_type == "document"
            and request.method == "GET"
            and status == 200
            and urlparse(url).netloc == self.site
            and response.frame.parent_frame is None
            and not response.headers.get("content-disposition", "").startswith("attachment")
        ):
            self.documents.append(url)

    def _page(self, page):
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def _console(self, message):
        if message.type != "error":
            return
        location = message.location.get("url", "")
        # Chromium logs every failed response once more; announced ones are no problem.
        if any(
            f"status of {status}" in message.text and urlparse(location).path == path
            for status, path in self.expected
        ):
            return
        self.problems.append(f"console error: {message.text} ({location})")

    def check_narrowest(self, context, already_checked):
        """Every page visited, again at 320 px: nothing may scroll sideways (WCAG 1.4.10).
        A public address checked once in the session is not checked again."""
        page = context.new_page()
        page.set_viewport_size({"width": NARROWEST, "height": 640})
        for url in dict.fromkeys(self.documents):
            public = not urlparse(url).path.startswith("/admin/")
            if url in already_checked and public:
                continue
            already_checked.add(url)
            page.goto(url)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                self.problems.append(f"scrolls sideways by {overflow} px at 320 px: {url}")
        page.close()


@pytest.fixture(scope="session")
def checked_at_320():
    return set()


@pytest.fixture
def new_context(browser, site_url, checked_at_320):
    """Opens watched browser contexts (a phone's size unless told otherwise) and fails
    the test on anything their Watch saw."""
    opened = []

    def open_context(**options):
        options.setdefault("viewport", PHONE)
        options.setdefault("device_scale_factor", 1)
        context = browser.new_context(base_url=site_url, **options)
        watch = Watch(site_url)
        watch.attach(context)
        context.watch = watch
        opened.append(context)
        return context

    yield open_context
    problems = []
    for context in opened:
        if context.watch.documents:
            context.watch.check_narrowest(context, checked_at_320)
        problems.extend(context.watch.problems)
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def phone(new_context):
    """A watched browser context the size of a common phone (390x844)."""
    return new_context()


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def shot(request, screenshots):
    """Saves a full-page screenshot named after the test and the step."""
    module = request.node.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")
    case = request.node.callspec.id if hasattr(request.node, "callspec") else request.node.name
    test_name = f"{module}-{case}".replace("/", "_")

    def take(page, step):
        page.screenshot(path=screenshots / f"{test_name}--{step}.png", full_page=True)

    return take


@pytest.fixture
def log_in(site_url, accounts):
    """Logs a user in through the admin's login form, in a context of their own."""

    def login(context, username):
        page = context.new_page()
        page.goto("/admin/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(accounts[username])
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{site_url}/admin/")
        return page

    return login


@pytest.fixture(scope="session")
def axe():
    """Runs axe-core (from npm, injected into the page) with the WCAG 2.1 A/AA and
    best-practice rules; returns the violations, each with the elements it found."""
    source = AXE.read_text(encoding="utf-8")

    def run(page):
        page.evaluate(source)
        results = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_RULES
        )
        return [
            f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
            + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
            for violation in results["violations"]
        ]

    return run


@pytest.fixture(scope="session")
def html_checker():
    """The Nu HTML checker (npm's vnu-jar on Debian's Java) as a local service; returns
    a function that gives the errors in a document."""
    port = free_port()
    service = subprocess.Popen(
        [
            "java",
            "-Xss8m",
            "-Dnu.validator.servlet.bind-address=127.0.0.1",
            "-cp",
            str(VNU),
            "nu.validator.servlet.Main",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    wait_for(url, service, "the Nu HTML checker")

    def check(html):
        request = urllib.request.Request(  # noqa: S310 - the local checker
            f"{url}?out=json",
            data=html.encode("utf-8"),
            headers={"Content-Type": "text/html; charset=utf-8"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - local
            messages = json.load(response)["messages"]
        return [
            f"line {message.get('lastLine')}: {message['message']} [{message.get('extract', '')}]"
            for message in messages
            if message["type"] == "error"
            or (message["type"] == "info" and message.get("subType") == "warning")
        ]

    yield check
    service.terminate()
    service.wait(timeout=10)


class Admin:
    """What editors do again and again in Wagtail's admin, as they do it."""

    @staticmethod
    def open_german_tree(page):
        page.get_by_role("button", name="Pages").click()
        page.get_by_role(
            "link", name=re.compile(r"Willkommen in Mecklenburg-Vorpommern\s+Deutsch", re.I)
        ).click()
        page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))

    @classmethod
    def open_german_section(cls, page, title):
        """The admin's listing of a German page's children."""
        cls.open_german_tree(page)
        page.get_by_role("link", name=f"Explore child pages of '{title}'").click()
        page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))

    @staticmethod
    def row_actions(page, row_text):
        """Opens the "More options" menu of the listing row that holds `row_text`."""
        row = page.get_by_role("row").filter(has_text=row_text)
        row.get_by_role("button", name=re.compile("More options")).click()

    @staticmethod
    def type_title(page, title):
        """Types a new page's title as a person does, key by key, and waits for Wagtail
        to make the slug from it (on the Promote tab): a page submitted before that is
        sent back for its missing slug."""
        field = page.locator("#id_title")
        field.click()
        field.press_sequentially(title)
        field.blur()
        wait_until(page, "() => document.querySelector('#id_slug').value !== ''")

    @classmethod
    def write_article(cls, page, parent_title, title, intro, text):
        """Opens a new article below a page of the German tree and fills in its title,
        introduction and one paragraph; publishing or submitting is the caller's step."""
        cls.open_german_tree(page)
        cls.row_actions(page, parent_title)
        row = page.get_by_role("row").filter(has_text=parent_title)
        row.get_by_role("link", name=re.compile("Add child page")).click()
        page.wait_for_url(re.compile(r"/admin/pages/(add/home/articlepage/\d+|\d+/add_subpage)/"))
        if "/add_subpage/" in page.url:
            # Where more than one page type may be added, the editor picks one.
            page.get_by_role("link", name="Article", exact=True).click()
            page.wait_for_url(re.compile(r"/admin/pages/add/home/articlepage/\d+/"))
        cls.type_title(page, title)
        page.locator("#id_intro").fill(intro)
        body = page.locator("[data-contentpath=body]")
        body.get_by_role("button", name=re.compile("Insert a block")).first.click()
        page.get_by_role("option", name="Text").click()
        body.locator("[role=textbox]").first.click()
        page.keyboard.type(text)
        # The rich text editor stores what was typed a moment later, as after a person's
        # pause.
        wait_until(
            page,
            "text => [...document.querySelectorAll('input[name^=body-][name$=-value]')]"
            ".some(input => input.value.includes(text))",
            text[-20:],
        )

    @staticmethod
    def submit(page):
        """Submits the page being edited to the publishing approval, from the footer's
        action menu."""
        page.locator("footer").get_by_role("button", name=re.compile("More actions")).click()
        with page.expect_navigation():
            page.get_by_role("button", name="Submit to Publishing approval").click()

    @staticmethod
    def approve(moderator, title):
        """Approves the waiting change to the page titled `title` from the dashboard."""
        waiting = moderator.get_by_role("row").filter(has_text=title)
        waiting.get_by_role("button").last.click()
        with moderator.expect_navigation():
            moderator.get_by_role("button", name="Approve", exact=True).click()

    @staticmethod
    def publish(page):
        """Publishes from the page editor's footer, where it sits in the action menu."""
        footer = page.locator("footer")
        footer.get_by_role("button", name=re.compile("More actions")).click()
        with page.expect_navigation():
            footer.get_by_role("button", name="Publish", exact=True).click()


@pytest.fixture
def admin():
    return Admin
