from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class WelcomeConfig(AppConfig):
    name = "welcome"
    verbose_name = "Willkommen"

    def ready(self):
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from welcome import site_chrome
        from welcome.locales import ensure_locales
        from welcome.models import LegalPages

        post_migrate.connect(ensure_locales, sender=self)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(site_chrome.invalidate, dispatch_uid=f"site-chrome-{signal!r}")
        post_save.connect(
            site_chrome.invalidate, sender=LegalPages, dispatch_uid="site-chrome-legal"
        )

        def page_deleted(sender, instance, **kwargs):
            if isinstance(instance, Page):
                site_chrome.invalidate()

        post_delete.connect(page_deleted, weak=False, dispatch_uid="site-chrome-delete")
