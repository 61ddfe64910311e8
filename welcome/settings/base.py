"""Settings for every environment, read once from the process environment.

Production is the default: DEBUG is off and SECRET_KEY must be set. For local work
`DEBUG=1` is enough; the database then defaults to a SQLite file in the project.
"""

import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY in the environment (or DEBUG=1 for local work).")
    SECRET_KEY = "insecure-local-development-key"  # noqa: S105 - only ever used with DEBUG on

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The project's apps, from the top layer down (see pyproject.toml, importlinter).
    "welcome.demo",
    "welcome.editorial",
    "home",
    "welcome.monitoring",
    "directory",
    "welcome.search",
    "welcome.foundation",
    "wagtail_localize",
    "wagtail_localize.locales",
    "axes",
    "wagtailgeowidget",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "welcome.foundation.security_headers.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "welcome.foundation.middleware.PublicGZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "welcome.foundation.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "welcome.foundation.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "welcome.editorial.translation_permissions.TranslationScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "welcome.foundation.middleware.DatabaseOutageMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# Sign-in lockout and password-reset throttling: welcome/editorial/sign_in.py.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# How long a worker trusts the page cache's generation it read (welcome/foundation/page_cache.py).
SHARED_VERSION_SECONDS = float(os.environ.get("SHARED_VERSION_SECONDS", "1"))

# Behind our nginx (deploy/), which reports the client's address in X-Real-IP.
BEHIND_PROXY = env_flag("BEHIND_PROXY", default=False)
AXES_CLIENT_IP_CALLABLE = "welcome.editorial.sign_in.client_address"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = "welcome.editorial.sign_in.failure_limit"
AXES_COOLOFF_TIME = "welcome.editorial.sign_in.cooloff_time"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "welcome.editorial.sign_in.lockout_response"
AXES_VERBOSE = False

ROOT_URLCONF = "welcome.urls"
WSGI_APPLICATION = "welcome.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# PostgreSQL plans a query anew each time it is sent as text: for the language-versions and
# places-nearby queries every reader page runs, planning took longer than answering. With
# server-side binding psycopg prepares a query the second time a connection sends it, and
# PostgreSQL keeps its plan for that connection. A connection pooler in transaction mode
# needs prepared statements off (DB_PREPARED_STATEMENTS=0), or PgBouncer 1.21 or later
# with max_prepared_statements.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_flag(
    "DB_PREPARED_STATEMENTS", default=True
):
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "server_side_binding": True,
        "prepare_threshold": 2,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A shared cache keeps every worker's cached page parts in step: Redis for several app
# servers, else files shared by the workers of one machine. The cache only speeds things up, so
# while Redis is unreachable the site runs without it (welcome/foundation/cache.py) rather than
# failing; the short timeout bounds what a Redis that does not answer adds to a request.
if os.environ.get("REDIS_URL"):
    redis_timeout = float(os.environ.get("REDIS_TIMEOUT", "0.25"))
    # Whole pages for anonymous readers (welcome/foundation/page_cache.py) are kept here too, for
    # every server.
    CACHES = {
        "default": {
            "BACKEND": "welcome.foundation.cache.FailSoftRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "willkommen"),
            "OPTIONS": {"socket_connect_timeout": redis_timeout, "socket_timeout": redis_timeout},
        }
    }
else:
    # Without Redis the cache lives in files that every worker of this machine shares: a
    # per-process memory cache would show readers of another worker an old menu, or a
    # translation notice after the translation was approved, until it expires.
    # Whole pages (welcome/foundation/page_cache.py) stay in each worker's memory, where a hit is
    # cheapest; whether they are current is decided by a generation in the shared files.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "build" / "cache")),
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the source of all content; the other seven are translations.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("fr", "Français"),
    ("es", "Español"),
]
RTL_LANGUAGES = {"ar", "fa"}

