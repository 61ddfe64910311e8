from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Search per language: the text of every public page and directory record as the
    readers of one language tree find it, matched with word forms (welcome.search.matching).
    Stands on the foundation only; the directory connects its records to it."""

    name = "welcome.search"
    label = "search"
    verbose_name = "Willkommen: search"

    def ready(self):
        # Receivers name models, which exist only once the app registry is ready.
        from welcome.search import receivers

        receivers.connect()
