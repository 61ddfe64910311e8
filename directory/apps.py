from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Directory"

    def ready(self):
        # Receivers name models, which exist only once the app registry is ready.
        from directory import receivers

        receivers.connect()
