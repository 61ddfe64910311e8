from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save

from welcome import page_cache

# Every directory record shows on public pages (the map page, a place's own page, district
# pages, "places nearby" blocks, category and district names), and so does each of a
# location's inline rows. Named, not imported: models cannot be imported while apps load.
SHOWN_ON_PAGES = (
    "Category",
    "District",
    "Location",
    "LocationCategory",
    "OpeningHours",
    "SpokenLanguage",
    "ContactPerson",
)


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Directory"

    def ready(self):
        for model in SHOWN_ON_PAGES:
            for signal in (post_save, post_delete):
                signal.connect(
                    page_cache.invalidate,
                    sender=f"directory.{model}",
                    dispatch_uid=f"page-cache-{model}",
                )
