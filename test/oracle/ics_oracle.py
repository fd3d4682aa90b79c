#!/usr/bin/python3
"""The reference side of the ICS oracle test: every occurrence that python's
recurring-ical-events finds in each calendar, starting in [FROM, TO), as Berlin time.
Usage: ics_oracle.py FROM TO FILE... (FROM/TO as 2026-01-01). Prints JSON {file: [start, ...]},
a cancelled occurrence (STATUS:CANCELLED, of its event or its override) as "start CANCELLED".
The widgets' policy is applied: private events are not published; of two masters
with one UID only the later version counts (RFC 5546 §2.1.5: SEQUENCE, then LAST-MODIFIED, then
DTSTAMP), which recurring-ical-events 2.0 leaves to its caller.
Floating times are Berlin wall time (as in the widgets); all-day dates stay dates.
"""
import datetime
import json
import sys
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

BERLIN = ZoneInfo("Europe/Berlin")


def published(component):
    access = str(component.get("CLASS", "")).upper()
    return access not in ("PRIVATE", "CONFIDENTIAL")


def cancelled(component):
    return str(component.get("STATUS", "")).upper() == "CANCELLED"


def version(component):
    def stamp(name):
        value = component.get(name)
        return value.dt.timestamp() if value is not None else float("-inf")
    return (int(component.get("SEQUENCE", 0)), stamp("LAST-MODIFIED"), stamp("DTSTAMP"))


def latest_versions(calendar):
    """Removes every master that a later master with the same UID replaces."""
    best = {}
    for event in calendar.walk("VEVENT"):
        if "RECURRENCE-ID" in event or "UID" not in event:
            continue
        uid = str(event["UID"])
        if uid not in best or version(event) > version(best[uid]):
            best[uid] = event
    calendar.subcomponents = [
        c for c in calendar.subcomponents
        if c.name != "VEVENT" or "RECURRENCE-ID" in c or "UID" not in c or best[str(c["UID"])] is c
    ]


def read_calendar(data):
    """A VCALENDAR; bare VEVENTs (no VCALENDAR around them) as if they stood in one."""
    components = icalendar.Calendar.from_ical(data, multiple=True)
    if len(components) == 1 and components[0].name == "VCALENDAR":
        return components[0]
    calendar = icalendar.Calendar()
    for component in components:
        calendar.add_component(component)
    return calendar


def berlin(value):
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    if value.tzinfo is None:
        value = value.replace(tzinfo=BERLIN)
    return value.astimezone(BERLIN).isoformat()


def main():
    start, stop = (datetime.datetime.fromisoformat(a).replace(tzinfo=BERLIN) for a in sys.argv[1:3])
    out = {}
    for path in sys.argv[3:]:
        with open(path, "rb") as file:
            calendar = read_calendar(file.read())
        latest_versions(calendar)
        starts = []
        for event in recurring_ical_events.of(calendar).between(start, stop):
            if not published(event):
                continue
            value = event["DTSTART"].dt
            begin = value if isinstance(value, datetime.datetime) else datetime.datetime.combine(value, datetime.time(), BERLIN)
            if begin.tzinfo is None:
                begin = begin.replace(tzinfo=BERLIN)
            if start <= begin < stop:
                starts.append(berlin(value) + (" CANCELLED" if cancelled(event) else ""))
        out[path] = sorted(starts)
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
