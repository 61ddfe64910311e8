"""Two editors on the same page or record: the later save must not silently overwrite the
earlier one.

Wagtail refuses an out-of-date *autosave*, but a plain "Save draft", "Publish" or
"Submit" of an edit form that was opened before someone else saved still overwrites
their work. Here the edit forms refuse it with a validation error that names who saved
what and when. The form comes back with the editor's own changes still in it; saving
again (now knowingly over the newer version) goes through, as Wagtail then renders the
newer version's marker into the form.

- Pages carry the marker Wagtail already renders into the page form (the revision it was
  loaded from, or the editor's own autosave revision); `PageEditConflictForm` compares it
  with the page's latest revision exactly as Wagtail's autosave check does.
- Directory records have no revisions; `RecordEditConflictForm` puts their last-change
  time into a hidden field and compares it with the stored one, and names the editor
  from the record's history.

Like Wagtail's own check, a form that carries no marker (a script posting form data)
is not refused.

A save that starts within the same instant as another one can still pass both checks;
what this closes is the common case of two people editing for minutes.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import ModelLogEntry

CONFLICT_MESSAGE = _(
    "%(user)s saved a newer version of this while you were editing (%(when)s). Nothing "
    "was saved: check your changes against theirs (see the history), then save again to "
    "keep yours."
)


def _when(moment):
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _name(user):
    if user is None:
        return _("Someone")
    return user.get_full_name() or user.get_username()


def _last_editor(instance):
    entry = (
        ModelLogEntry.objects.for_instance(instance)
        .filter(action__in=["wagtail.create", "wagtail.edit"])
        .select_related("user")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return _name(entry.user if entry else None)


def newer_page_revision(page, data):
    """The page's latest revision if the form in `data` was opened from an older one."""
    latest = page.get_latest_revision() if page.pk else None
    if latest is None:
        return None
    own_autosave = data.get("overwrite_revision_id")
    if own_autosave:
        return latest if own_autosave != str(latest.pk) else None
    loaded = data.get("loaded_revision_id")
    if not loaded:
        return None
    if loaded != str(latest.pk):
        return latest
    loaded_at = data.get("loaded_revision_created_at", "")
    return latest if loaded_at != latest.created_at.isoformat() else None


class PageEditConflictForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        newer = newer_page_revision(self.instance, self.data)
        if newer is not None:
            raise ValidationError(
                CONFLICT_MESSAGE,
                code="edit_conflict",
                params={"user": _name(newer.user), "when": _when(newer.created_at)},
            )
        return cleaned_data


class RecordEditConflictForm(WagtailAdminModelForm):
    """For models with an `updated_at` that changes on every save."""

    loaded_updated_at = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["loaded_updated_at"] = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned_data = super().clean()
        if not self.instance.pk:
            return cleaned_data
        stored = (
            type(self.instance)
            .objects.filter(pk=self.instance.pk)
            .values_list("updated_at", flat=True)
            .first()
        )
        loaded = cleaned_data.get("loaded_updated_at")
        if stored is not None and loaded and loaded != stored.isoformat():
            # The form comes back marked with the newer version, so that saving it again
            # is a deliberate overwrite.
            self.data = self.data.copy()
            self.data[self.add_prefix("loaded_updated_at")] = stored.isoformat()
            raise ValidationError(
                CONFLICT_MESSAGE,
                code="edit_conflict",
                params={"user": _last_editor(self.instance), "when": _when(stored)},
            )
        return cleaned_data
