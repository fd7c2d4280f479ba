"""Which index leads a registry search on SQLite.

SQLite keeps no statistics here, so its planner takes any equality (a regency, a list of ids)
for more selective than a prefix range or a walk of the sort index. Most registrants live in the
BLK's own kabupaten: finding them by the regency index and sorting 70,000 rows takes 200 ms,
while walking the sort index finds a page in a few. "36" matches most NIKs of a Banten BLK, so
the same holds for a broad typed prefix. And a vocation's 10,000 trainees are looked up and
sorted even when the typed name matches three.

So the search first asks how many rows each condition matches (counting index entries, capped,
about a millisecond), estimates what each way in costs in rows read, and lets the cheapest one
lead; the registry hides the others' indexes from the planner, so they are tested per row.
PostgreSQL's planner keeps statistics of its own and gets the plain conditions.
"""

from dataclasses import dataclass
from enum import StrEnum


class Lead(StrEnum):
    SORT = "sort"  # walk the sort column's index, testing every condition per row
    TEXT = "text"  # the typed prefix's range (or two: NIK or phone)
    REGENCY = "regency"
    IDS = "ids"  # the trainee ids the enrollment filters (batch, year, vocation, status) collect


# Index entries counted per condition at most: about a millisecond on SQLite.
CAP = 10_000
# A row found and then sorted costs about this many rows walked in order.
SORTING = 1.5


@dataclass(frozen=True)
class Estimate:
    total: int  # trainees, live or not (the sort index holds them all)
    # Rows each condition matches, counted up to CAP (so "CAP" means "at least CAP"); None when
    # the condition is absent or, for ids, tested per row anyway.
    text: int | None = None
    regency: int | None = None
    ids: int | None = None


def choose(estimate: Estimate, limit: int, sorted_by: Lead | None = None) -> Lead:
    """The cheapest way to find `limit` rows in sort order. `sorted_by` names the condition
    whose index is also the sort order (a name prefix sorted by name, a regency sorted by
    regency): leading with it needs no sorting, and stops after a page."""
    matches = {
        lead: count
        for lead, count in (
            (Lead.TEXT, estimate.text),
            (Lead.REGENCY, estimate.regency),
            (Lead.IDS, estimate.ids),
        )
        if count is not None
    }
    if not matches:
        return Lead.SORT
    total = max(estimate.total, 1)

    def walked(skipping: Lead | None) -> float:
        """Rows read in order until `limit` pass every condition but `skipping`, taking the
        conditions as independent; at most every row."""
        rows = float(limit)
        for lead, count in matches.items():
            if lead != skipping:
                rows *= total / max(count, 1)
        return min(rows, total)

    # Leading with a condition reads its rows and sorts them; one counted up to CAP may match
    # every row.
    costs = {lead: (total if count >= CAP else count) * SORTING for lead, count in matches.items()}
    if sorted_by in costs:
        costs[sorted_by] = min(costs[sorted_by] / SORTING, walked(sorted_by))
    costs[Lead.SORT] = walked(None)
    return min(costs, key=lambda lead: costs[lead])
