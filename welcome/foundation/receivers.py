"""Keeps what the foundation caches (the site chrome, whole pages) in step with the pages
it was computed from, and with the documents they offer: a document replaced gets a new
address and size, which pages and leaflets show. A German page's review date is copied to
its translations when it is published."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from welcome.foundation import page_cache, site_chrome
from welcome.foundation.languages import locale_language
from welcome.foundation.models import LegalPages
from welcome.foundation.pages import WelcomePage


def german_page_published(sender, instance, **kwargs):
    """A German page's review date also holds for its translations: German editors check
    the facts and translators carry them over. Copied at once, because a translation's
    own copy would otherwise wait for its next translation (and readers of a reviewed
    page would still be told it is overdue)."""
    if not isinstance(instance, WelcomePage):
        return
    if locale_language(instance.locale_id) != settings.LANGUAGE_CODE:
        return
    type(instance).objects.filter(translation_key=instance.translation_key).exclude(
        pk=instance.pk
    ).update(last_reviewed=instance.last_reviewed)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        site_chrome.invalidate()
        page_cache.invalidate()


def connect():
    # Before the caches are renewed below, so that no reader caches the old date between.
    page_published.connect(german_page_published, dispatch_uid="review-date-to-translations")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(site_chrome.invalidate, dispatch_uid=f"site-chrome-{signal!r}")
        signal.connect(page_cache.invalidate, dispatch_uid=f"page-cache-{signal!r}")
    for signal in (post_save, post_delete):
        signal.connect(
            page_cache.invalidate, sender=LegalPages, dispatch_uid="page-cache-LegalPages"
        )
    post_save.connect(site_chrome.invalidate, sender=LegalPages, dispatch_uid="site-chrome-legal")
    # The site chrome keeps each host's site and each language's home page for routing,
    # the restricted sections, which no list shows, and documents' addresses and sizes.
    for model in (Site, PageViewRestriction, get_document_model()):
        for signal in (post_save, post_delete):
            for name, receiver in (
                ("site-chrome", site_chrome.invalidate),
                ("page-cache", page_cache.invalidate),
            ):
                signal.connect(
                    receiver, sender=model, dispatch_uid=f"{name}-{model.__name__}-{signal!r}"
                )
    post_delete.connect(page_deleted, dispatch_uid="site-chrome-delete")
