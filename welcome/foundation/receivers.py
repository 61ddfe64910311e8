"""Keeps what the foundation caches (site chrome, readers' translation notices) in step
with the pages and translation sources it was computed from."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import TranslationSource

from welcome.foundation import site_chrome, translation_state
from welcome.foundation.models import LegalPages


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        site_chrome.invalidate()


def page_published_or_unpublished(sender, instance, **kwargs):
    translation_state.forget_notices(instance.translation_key)


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(site_chrome.invalidate, dispatch_uid=f"site-chrome-{signal!r}")
    for signal in (page_published, page_unpublished):
        signal.connect(page_published_or_unpublished, dispatch_uid=f"notices-{signal!r}")
    post_save.connect(site_chrome.invalidate, sender=LegalPages, dispatch_uid="site-chrome-legal")
    post_delete.connect(page_deleted, dispatch_uid="site-chrome-delete")
    post_save.connect(
        translation_state.source_changed,
        sender=TranslationSource,
        dispatch_uid="translation-source-changed",
    )
