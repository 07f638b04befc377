"""What the ingester could not settle, kept for a person to review.

Every stage reports here rather than guessing or failing: a reversed date range, a trip with
no place or no year, a year inferred from page order, an agreement or a domestic task left
out, an unknown organisation, person or place (with its record's country). The ingest
report lists them with their line and offsets.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestIssue:
    """Something the ingester could not settle, kept for a person to review."""

    source: str
    line: int
    category: str  # unresolved-organization | unresolved-person | bad-date | inferred-year | ...
    text: str
    start: int
    end: int
    activity: str | None = None
    country: str | None = None  # alpha-3 of the record's place, for an unknown place
