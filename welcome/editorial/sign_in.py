"""Guarding the admin's doors: sign-in lockout and password-reset throttling.

Sign-in failures are counted by django-axes per account name and address together:
after LOCKOUT_FAILURES wrong passwords in a row that pair is locked for LOCKOUT_MINUTES,
even for the right password, and the editor sees why. Counting the pair, not the
account alone, keeps an attacker elsewhere from locking an editor out of their own
account; counting the pair, not the address alone, keeps one office's shared address
from locking all its editors out at once. The address is the connection's
(REMOTE_ADDR), or with BEHIND_PROXY the one our own nginx (deploy/nginx.conf) reports in
X-Real-IP: behind a proxy every connection comes from the proxy.

The password-reset form sends e-mail to whoever an address belongs to, so it is
throttled too: RESET_REQUESTS per RESET_HOURS from one address and for one e-mail
address. The counts live in the default cache (Redis in production); while the cache is
unreachable the form is not throttled rather than closed to everyone."""

import datetime
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

LOCKOUT_FAILURES = 5
LOCKOUT_MINUTES = 15
RESET_REQUESTS = 5
RESET_HOURS = 1
LOCKED_OUT_TEMPLATE = "welcome/admin/locked_out.html"


def client_address(request):
    """The reader's address (django-axes' AXES_CLIENT_IP_CALLABLE, and the reset
    throttle's)."""
    if settings.BEHIND_PROXY:
        return request.META.get("HTTP_X_REAL_IP") or request.META.get("REMOTE_ADDR", "")
    return request.META.get("REMOTE_ADDR", "")


def lockout_response(request, original_response=None, credentials=None):
    """What a locked-out sign-in sees (django-axes' AXES_LOCKOUT_CALLABLE)."""
    return render(
        request,
        LOCKED_OUT_TEMPLATE,
        {"minutes": LOCKOUT_MINUTES, "failures": LOCKOUT_FAILURES, "reason": "sign-in"},
        status=429,
    )


def cooloff_time(request):
    """How long a locked pair stays locked (AXES_COOLOFF_TIME)."""
    return datetime.timedelta(minutes=LOCKOUT_MINUTES)


def failure_limit(request, credentials):
    """Wrong passwords in a row before the lock (AXES_FAILURE_LIMIT)."""
    return LOCKOUT_FAILURES


def _over_limit(keys):
    """Counts one request against each key; whether any key was already at its limit."""
    over = False
    for key in keys:
        cache.add(key, 0, RESET_HOURS * 3600)
        try:
            count = cache.incr(key)
        except ValueError:
            # The cache dropped the key between add and incr, or is unreachable.
            continue
        over = over or count > RESET_REQUESTS
    return over


def throttle_password_reset(view):
    def throttled(request, *args, **kwargs):
        if request.method == "POST":
            email = request.POST.get("email", "").strip().lower()
            keys = [f"password-reset:address:{client_address(request)}"]
            if email:
                digest = hashlib.sha256(email.encode("utf-8", "replace")).hexdigest()
                keys.append(f"password-reset:email:{digest}")
            if _over_limit(keys):
                return render(
                    request,
                    LOCKED_OUT_TEMPLATE,
                    {"minutes": RESET_HOURS * 60, "reason": "password-reset"},
                    status=429,
                )
        return view(request, *args, **kwargs)

    return throttled
