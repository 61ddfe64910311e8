"""Providers confirm their own directory entry.

`send_confirmation_requests` (run daily by cron: `manage.py send_confirmation_requests`)
asks the provider of every German location not verified for
CONFIRMATION_INTERVAL_MONTHS (11 by default, so that an answer comes before the content
health report counts the entry overdue at 12) to look at it. The e-mail goes to the
location's confirmation contact, else its public e-mail; a provider with several entries
gets one e-mail with one link per entry. A link is personal and signed (no account): it
names its ConfirmationRequest, is valid CONFIRMATION_LINK_DAYS (30) and answers once.

Behind the link the provider sees the entry in German and either confirms it (the
verified date becomes today, in every language) or proposes changes to its texts,
address and contact details, with a message for anything else (opening hours, holidays,
languages). A proposal goes to the district's editors as a review task: they are
e-mailed, and the admin's "Proposed changes" list holds it until one of them applies the
chosen changes or declines them. Opening hours are not proposed field by field: the
provider writes them in the message and the editor changes them in the location's own
form, where the week's hours are edited.

A provider who does not answer is asked again once the link has expired, so at most once
per link period; an entry with a proposal waiting for review is not asked again. At most
CONFIRMATION_REQUESTS_PER_RUN requests go out per run, the longest unverified first, so a
large import of old entries does not flood the mail server in one night.

Every step is written to the location's history (Wagtail's log entries): request sent,
confirmed, changes proposed, applied, declined.
"""

from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core import signing
from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.fields import SynchronizedField

from directory.models import Location
from welcome.editorial.mail import mail_user, portal_url
from welcome.editorial.models import ConfirmationRequest
from welcome.editorial.roles import user_scope
from welcome.foundation import page_cache

SALT = "welcome.editorial.provider-confirmation"
# A signed token is short; anything longer is not one of ours and is not unsigned at all.
LONGEST_TOKEN = 100
# What a provider may change field by field; each is checked by the model field's own
# form field (length, e-mail, web address, postcode).
PROPOSABLE_FIELDS = [
    "name",
    "organisation",
    "description",
    "street",
    "postcode",
    "city",
    "phone",
    "email",
    "website",
    "opening_hours_note",
]
# Fields of a proposal that all language versions share (synchronised from German).
SHARED_FIELDS = {
    field.field_name
    for field in Location.translatable_fields
    if field.field_name in PROPOSABLE_FIELDS and isinstance(field, SynchronizedField)
}
ADDRESS_FIELDS = {"street", "postcode", "city"}

REQUESTED = "welcome.confirmation_requested"
CONFIRMED = "welcome.entry_confirmed"
PROPOSED = "welcome.changes_proposed"
APPLIED = "welcome.proposal_applied"
DECLINED = "welcome.proposal_declined"


class AnswerRefused(Exception):
    """The link can no longer be answered; the message says why."""


def token_for(request):
    return signing.dumps(request.pk, salt=SALT)


