"""Per-record permissions for the directory snippets.

Wagtail's snippet permissions are per model. District editors may only touch their own
district's German locations and contact persons, translators only their language's
record translations, so the model permission is narrowed by the user's scope
(`welcome.editorial.roles.user_scope`) in the permission policy, which every view that lists,
shows, edits, deletes or chooses a record goes through (so do wagtail-localize's views,
see `welcome.editorial.translation_permissions`), and in the district field of the edit forms
(`welcome.editorial.record_forms`). A direct URL to a record outside the scope is refused.

Choosing is not editing: categories and districts are reference data that every German
record links, so everyone who edits German records may choose any German category or
district, while locations and contact persons are offered within the user's scope.

Translators change records only through wagtail-localize's translation editor. A record
translation that is not (or no longer) synchronised from its German record opens only for
those with an unrestricted scope: its ordinary form would let a translator publish their
own text, and the synchronised fields with it, without review.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from wagtail.models import TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import chooser, snippets
from wagtail_localize.models import Translation

from welcome.editorial.roles import user_scope
from welcome.foundation.languages import locale_id_of, locale_language


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """A model permission that holds for a record only within the user's scope.

    `district_field` names the record's district for models that belong to a district;
    without it only the language scope applies. Records in no language (indicator
    values) belong to their district alone, or, with none, to the whole state.
    """

    def __init__(self, model, district_field=None):
        super().__init__(model)
        self.district_field = district_field
        self.translatable = issubclass(model, TranslatableMixin)

    def within_scope(self, user, queryset):
        return user_scope(user).records(queryset, self.district_field, self.translatable)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and user_scope(user).covers(
            instance, self.district_field, self.translatable
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return self.within_scope(user, super().instances_user_has_any_permission_for(user, actions))

    def choosable(self, user, queryset):
        """The records a user may pick in a chooser (see the module docstring)."""
        scope = user_scope(user)
        if scope.unrestricted:
            return queryset
        if self.district_field is None and self.translatable:
            return queryset.filter(locale_id=locale_id_of(settings.LANGUAGE_CODE))
        return self.within_scope(user, queryset)


class ScopedObjectMixin:
    """Refuses a record outside the user's scope, however its URL was reached."""

    scoped_action = "change"

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.scoped_action, instance
        ):
            raise PermissionDenied
        return instance


class ScopedIndexView(snippets.IndexView):
    def get_base_queryset(self):
        return self.permission_policy.within_scope(self.request.user, super().get_base_queryset())


class ScopedEditView(ScopedObjectMixin, snippets.EditView):
    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        translated = (
            self.permission_policy.translatable
            and locale_language(instance.locale_id) != settings.LANGUAGE_CODE
        )
        if translated and not user_scope(self.request.user).unrestricted:
            synchronised = Translation.objects.filter(
                source__object_id=instance.translation_key,
                target_locale_id=instance.locale_id,
                enabled=True,
            ).exists()
            if not synchronised:
                raise PermissionDenied
        return instance


class ScopedDeleteView(ScopedObjectMixin, snippets.DeleteView):
    scoped_action = "delete"


class ScopedUsageView(ScopedObjectMixin, snippets.UsageView):
    pass


class ScopedHistoryView(ScopedObjectMixin, snippets.HistoryView):
    pass


class ScopedInspectView(ScopedObjectMixin, snippets.InspectView):
    pass


class ScopedChooseMixin:
    def get_object_list(self):
        return self.model_class.snippet_viewset.permission_policy.choosable(
            self.request.user, super().get_object_list()
        )


class ScopedChooseView(ScopedChooseMixin, chooser.ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooseMixin, chooser.ChooseResultsView):
    pass


class ScopedChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        policy = self.model_class.snippet_viewset.permission_policy
        return policy.choosable(self.request.user, self.model_class.objects.all()).get(pk=pk)


class ScopedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView


class ScopedViewSetMixin:
    """Swaps every record view of a SnippetViewSet for its scoped counterpart."""

    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    usage_view_class = ScopedUsageView
    history_view_class = ScopedHistoryView
    inspect_view_class = ScopedInspectView
    chooser_viewset_class = ScopedChooserViewSet
