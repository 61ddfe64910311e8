from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class WelcomeConfig(AppConfig):
    name = "welcome"
    verbose_name = "Willkommen"

    def ready(self):
        from wagtail.models import Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move
        from wagtail_localize.models import TranslationSource

        import welcome.checks  # noqa: F401 (registers the deploy check)
        from directory.models import Category, ContactPerson, District, Location
        from home.models import DistrictPage
        from welcome import page_cache, roles, site_chrome, translation_workflow
        from welcome.locales import ensure_locales
        from welcome.models import LegalPages

        post_migrate.connect(ensure_locales, sender=self)
        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="roles-after-migrate")
        for model in (District, DistrictPage):
            post_save.connect(roles.schedule_sync, sender=model, dispatch_uid=f"roles-{model}")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(site_chrome.invalidate, dispatch_uid=f"site-chrome-{signal!r}")
            signal.connect(page_cache.invalidate, dispatch_uid=f"page-cache-{signal!r}")
        post_save.connect(
            site_chrome.invalidate, sender=LegalPages, dispatch_uid="site-chrome-legal"
        )
        for signal in (post_save, post_delete):
            for model in (LegalPages, Site):
                signal.connect(
                    page_cache.invalidate,
                    sender=model,
                    dispatch_uid=f"page-cache-{model.__name__}",
                )
        page_published.connect(
            translation_workflow.page_published, dispatch_uid="translation-page-published"
        )
        for model in (Category, ContactPerson, District, Location):
            post_save.connect(
                translation_workflow.snippet_saved,
                sender=model,
                dispatch_uid=f"translation-source-{model.__name__}",
            )
        post_save.connect(
            translation_workflow.source_changed,
            sender=TranslationSource,
            dispatch_uid="translation-source-changed",
        )

        def page_deleted(sender, instance, **kwargs):
            if isinstance(instance, Page):
                site_chrome.invalidate()
                page_cache.invalidate()

        post_delete.connect(page_deleted, weak=False, dispatch_uid="site-chrome-delete")
