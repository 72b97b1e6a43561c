"""Files shipped inside the installed package (``resources/`` in the repository)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    return Path(str(resources.files("workbench.resources").joinpath(name)))


def read_text(name: str) -> str:
    return resources.files("workbench.resources").joinpath(name).read_text(encoding="utf-8")


def read_json(name: str):
    return json.loads(read_text(name))
