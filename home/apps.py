from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Pages"

    def ready(self):
        # Receivers name models, which exist only once the app registry is ready.
        from home import receivers

        receivers.connect()
