"""Review fixtures: a checker (alice) and an editor (erin, bob) over the sample database."""

from __future__ import annotations

import shutil

import pytest

from workbench.services import open_workbench
from workbench.services.review import Review


class Desk:
    """One database, opened as whichever person acts next (like ``--user NAME``)."""

    def __init__(self, path):
        self.path = path
        self._open = {}

    def as_(self, user: str):
        if user not in self._open:
            self._open[user] = open_workbench(self.path, user)
        wb = self._open[user]
        return wb, Review(wb)

    def close(self):
        for wb in self._open.values():
            wb.close()


@pytest.fixture
def desk(db_path):
    d = Desk(db_path)
    _, review = d.as_("erin")
    review.add_user("erin", "editor")
    review.add_user("bob", "editor")
    review.add_user("alice", "checker")
    yield d
    d.close()


@pytest.fixture
def other_desk(tmp_path, template_db):
    """A second database holding the same sample article (same UUIDs), as on another machine."""
    path = tmp_path / "other" / "workbench.sqlite"
    path.parent.mkdir()
    shutil.copy(template_db, path)
    d = Desk(path)
    d.as_("bob")[1].add_user("bob", "editor")
    yield d
    d.close()


def rated_claim(wb, n=0, rating="false", rationale="لا سجل للانفجارين"):
    claim = wb.claims()[n]
    wb.set_verdict(claim.id, rating, rationale)
    return wb.claim(claim.id)
