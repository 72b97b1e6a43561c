"""Files shipped inside the installed package (``resources/`` in the repository, installed as
``workbench.resources``). Found through that package's own location: cheaper at start-up than
importlib.resources, and the same folder in a wheel and an editable install."""

from __future__ import annotations

import json
from pathlib import Path


def _root() -> Path:
    import workbench.resources

    return Path(workbench.resources.__file__).resolve().parent


def path(name: str) -> Path:
    return _root() / name


def read_text(name: str) -> str:
    return path(name).read_text(encoding="utf-8")


def read_json(name: str):
    return json.loads(read_text(name))
