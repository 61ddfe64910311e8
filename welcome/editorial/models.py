"""The editorial layer's records: who is limited to which district or language, the
review task of the publishing workflows, and the permission to see the reports."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class GroupScope(models.Model):
    """Which district or which language a group's members are limited to.

    The roles command keeps one row per district editors' group and per translators'
    group. Permissions that Wagtail cannot express per object (locations and contact
    persons of one district, snippet translations of one language) are scoped by it, so
    renaming a group or a district never widens anybody's rights.
    """

    group = models.OneToOneField(
        "auth.Group", on_delete=models.CASCADE, related_name="scope", verbose_name=_("group")
    )
    district = models.ForeignKey(
        "directory.District",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("district"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("language"),
    )

    class Meta:
        verbose_name = _("group scope")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(district__isnull=True) | models.Q(locale__isnull=True),
                name="group_scope_district_or_locale",
            )
        ]

    def __str__(self):
        return str(self.group)


class ReviewTask(AbstractGroupApprovalTask):
    """Approval by a member of the chosen groups who is not the person who submitted.

    Translators review each other's work in their language, moderators review district
    editors' changes; nobody approves their own submission (superusers excepted, so a
    lone administrator is never stuck).
    """

    def _is_submitter(self, obj, user):
        state = obj.current_workflow_state
        return state is not None and state.requested_by_id == user.pk and not user.is_superuser

    def get_actions(self, obj, user):
        if self._is_submitter(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser:
            return states
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve; nobody approves their own submission.")

    class Meta:
        verbose_name = _("review by another person")
        verbose_name_plural = _("reviews by another person")


class EditorialReports(models.Model):  # noqa: DJ008 (no rows, so never shown)
    """Carries the permission to see the editorial reports; it has no table, as
    Wagtail's own `wagtailadmin.Admin` carries `access_admin`."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_content_health", "Can see the content health report")]


class ReviewReminder(models.Model):
    """That the editors of a page were reminded of the review that fell due on `due`.

    One row per page and due date, so a reminder goes out once however often the command
    runs (welcome.editorial.review_reminders); a review moves the due date on, and the
    next time it passes brings the next reminder."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    due = models.DateField(_("due"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("review reminder")
        constraints = [
            models.UniqueConstraint(fields=["page", "due"], name="one_review_reminder_per_due_date")
        ]

    def __str__(self):
        return f"{self.page_id}: {self.due}"


class ConfirmationRequest(models.Model):
    """One request to a provider to confirm or correct a German location entry, sent
    with a personal signed link (welcome.editorial.provider_confirmation).

    The row is the request's whole life: sent, then answered (confirmed, or changes
    proposed) or left to expire; proposed changes are then applied or declined by an
    editor of the location's district. Every step is also written to the location's
    history (Wagtail's log entries)."""

    CONFIRMED = "confirmed"
    PROPOSED = "proposed"
    ANSWERS = [(CONFIRMED, _("confirmed")), (PROPOSED, _("changes proposed"))]
    APPLIED = "applied"
    DECLINED = "declined"
    OUTCOMES = [(APPLIED, _("applied")), (DECLINED, _("declined"))]

    location = models.ForeignKey(
        "directory.Location",
        on_delete=models.CASCADE,
        related_name="confirmation_requests",
        verbose_name=_("location"),
    )
    email = models.EmailField(_("sent to"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    expires_at = models.DateTimeField(_("link valid until"))
    answer = models.CharField(_("answer"), max_length=10, choices=ANSWERS, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    proposed_changes = models.JSONField(_("proposed changes"), default=dict, blank=True)
    provider_message = models.TextField(_("message from the provider"), blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=OUTCOMES, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )

    class Meta:
        verbose_name = _("confirmation request")
        verbose_name_plural = _("confirmation requests")
        ordering = ["-sent_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(answer="") | models.Q(answered_at__isnull=False),
                name="confirmation_answer_has_a_time",
            )
        ]

    def __str__(self):
        return f"{self.location_id}: {self.sent_at:%Y-%m-%d}"

    def is_expired(self, moment=None):
        return (moment or timezone.now()) >= self.expires_at

    @property
    def awaits_review(self):
        return self.answer == self.PROPOSED and not self.outcome


class TranslationDeadline(models.Model):
    """By when a German page should be translated into a language; set by the ministry,
    shown in the translators' queue, and reminded of once (welcome.editorial.translation_queue)."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    due = models.DateField(_("deadline"))
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("set by"),
    )
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("translation deadline")
        verbose_name_plural = _("translation deadlines")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "locale"], name="one_translation_deadline_per_language"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.locale_id}: {self.due}"
