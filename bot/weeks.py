"""Time arithmetic the services and the digest share: aware instants, local weeks.

Pure: every function takes what it needs (a time zone, a moment); nothing reads a clock.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def require_aware(moment: dt.datetime) -> None:
    """ValueError unless `moment` carries a time zone (every stored time is aware UTC)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone; pass an aware datetime such as datetime.now(UTC).")


def local_date(moment: dt.datetime, zone: str) -> dt.date:
    """The calendar date of `moment` in the time zone `zone`."""
    return moment.astimezone(ZoneInfo(zone)).date()


def week_bounds(day: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """Monday 00:00 to the next Monday 00:00, local time in `zone`, of the week containing `day` (as UTC)."""
    tz = ZoneInfo(zone)
    monday = day - dt.timedelta(days=day.weekday())
    start = dt.datetime.combine(monday, dt.time(), tzinfo=tz)
    end = dt.datetime.combine(monday + dt.timedelta(days=7), dt.time(), tzinfo=tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def next_business_time(after: dt.datetime, zone: str, business_days: int, hour: int) -> dt.datetime:
    """`hour`:00 local time, `business_days` working days (Monday to Friday) after `after`'s local day (UTC).

    With 0 days: the same day if it is a working day and the hour is still ahead, else the next
    working day. No public-holiday calendar: a holiday counts as a working day.
    """
    require_aware(after)
    tz = ZoneInfo(zone)
    local = after.astimezone(tz)
    day = local.date()
    if business_days == 0:
        candidate = dt.datetime.combine(day, dt.time(hour), tzinfo=tz)
        if day.weekday() < 5 and candidate > local:
            return candidate.astimezone(dt.UTC)
        business_days = 1
    while business_days:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            business_days -= 1
    return dt.datetime.combine(day, dt.time(hour), tzinfo=tz).astimezone(dt.UTC)
