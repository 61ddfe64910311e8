"""The page behind a provider's confirmation link (welcome.editorial.provider_confirmation):
their entry in German, a button to confirm it and a form to propose changes.

The link is the only key, so the page is never cached, never indexed, and answers
plainly: 404 for a link that is not ours, 410 for an expired one, and a thank-you for
one already answered."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db.models import URLField
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from directory.importexport import LONGEST_TEXT
from directory.models import Location
from welcome.editorial import provider_confirmation
from welcome.editorial.provider_confirmation import PROPOSABLE_FIELDS, AnswerRefused

LONGEST_MESSAGE = 2000
LEFT_TO_RIGHT = {"phone", "email", "website", "postcode"}


class ProposalForm(forms.Form):
    """The entry's fields, filled in with what it says now, and a message. Each value is
    checked as the location's model field checks it (length, e-mail, web address,
    postcode); Django's form fields refuse NUL characters."""

    message = forms.CharField(
        label=gettext_lazy("Anything else, for example opening hours, holidays or languages"),
        required=False,
        max_length=LONGEST_MESSAGE,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )

    def __init__(self, *args, location, **kwargs):
        super().__init__(*args, **kwargs)
        self.location = location
        message = self.fields.pop("message")
        for name in PROPOSABLE_FIELDS:
            model_field = Location._meta.get_field(name)
            options = {"assume_scheme": "https"} if isinstance(model_field, URLField) else {}
            field = model_field.formfield(**options)
            if field.max_length is None:
                # The description has no limit in the database; the import's holds here too.
                field.max_length = LONGEST_TEXT
                field.validators.append(MaxLengthValidator(LONGEST_TEXT))
            field.initial = getattr(location, name)
            field.help_text = ""
            # The entry is German; addresses of the net read left to right in any page.
            field.widget.attrs.update(
                {"lang": settings.LANGUAGE_CODE, "dir": "ltr" if name in LEFT_TO_RIGHT else "auto"}
            )
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs["rows"] = 4
            self.fields[name] = field
        self.fields["message"] = message

    def clean(self):
        cleaned = super().clean()
        for name in PROPOSABLE_FIELDS:
            value = cleaned.get(name)
            if value:
                try:
                    Location._meta.get_field(name).run_validators(value)
                except ValidationError as error:
                    self.add_error(name, error)
        if not self.errors and not self.changes() and not cleaned.get("message"):
            raise ValidationError(
                _("Change at least one field or write a message, or confirm the entry as it is.")
            )
        return cleaned

    def changes(self):
        return {
            name: self.cleaned_data[name]
            for name in PROPOSABLE_FIELDS
            if name in self.cleaned_data and self.cleaned_data[name] != getattr(self.location, name)
        }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def entry_confirmation(request, token):
    confirmation = provider_confirmation.request_for_token(token)
    if confirmation is None:
        return _render(request, None, status=404, error=_("This link is not valid."))
    if confirmation.answer:
        return _render(request, confirmation)
    if confirmation.is_expired():
        return _render(
            request,
            confirmation,
            status=410,
            error=_(
                "This link has expired. You will get a new one by e-mail, or you can write "
                "to the district office."
            ),
        )
    form = ProposalForm(location=confirmation.location)
    if request.method != "POST":
        return _render(request, confirmation, form=form)
    action = request.POST.get("action")
    try:
        if action == "confirm":
            provider_confirmation.confirm(confirmation)
            return redirect(request.path)
        if action == "propose":
            form = ProposalForm(request.POST, location=confirmation.location)
            if form.is_valid():
                provider_confirmation.propose(
                    confirmation, form.changes(), form.cleaned_data["message"]
                )
                return redirect(request.path)
            return _render(request, confirmation, form=form, status=400)
    except AnswerRefused as refusal:
        return _render(request, confirmation, status=409, error=str(refusal))
    return _render(
        request, confirmation, form=form, status=400, error=_("Please use one of the buttons.")
    )


def _render(request, confirmation, *, form=None, status=200, error=None):
    location = confirmation.location if confirmation else None
    context = {"confirmation": confirmation, "location": location, "form": form, "error": error}
    if location is not None:
        today = timezone.localdate()
        context.update(
            {
                "categories": [link.category for link in location.category_links.all()],
                "opening_hours": list(location.opening_hours.all()),
                "special_opening_hours": [
                    special
                    for special in location.special_opening_hours.all()
                    if special.last_day >= today
                ],
                "spoken_languages": [
                    item.get_language_display() for item in location.spoken_languages.all()
                ],
                "source_language": settings.LANGUAGE_CODE,
            }
        )
    response = TemplateResponse(request, "welcome/entry_confirmation.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response
