from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WelcomeConfig(AppConfig):
    name = "welcome"
    verbose_name = "Willkommen"

    def ready(self):
        from welcome.locales import ensure_locales

        post_migrate.connect(ensure_locales, sender=self)
