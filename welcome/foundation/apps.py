from django.apps import AppConfig
from django.db.models.signals import post_migrate


class FoundationConfig(AppConfig):
    """What every other app stands on: the reader's language and text direction, the
    site chrome, icons, the base page and the legal pages setting. Imports nothing of the
    project's other apps."""

    name = "welcome.foundation"
    label = "foundation"
    verbose_name = "Willkommen: foundation"

    def ready(self):
        # Receivers name models, which exist only once the app registry is ready.
        from welcome.foundation import receivers
        from welcome.foundation.locales import ensure_locales

        post_migrate.connect(ensure_locales, sender=self)
        receivers.connect()
