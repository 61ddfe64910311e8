"""One demo account per role for the local demo, all with the same published password.

The password is in the README, so it must never reach a public server: the production
entry point (`welcome.wsgi`) and `manage.py check --deploy` refuse to go on while any
demo account still accepts it (`accounts_with_demo_password`).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.models import Locale

from directory.models import District
from welcome.editorial import roles

DEMO_PASSWORD = "willkommen-demo"  # noqa: S105 (public on purpose; servers refuse it)
DISTRICT_PREFIX = "district-"
TRANSLATOR_PREFIX = "translator-"
FIXED_ACCOUNTS = ("admin", "ministry", "moderator")


def demo_accounts():
    """(username, full name, group names, is superuser) for every demo account."""
    yield "admin", ("Demo", "Administrator"), [], True
    yield "ministry", ("Demo", "Ministry editor"), [roles.MINISTRY_EDITORS], False
    yield "moderator", ("Demo", "Moderator"), [roles.MODERATORS], False
    for district in District.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        yield (
            f"{DISTRICT_PREFIX}{district.slug}",
            ("Demo", f"District editor {district.short_name}"),
            [roles.district_editors_name(district)],
            False,
        )
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        for number in (1, 2):
            yield (
                f"{TRANSLATOR_PREFIX}{locale.language_code}-{number}",
                ("Demo", f"Translator {locale.language_code.upper()} {number}"),
                [roles.translators_name(locale)],
                False,
            )


def ensure_demo_users():
    """Create the demo accounts that are missing; existing ones are left as they are."""
    user_model = get_user_model()
    created = 0
    for username, (first_name, last_name), group_names, is_superuser in demo_accounts():
        if user_model.objects.filter(username=username).exists():
            continue
        user = user_model(
            username=username,
            first_name=first_name,
            last_name=last_name,
            email=f"{username}@example.org",
            is_superuser=is_superuser,
            is_staff=is_superuser,
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.set(Group.objects.filter(name__in=group_names))
        created += 1
    return created


def accounts_with_demo_password():
    """Usernames of demo-named accounts that still accept the demo password."""
    candidates = get_user_model().objects.filter(
        Q(username__in=FIXED_ACCOUNTS)
        | Q(username__startswith=DISTRICT_PREFIX)
        | Q(username__startswith=TRANSLATOR_PREFIX)
    )
    return sorted(user.username for user in candidates if user.check_password(DEMO_PASSWORD))
