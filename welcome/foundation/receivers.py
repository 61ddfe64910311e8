"""Keeps what the foundation caches (site chrome, readers' translation notices, whole
pages) in step with the pages and translation sources it was computed from."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import TranslationSource

from welcome.foundation import page_cache, site_chrome, translation_state
from welcome.foundation.models import LegalPages


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        site_chrome.invalidate()
        page_cache.invalidate()


def page_published_or_unpublished(sender, instance, **kwargs):
    translation_state.forget_notices(instance.translation_key)


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(site_chrome.invalidate, dispatch_uid=f"site-chrome-{signal!r}")
        signal.connect(page_cache.invalidate, dispatch_uid=f"page-cache-{signal!r}")
    for signal in (post_save, post_delete):
        for model in (LegalPages, Site):
            signal.connect(
                page_cache.invalidate, sender=model, dispatch_uid=f"page-cache-{model.__name__}"
            )
    for signal in (page_published, page_unpublished):
        signal.connect(page_published_or_unpublished, dispatch_uid=f"notices-{signal!r}")
    post_save.connect(site_chrome.invalidate, sender=LegalPages, dispatch_uid="site-chrome-legal")
    post_delete.connect(page_deleted, dispatch_uid="site-chrome-delete")
    post_save.connect(
        translation_state.source_changed,
        sender=TranslationSource,
        dispatch_uid="translation-source-changed",
    )
