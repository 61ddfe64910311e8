from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """The editorial layer: roles and their scopes, the publishing and translation
    workflows, translation state for editors, reports and the admin views.

    Its label stays "welcome", the label of the app it grew out of, so that its tables,
    content types, permissions (`welcome.view_content_health`) and migration history keep
    their names in existing databases."""

    name = "welcome.editorial"
    label = "welcome"
    verbose_name = "Willkommen: editorial"

    def ready(self):
        # Receivers name models, which exist only once the app registry is ready.
        from welcome.editorial import receivers

        receivers.connect()
