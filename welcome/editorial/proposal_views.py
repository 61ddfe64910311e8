"""The review task of providers' proposed changes (welcome.editorial.provider_confirmation):
a list of the proposals a user may review, and a page per proposal that shows each
change next to what the entry says now and applies the chosen ones or declines them.

Whoever may change the location may review its proposals: the district's editors for
their district, ministry editors for all. Anyone else is refused, whatever the URL."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.models import Location
from welcome.editorial import provider_confirmation
from welcome.editorial.admin_views import EditorialView
from welcome.editorial.models import ConfirmationRequest
from welcome.editorial.provider_confirmation import ADDRESS_FIELDS, AnswerRefused
from welcome.editorial.roles import user_scope


def may_review_any(user):
    """Editors of German locations: translators change location translations only."""
    scope = user_scope(user)
    return Location.snippet_viewset.permission_policy.user_has_permission(user, "change") and (
        scope.unrestricted or bool(scope.district_ids)
    )


class ProposalListView(EditorialView):
    template_name = "welcome/admin/proposals.html"
    page_title = gettext_lazy("Proposed changes")
    header_icon = "edit"

    def dispatch(self, request, *args, **kwargs):
        if not may_review_any(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["proposals"] = provider_confirmation.pending_reviews(self.request.user).order_by(
            "answered_at"
        )
        return context


class ProposalReviewView(EditorialView):
    template_name = "welcome/admin/proposal_review.html"
    page_title = gettext_lazy("Review proposed changes")
    header_icon = "edit"

    def dispatch(self, request, pk):
        self.proposal = get_object_or_404(
            ConfirmationRequest.objects.select_related("location__district"),
            pk=pk,
            answer=ConfirmationRequest.PROPOSED,
        )
        if not provider_confirmation.may_review(request.user, self.proposal):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.proposal.location.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("welcome_proposals"), "label": _("Proposed changes")},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        changes = provider_confirmation.changes_of(self.proposal)
        context.update(
            {
                "proposal": self.proposal,
                "changes": changes,
                "moves_address": any(change.field in ADDRESS_FIELDS for change in changes),
                "edit_url": reverse(
                    Location.snippet_viewset.get_url_name("edit"),
                    args=[self.proposal.location_id],
                ),
            }
        )
        return context

    def post(self, request, pk):
        action = request.POST.get("action")
        fields = request.POST.getlist("fields")
        try:
            if action == "decline":
                provider_confirmation.decline(self.proposal, request.user)
                messages.success(request, _("The proposed changes were declined."))
                return redirect("welcome_proposals")
            if action == "apply" and set(fields) <= set(self.proposal.proposed_changes):
                provider_confirmation.apply(self.proposal, request.user, fields)
                messages.success(
                    request,
                    _("The chosen changes were applied; the entry counts as verified today."),
                )
                return redirect("welcome_proposals")
            error = _("Choose the changes to apply from this proposal, or decline it.")
        except AnswerRefused as refusal:
            error = str(refusal)
        except ValidationError as invalid:
            error = _("Not applied: %(reason)s") % {"reason": " ".join(invalid.messages)}
        messages.error(request, error)
        return self.render_to_response(self.get_context_data(error=error), status=400)
