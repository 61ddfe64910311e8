"""What happens when a review workflow finishes.

Wagtail imports this module while it defines its own models, so it must not import any
models at module level.
"""


def publish_approved_revision(workflow_state, user=None):
    """What finishing a workflow does (`WAGTAIL_FINISH_WORKFLOW_ACTION`): publish the
    approved revision. The approval is the permission: reviewers and moderators do not
    hold the right to publish directly, which Wagtail's default action would demand."""
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
