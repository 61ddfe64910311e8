from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.decorators.http import require_safe
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views import account
from wagtail.contrib.sitemaps import views as sitemaps
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from directory.api import locations_geojson
from directory.sitemap import LocationSitemap
from welcome import views
from welcome.editorial import provider_views
from welcome.editorial.sign_in import throttle_password_reset
from welcome.foundation import offline, page_views
from welcome.foundation.sitemaps import PageSitemap

urlpatterns = [
    # Wagtail's own password-reset form, throttled; it comes first, so it is the one used.
    path(
        f"{settings.ADMIN_PATH}/password_reset/",
        throttle_password_reset(account.PasswordResetView.as_view()),
        name="wagtailadmin_password_reset",
    ),
    path(f"{settings.ADMIN_PATH}/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/locations.geojson", locations_geojson, name="locations_geojson"),
    path(
        "sitemap.xml",
        require_safe(sitemaps.sitemap),
        {"sitemaps": {"pages": PageSitemap, "places": LocationSitemap}},
        name="sitemap",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sw.js", offline.service_worker, name="service_worker"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("offline/", offline.offline_page, name="offline"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path(
        "confirm/<str:token>/",
        provider_views.entry_confirmation,
        name="entry_confirmation",
    ),
    # Wagtail's serve view, routed in fewer queries (welcome/foundation/page_views.py).
    re_path(serve_pattern, page_views.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
)
