from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "welcome.monitoring"
    label = "monitoring"
    verbose_name = "Integration monitoring"

    def ready(self):
        # Receivers name models, which exist only once the app registry is ready.
        from welcome.monitoring import receivers

        receivers.connect()
