import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "welcome.settings.base")

application = get_wsgi_application()

from welcome.demo.checks import refuse_demo_passwords  # noqa: E402 (needs the apps loaded)

refuse_demo_passwords()