# Where the admin lives: /admin/ unless ADMIN_PATH names another path, e.g. a less
# guessable one. It must not be taken by the public site: no language prefix and none
# of the site's own top-level paths.
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin").strip("/")
_TAKEN_PATHS = {code for code, _name in LANGUAGES} | {
    "api",
    "documents",
    "static",
    "media",
    "sitemap.xml",
    "robots.txt",
    "sw.js",
}
if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", ADMIN_PATH) or ADMIN_PATH in _TAKEN_PATHS:
    raise ImproperlyConfigured(
        f"ADMIN_PATH {ADMIN_PATH!r}: use one path segment of lower-case letters, digits, "
        f"'.', '_' or '-' that the public site does not use ({', '.join(sorted(_TAKEN_PATHS))})."
    )
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Where `setup_demo` reads the demo content's translations, <language>.po (the committed
# ones by default; another folder to try catalogues before they are committed).
DEMO_CATALOGUE_DIR = Path(
    os.environ.get("DEMO_CATALOGUE_DIR", BASE_DIR / "welcome" / "demo" / "translations")
)
USE_I18N = True
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Several app servers share their uploads in an S3-compatible bucket (README, "Scale
# out"); one server keeps them in MEDIA_ROOT. The credentials come from boto3's own
# environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) or the machine's role.
MEDIA_BUCKET = os.environ.get("MEDIA_BUCKET", "")
if MEDIA_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "welcome.foundation.media_storage.ProxiedS3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": os.environ.get("MEDIA_BUCKET_ENDPOINT") or None,
            "region_name": os.environ.get("MEDIA_BUCKET_REGION") or None,
            # An upload never replaces another file of the same name: Wagtail adds a suffix.
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
# A CDN or caching proxy in front of the servers (README, "Scale out"): Wagtail purges a
# page's addresses there when it is published or unpublished, and public pages that the
# page cache may keep tell the CDN to keep them FRONTEND_CACHE_SECONDS (s-maxage), the
# bound for changes that show on other pages than the one published (a menu, a place on
# its district's page). Browsers still ask again every time (max-age=0).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    # Varnish, nginx's proxy cache with a purge module, or any cache that takes PURGE.
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
if WAGTAILFRONTENDCACHE:
    # Only with a CDN: the app works out a published page's addresses on every publish.
    INSTALLED_APPS.insert(
        INSTALLED_APPS.index("wagtail.contrib.forms"), "wagtail.contrib.frontend_cache"
    )
# Each language has pages and slugs of its own (/de/deutsch-lernen/, /ar/learning-german/):
# a page is purged at its own address only, not at its German path in every language.
WAGTAILFRONTENDCACHE_LANGUAGES = []
FRONTEND_CACHE_SECONDS = int(
    os.environ.get("FRONTEND_CACHE_SECONDS", "300" if WAGTAILFRONTENDCACHE else "0")
)
# Documents always go through Wagtail's view, which checks their collection's privacy,
# wherever they are stored; nginx refuses /media/documents/ (deploy/nginx.conf).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365 if not DEBUG else 0
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG

WAGTAIL_SITE_NAME = "Willkommen"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Workflow notifications (submitted, approved, changes requested) go out by e-mail.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
# With the file-based backend (used by the browser tests), where each message is written.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "build" / "mail"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "willkommen@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Providers confirming their entries (welcome.editorial.provider_confirmation): asked after
# this many months without verification, with a link valid this many days, at most this
# many requests per daily run.
CONFIRMATION_INTERVAL_MONTHS = int(os.environ.get("CONFIRMATION_INTERVAL_MONTHS", "11"))
CONFIRMATION_LINK_DAYS = int(os.environ.get("CONFIRMATION_LINK_DAYS", "30"))
CONFIRMATION_REQUESTS_PER_RUN = int(os.environ.get("CONFIRMATION_REQUESTS_PER_RUN", "500"))
# The translators' queue (welcome.editorial.translation_queue): the price of a word for
# its cost estimate, in euros, and how many days before a deadline translators are reminded.
TRANSLATION_PRICE_PER_WORD = os.environ.get("TRANSLATION_PRICE_PER_WORD", "0.14")
TRANSLATION_REMINDER_DAYS = int(os.environ.get("TRANSLATION_REMINDER_DAYS", "7"))
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No autosave: it stores a revision every few seconds of typing (unreadable history for
# moderators and translators) and answers 400 while a form is still incomplete. Editors
# save on purpose; Wagtail still warns before unsaved changes are left, and a save over
# someone else's newer version is refused (welcome.foundation.edit_conflicts).
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Editors' avatars would otherwise come from gravatar.com: no request leaves for a third
# party, for editors neither (an uploaded avatar still works).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Machine translation is off unless a DeepL key is set; it only ever pre-fills segments
# that a translator then checks, and the review step applies to it as to any translation.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"], "TIMEOUT": 20},
    }
    if os.environ.get("DEEPL_API_KEY")
    else None
)
# A new translation starts as a draft, even of a live German page: readers see it only
# after review (see welcome/editorial/translation_workflow.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_FINISH_WORKFLOW_ACTION = "welcome.editorial.workflow_actions.publish_approved_revision"

# The public map: map images are requested only after the reader chooses to show the map.
# An empty MAP_TILE_URL shows markers without map images.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors (openstreetmap.org/copyright)"
)
# The editors' location widget (wagtailgeowidget) starts in Mecklenburg-Vorpommern.
GEO_WIDGET_DEFAULT_LOCATION = {"lat": 53.63, "lng": 12.43}
GEO_WIDGET_ZOOM = 8

# Production hardening; the local default runs on plain HTTP.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
# A portal on a domain of its own is HTTPS-only everywhere, subdomains included; an
# operator whose subdomains are not yet all on HTTPS turns these off.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's preview shows our own pages in a frame of the admin; no other site may frame
# them (Content-Security-Policy: frame-ancestors 'self'). Django's check wants DENY.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
