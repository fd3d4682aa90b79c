"""Oracle for test/oracle/recurrence-dateutil.test.mjs: expands RRULEs with python-dateutil.

Reads JSON cases from stdin: [{"start": "2026-03-29T02:30:00", "rule": "FREQ=...", "until": ...,
"horizon": "2029-03-29T00:00:00", "max": 60}, ...]. Writes one list of Berlin wall times
("2026-03-29 03:30") per case. dateutil works on naive wall times; two readings make its answer
the one RFC 5545 asks for (both documented in the test):
- a wall time in Berlin's spring gap is read with the offset before the gap (03:30, not 02:30),
  and read back: zoneinfo's fold=0 does exactly that (PEP 495);
- DTSTART is always the first occurrence and counts for COUNT (RFC 5545 3.3.10 and 3.8.5.3),
  while dateutil lists it only when it matches the rule.
"""
import json
import datetime as datetime_module
import sys
import warnings
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import dateutil.rrule
from dateutil.rrule import rrulestr

BERLIN = ZoneInfo("Europe/Berlin")
warnings.simplefilter("ignore")  # COUNT together with the horizon's UNTIL


def berlin_wall(naive):
    aware = naive.replace(tzinfo=BERLIN, fold=0).astimezone(timezone.utc).astimezone(BERLIN)
    return aware.strftime("%Y-%m-%d %H:%M")


class SearchEnd:
    """dateutil's `datetime` module with MAXYEAR set to the year after the horizon.

    dateutil checks UNTIL only against dates it found: a rule that matches no more dates (BYSETPOS=4
    of one-day periods) is searched until the year 9999. Its only other stop is MAXYEAR, so that
    is moved to just after the horizon; no date before the horizon is lost.
    """

    def __init__(self, year):
        self.MAXYEAR = year

    def __getattr__(self, name):
        return getattr(datetime_module, name)


def expand(case):
    start = datetime.fromisoformat(case["start"])
    horizon = datetime.fromisoformat(case["horizon"])
    dateutil.rrule.datetime = SearchEnd(horizon.year + 1)
    rule = rrulestr(case["rule"], dtstart=start)
    count = rule._count
    until = rule._until
    # The horizon as UNTIL too: dateutil would search until the year 9999 for a rule that
    # never matches again.
    rule = rule.replace(until=min(until, horizon) if until else horizon)
    out = []
    for dt in rule:
        if dt >= horizon or len(out) > case["max"] + 1:
            break
        out.append(dt)
    if not out or out[0] != start:
        out.insert(0, start)
    if count is not None:
        out = out[:count]
    return [berlin_wall(dt) for dt in out[: case["max"]]]


cases = json.load(sys.stdin)
json.dump([expand(case) for case in cases], sys.stdout)
