from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: sample pages, places and accounts (`manage.py setup_demo`), and the
    deploy check that refuses to run in production while a demo password still works."""

    name = "welcome.demo"
    label = "demo"
    verbose_name = "Willkommen: demo"

    def ready(self):
        # Registering the check imports the demo accounts, which need the app registry.
        from welcome.demo import checks  # noqa: F401
