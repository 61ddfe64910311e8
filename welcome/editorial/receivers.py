"""Keeps roles and translation sources in step with districts, pages and records."""

from django.db.models.signals import post_migrate, post_save
from wagtail.signals import page_published

from directory.models import Category, ContactPerson, District, Location
from home.models import DistrictPage, LocalSectionPage
from welcome.editorial import roles, state_articles, translation_workflow
from welcome.monitoring.models import Indicator


def connect():
    post_migrate.connect(roles.sync_after_migrate, dispatch_uid="roles-after-migrate")
    for model in (District, DistrictPage):
        post_save.connect(roles.schedule_sync, sender=model, dispatch_uid=f"roles-{model}")
    page_published.connect(
        translation_workflow.page_published, dispatch_uid="translation-page-published"
    )
    page_published.connect(
        state_articles.mark_seen, sender=LocalSectionPage, dispatch_uid="local-section-seen"
    )
    for model in (Category, ContactPerson, District, Location, Indicator):
        post_save.connect(
            translation_workflow.snippet_saved,
            sender=model,
            dispatch_uid=f"translation-source-{model.__name__}",
        )
