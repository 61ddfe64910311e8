"""Keeps what is cached from the directory in step with its records: the category and
district names per language, and the page cache, since every record shows on public
pages (the map page, a place's own page, district pages, "places nearby" blocks), and so
does each of a location's inline rows."""

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
from directory.search import forget_names
from welcome.foundation import page_cache
from welcome.search import entries as search_entries

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
    # Translations are rows of the same models, saved when published from the
    # translation editor: one signal covers the German record and every language.
    for model in (Category, District, ContactPerson):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_names,
                sender=model,
                dispatch_uid=f"directory-names-{signal is post_save}-{model.__name__}",
            )
    for model in SHOWN_ON_PAGES:
        for signal in (post_save, post_delete):
            signal.connect(
                page_cache.invalidate, sender=model, dispatch_uid=f"page-cache-{model.__name__}"
            )
    search_entries.register(Location)
    post_save.connect(location_saved, sender=Location, dispatch_uid="search-location-saved")
    post_delete.connect(location_deleted, sender=Location, dispatch_uid="search-location-deleted")


def location_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        search_entries.enter(instance)


def location_deleted(sender, instance, **kwargs):
    search_entries.remove(instance)