def request_for_token(token):
    """The ConfirmationRequest a link names, or None for a token that is not ours."""
    if len(token) > LONGEST_TOKEN:
        return None
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return (
        ConfirmationRequest.objects.select_related("location__district")
        .filter(pk=pk, location__locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )


def link_for(request):
    with override(settings.LANGUAGE_CODE):
        return portal_url(reverse("entry_confirmation", args=[token_for(request)]))


def due_locations(now=None):
    """German locations to ask now, the longest unverified first."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    unverified_since = today - relativedelta(months=settings.CONFIRMATION_INTERVAL_MONTHS)
    recently_asked = ConfirmationRequest.objects.filter(
        location=OuterRef("pk"), sent_at__gt=now - _link_period()
    )
    awaiting_review = ConfirmationRequest.objects.filter(
        location=OuterRef("pk"), answer=ConfirmationRequest.PROPOSED, outcome=""
    )
    return (
        Location.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, last_verified__lte=unverified_since
        )
        .exclude(confirmation_email="", email="")
        .exclude(Exists(recently_asked))
        .exclude(Exists(awaiting_review))
        .select_related("district")
        .order_by("last_verified", "pk")
    )


def _link_period():
    return relativedelta(days=settings.CONFIRMATION_LINK_DAYS)


def send_confirmation_requests(now=None):
    """Ask the providers of the due locations; returns how many e-mails were sent.

    The requests, their log entries and the e-mails are one step: when the mail server
    refuses, nothing is recorded and the next run asks again."""
    now = now or timezone.now()
    sent = 0
    with transaction.atomic():
        locations = list(due_locations(now)[: settings.CONFIRMATION_REQUESTS_PER_RUN])
        by_address = {}
        for location in locations:
            request = ConfirmationRequest.objects.create(
                location=location,
                email=location.confirmation_address,
                sent_at=now,
                expires_at=now + _link_period(),
            )
            log(location, REQUESTED, data={"email": request.email, "request": request.pk})
            by_address.setdefault(request.email, []).append(request)
        connection = get_connection()
        for address, requests in by_address.items():
            _ask(connection, address, requests)
            sent += 1
    return sent


def _ask(connection, address, requests):
    with override(settings.LANGUAGE_CODE):
        subject = _("Please check your entry in the %(site)s portal") % {
            "site": settings.WAGTAIL_SITE_NAME
        }
        body = render_to_string(
            "welcome/email/confirmation_request.txt",
            {
                "entries": [(request, link_for(request)) for request in requests],
                "expires_at": requests[0].expires_at,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
    send_mail(subject, body, None, [address], connection=connection)


def _open_for_answer(request):
    """The request, locked for this transaction, if it may still be answered."""
    locked = ConfirmationRequest.objects.select_for_update().get(pk=request.pk)
    if locked.answer:
        raise AnswerRefused(_("This entry has already been answered through this link."))
    if locked.is_expired():
        raise AnswerRefused(_("This link has expired."))
    return locked


def confirm(request):
    """The provider says the entry is right: it is verified today, in every language."""
    with transaction.atomic():
        request = _open_for_answer(request)
        request.answer = ConfirmationRequest.CONFIRMED
        request.answered_at = timezone.now()
        request.save(update_fields=["answer", "answered_at"])
        _mark_verified(request.location)
        log(request.location, CONFIRMED, data={"request": request.pk})
    return request


def propose(request, changes, message):
    """The provider proposes `changes` ({field: new value}) and/or writes a message; the
    district's editors are asked to review it."""
    with transaction.atomic():
        request = _open_for_answer(request)
        request.answer = ConfirmationRequest.PROPOSED
        request.answered_at = timezone.now()
        request.proposed_changes = changes
        request.provider_message = message
        request.save(
            update_fields=["answer", "answered_at", "proposed_changes", "provider_message"]
        )
        log(request.location, PROPOSED, data={"request": request.pk, "fields": sorted(changes)})
        transaction.on_commit(lambda: notify_reviewers(request), robust=True)
    return request


def _mark_verified(location):
    today = timezone.localdate()
    location.last_verified = today
    # Synchronised to every language version; a queryset update sends no signal, so the
    # page cache is told here.
    Location.objects.filter(translation_key=location.translation_key).update(last_verified=today)
    page_cache.invalidate()


@dataclass
class Change:
    field: str
    label: str
    current: str
    proposed: str


def changes_of(request):
    """The proposed changes next to what the entry says now, in the form's order."""
    location = request.location
    return [
        Change(
            field=name,
            label=str(Location._meta.get_field(name).verbose_name),
            current=getattr(location, name),
            proposed=request.proposed_changes[name],
        )
        for name in PROPOSABLE_FIELDS
        if name in request.proposed_changes
    ]


def _open_for_review(request):
    locked = ConfirmationRequest.objects.select_for_update().get(pk=request.pk)
    if not locked.awaits_review:
        raise AnswerRefused(_("These proposed changes have already been reviewed."))
    return locked


def apply(request, user, fields):
    """Apply the chosen proposed `fields` to the German entry, which is verified today.
    Raises ValidationError when the entry would be invalid (a slug clash, say)."""
    with transaction.atomic():
        request = _open_for_review(request)
        location = Location.objects.select_for_update().get(pk=request.location_id)
        chosen = {name: request.proposed_changes[name] for name in fields}
        for name, value in chosen.items():
            setattr(location, name, value)
        location.last_verified = timezone.localdate()
        location.full_clean()
        location.save()
        shared = {name: value for name, value in chosen.items() if name in SHARED_FIELDS}
        Location.objects.filter(translation_key=location.translation_key).exclude(
            pk=location.pk
        ).update(last_verified=location.last_verified, **shared)
        page_cache.invalidate()
        _close_review(request, user, ConfirmationRequest.APPLIED)
        log(location, APPLIED, user=user, data={"request": request.pk, "fields": sorted(chosen)})
    return request


def decline(request, user):
    with transaction.atomic():
        request = _open_for_review(request)
        _close_review(request, user, ConfirmationRequest.DECLINED)
        log(request.location, DECLINED, user=user, data={"request": request.pk})
    return request


def _close_review(request, user, outcome):
    request.outcome = outcome
    request.reviewed_by = user
    request.reviewed_at = timezone.now()
    request.save(update_fields=["outcome", "reviewed_by", "reviewed_at"])


def reviewers_of(location):
    """Who is asked to review a proposal: the editors of the location's district, or,
    where a district has none, those who may edit every location (ministry editors).
    Administrators are not asked."""
    policy = ModelPermissionPolicy(Location)
    users = (
        policy.users_with_permission("change")
        .filter(is_active=True, is_superuser=False)
        .exclude(email="")
        .order_by("pk")
    )
    scoped = [user for user in users if user_scope(user).covers(location, "district")]
    local = [user for user in scoped if not user_scope(user).unrestricted]
    return local or scoped


def notify_reviewers(request):
    connection = get_connection()
    review_url = portal_url(reverse("welcome_proposal_review", args=[request.pk]))
    for user in reviewers_of(request.location):
        mail_user(
            user,
            "welcome/email/proposal_waiting.txt",
            {"request": request, "review_url": review_url},
            gettext_lazy("Proposed changes to review: %(name)s"),
            {"name": request.location.name},
            connection=connection,
        )


def pending_reviews(user):
    """The proposals waiting for review that `user` may review."""
    policy = Location.snippet_viewset.permission_policy
    return ConfirmationRequest.objects.filter(
        answer=ConfirmationRequest.PROPOSED,
        outcome="",
        location__in=policy.instances_user_has_permission_for(user, "change"),
    ).select_related("location__district")


def may_review(user, request):
    policy = Location.snippet_viewset.permission_policy
    return policy.user_has_permission_for_instance(user, "change", request.location)


def confirmation_rates(since):
    """Per German district pk: (requests sent since `since`, of which answered)."""
    rows = (
        ConfirmationRequest.objects.filter(sent_at__gte=since)
        .values_list("location__district_id")
        .annotate(
            asked=Count("pk"),
            answered=Count("pk", filter=~Q(answer="")),
        )
    )
    return {district: (asked, answered) for district, asked, answered in rows}
