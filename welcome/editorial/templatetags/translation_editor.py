"""The translation editor (wagtail-localize) as each role may use it."""

import json

from django import template

from welcome.editorial.translation_permissions import may_publish

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor_props(context):
    """The editor's props without the actions the user may not take: converting back to
    an alias is left out for those who may not publish (the view would refuse them)."""
    props = json.loads(context["props"])
    if not may_publish(context["request"].user, context["instance"]):
        props["links"]["convertToAliasUrl"] = None
    return json.dumps(props)


@register.simple_tag(takes_context=True)
def may_stop_translation(context):
    return may_publish(context["request"].user, context["instance"])
