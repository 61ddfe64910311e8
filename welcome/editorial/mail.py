"""E-mails to the portal's own people (editors, translators, reviewers): written in the
language each uses the admin in, with links that point at the portal's public address."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import override
from wagtail.users.models import UserProfile


def portal_url(path):
    """`path` on the portal, as a link in an e-mail (WAGTAILADMIN_BASE_URL)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def mail_user(user, template, context, subject, subject_values=None, connection=None):
    """E-mail `user` the template `template` (given `user` and `context`) with the lazily
    translated `subject` (formatted with `subject_values`), both in their admin language."""
    with override(UserProfile.get_for_user(user).get_preferred_language()):
        text = str(subject) % subject_values if subject_values is not None else str(subject)
        body = render_to_string(template, {"user": user, **context})
    send_mail(text, body, None, [user.email], connection=connection)
