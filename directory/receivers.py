"""Keeps the page cache in step with the directory: every record shows on public pages (the
map page, a place's own page, district pages, "places nearby" blocks, category and
district names), and so does each of a location's inline rows."""

from django.db.models.signals import post_delete, post_save

from directory.records import (
    Category,
    ContactPerson,
    District,
    Location,
    LocationCategory,
    OpeningHours,
    SpokenLanguage,
)
from welcome.foundation import page_cache

SHOWN_ON_PAGES = (
    Category,
    District,
    Location,
    LocationCategory,
    OpeningHours,
    SpokenLanguage,
    ContactPerson,
)


def connect():
    for model in SHOWN_ON_PAGES:
        for signal in (post_save, post_delete):
            signal.connect(
                page_cache.invalidate, sender=model, dispatch_uid=f"page-cache-{model.__name__}"
            )
