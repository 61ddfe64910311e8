"""Start-up checks for public servers."""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError

from welcome.demo.users import accounts_with_demo_password

MESSAGE = (
    "Demo accounts still accept the published demo password: {accounts}. Delete them or "
    "give them new passwords (manage.py changepassword) before serving the site."
)


def _accounts():
    try:
        return accounts_with_demo_password()
    except DatabaseError:
        # No database yet (for example `check --deploy` before the first migrate):
        # then there are no accounts either.
        return []


@register(Tags.security, deploy=True)
def demo_passwords(app_configs, **kwargs):
    accounts = _accounts()
    if accounts:
        return [Error(MESSAGE.format(accounts=", ".join(accounts)), id="welcome.E001")]
    return []


def refuse_demo_passwords():
    """Called by the WSGI entry point: a server with DEBUG off does not start while a
    demo account accepts the demo password."""
    if settings.DEBUG:
        return
    accounts = _accounts()
    if accounts:
        raise ImproperlyConfigured(MESSAGE.format(accounts=", ".join(accounts)))
