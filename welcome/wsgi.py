import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "welcome.settings.base")

application = get_wsgi_application()

from django.db import connections  # noqa: E402

from directory import gazetteer  # noqa: E402 (needs the apps loaded)
from welcome.demo.checks import refuse_demo_passwords  # noqa: E402 (needs the apps loaded)

refuse_demo_passwords()
# gunicorn --preload forks its workers from this process: none may inherit its
# database connection.
connections.close_all()
# Before the first request, not during it; with --preload the workers share it.
gazetteer.load()
