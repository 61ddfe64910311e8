"""Keeps the pages' search entries in step: a page is entered when it is published (an
alias too, when its German page is), and a live alias when it is made (wagtail-localize
makes one in every language tree for each new German page, without a publish signal);
removed when it is unpublished or deleted. The directory keeps its records' entries
itself (directory.receivers)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from welcome.search import entries


def page_published_entered(sender, instance, **kwargs):
    entries.enter_pages([instance.specific])


def alias_made(sender, instance, created, raw=False, **kwargs):
    if (
        created
        and not raw
        and isinstance(instance, Page)
        and instance.alias_of_id
        and instance.live
    ):
        entries.enter_pages([instance])


def page_removed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        entries.remove(instance)


def connect():
    page_published.connect(page_published_entered, dispatch_uid="search-page-published")
    page_unpublished.connect(page_removed, dispatch_uid="search-page-unpublished")
    post_delete.connect(page_removed, dispatch_uid="search-page-deleted")
    post_save.connect(alias_made, dispatch_uid="search-alias-made")
