"""Labelled sentences from real news articles (not the sample), for measuring the proposer.

``bench/news-labels.json`` holds, per article, where its text comes from and, per sentence, the
span in that text, a SHA-256 of the sentence, the label (1: a verifiable factual claim a desk
would check; 0: opinion, forecast, appeal, or background nobody would check) and why. The
article texts themselves are not copied into this repository (they are news agencies' copy):
they are read from the public packages that redistribute them, fetched into a cache on first
use, and every labelled span is checked against its SHA-256 before it is scored.

- Reuters-21578 (Distribution 1.0, newswire of February–March 1987; copyright Reuters Ltd,
  distributed for research purposes), as shipped in Debian's ``r-cran-tm`` package
  (``/usr/lib/R/site-library/tm/texts/crude/``): fetched with ``apt-get download r-cran-tm``
  and unpacked with ``dpkg-deb -x``; nothing is installed.
- One CNN Arabic report (3 August 2013), as shipped in the test data of the ``newspaper4k``
  0.9.6 source distribution on PyPI: fetched from PyPI's simple index, SHA-256 checked.

``bench/news-train-labels.json`` has the same form for the other Reuters-21578 reports of that
package, each sentence with two annotators' labels: ``tools/train_checkworthy.py`` fits the
article score's other-script weights on the sentences they agree on, so the news set above is
never fitted on (``python bench/news_set.py --train`` lists them).

The cache is ``$BENCH_CACHE`` or the user's cache folder (platformdirs) + ``/news-set``.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import subprocess
import tarfile
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

LABELS = Path(__file__).resolve().parent / "news-labels.json"
#: Training sentences (other Reuters-21578 reports, two annotators each): what the article
#: score's other-script part is fitted on, so the news set above stays held out.
TRAIN_LABELS = Path(__file__).resolve().parent / "news-train-labels.json"


@dataclass(frozen=True)
class Sentence:
    article: str  # the article's key in news-labels.json
    language: str
    start: int
    end: int
    text: str
    label: int
    why: str


def cache_dir() -> Path:
    if os.environ.get("BENCH_CACHE"):
        return Path(os.environ["BENCH_CACHE"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("workbench")) / "news-set"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- the texts, rebuilt the same way every time ------------------------------------------
def reuters_text(xml: bytes) -> tuple[dict, str]:
    """Body of a Reuters-21578 article: hard-wrapped lines joined, one paragraph per indented
    line, the closing ``Reuter`` sign-off dropped, NFC."""
    root = ET.fromstring(xml)
    body = html.unescape(root.find("TEXT/BODY").text or "")
    body = re.sub(r"\s*Reuter\s*$", "", body, flags=re.I)
    paragraphs = [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n {3,}", body)]
    meta = {"newid": root.get("NEWID"), "date": root.find("DATE").text.strip(),
            "title": root.find("TEXT/TITLE").text}
    return meta, unicodedata.normalize("NFC", "\n\n".join(p for p in paragraphs if p))


def plain_text(data: bytes) -> tuple[dict, str]:
    return {}, unicodedata.normalize("NFC", data.decode("utf-8")).strip()


# -- fetching ------------------------------------------------------------------------------
def _debian_package(package: str, cache: Path) -> Path:
    """The package unpacked under ``cache/package`` (``apt-get download`` + ``dpkg-deb -x``)."""
    root = cache / package
    if root.is_dir():
        return root
    cache.mkdir(parents=True, exist_ok=True)
    debs = sorted(cache.glob(f"{package}_*.deb"))
    if not debs:
        r = subprocess.run(["apt-get", "download", package], cwd=cache, capture_output=True,
                           text=True)
        debs = sorted(cache.glob(f"{package}_*.deb"))
        if r.returncode or not debs:
            raise SystemExit(f"could not fetch the Debian package {package} "
                             f"(apt-get download: {r.stderr.strip() or r.returncode}); "
                             f"run `apt-get update` first, or set BENCH_CACHE to a folder that has it")
    tmp = cache / f".{package}.partial"
    subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(tmp)], check=True)
    tmp.rename(root)
    return root


def _pypi_sdist(requirement: str, cache: Path) -> Path:
    """The source archive of ``name==version`` from PyPI (the archive's SHA-256 is checked
    against the index's). Nothing is built or installed."""
    import urllib.request

    name, version = requirement.split("==")
    target = cache / f"{name}-{version}.tar.gz"
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    index = os.environ.get("BENCH_PYPI", "https://pypi.org/simple")
    wanted = f"{name}-{version}.tar.gz"
    try:  # the simple index (PEP 503): one link per file, with its SHA-256 in the fragment
        with urllib.request.urlopen(f"{index}/{name}/", timeout=30) as r:
            page = r.read().decode("utf-8")
        url, digest = next((m.group(1), m.group(2)) for m in
                           re.finditer(r'href="([^"#]+)#sha256=([0-9a-f]{64})"', page)
                           if m.group(1).rsplit("/", 1)[-1] == wanted)
        with urllib.request.urlopen(url, timeout=120) as r:
            data = r.read()
    except (OSError, StopIteration) as e:
        raise SystemExit(f"could not fetch {wanted} from {index} ({e or 'not listed'}); "
                         "set BENCH_CACHE to a folder that has it") from e
    if hashlib.sha256(data).hexdigest() != digest:
        raise SystemExit(f"{url} does not match the SHA-256 the index gives for it")
    target.write_bytes(data)
    return target


def read_source(source: dict, cache: Path) -> bytes:
    kind = source["from"]
    if kind == "debian":
        return (_debian_package(source["package"], cache) / source["path"]).read_bytes()
    if kind == "pypi-sdist":
        archive = _pypi_sdist(source["requirement"], cache)
        with tarfile.open(archive) as tar:
            top = tar.getnames()[0].split("/")[0]
            return tar.extractfile(f"{top}/{source['path']}").read()
    raise ValueError(f"unknown source kind {kind!r}")


def load(cache: Path | None = None, labels: Path = LABELS) -> list[Sentence]:
    """Every labelled sentence with its text, checked against its SHA-256.

    A file whose sentences carry two annotators' ``labels`` (``TRAIN_LABELS``) gives the
    sentences they agree on, each text once, without the articles marked ``excluded``."""
    cache = cache or cache_dir()
    spec = json.loads(labels.read_text(encoding="utf-8"))
    out: list[Sentence] = []
    seen: set[str] = set()
    for key, art in spec["articles"].items():
        if art.get("excluded"):
            continue
        data = read_source(art["source"], cache)
        _meta, text = (reuters_text if art["format"] == "reuters-21578" else plain_text)(data)
        for s in art["sentences"]:
            piece = text[s["start"]:s["end"]]
            if sha256(piece) != s["sha256"]:
                raise SystemExit(f"{key} [{s['start']}:{s['end']}] is not the labelled sentence "
                                 "(the source text changed): relabel it")
            if "labels" in s:  # two annotators: kept where they agree, a repeated text once
                if len(set(s["labels"])) != 1 or piece in seen:
                    continue
                label, why = s["labels"][0], s["why"][0]
            else:
                label, why = s["label"], s["why"]
            seen.add(piece)
            out.append(Sentence(key, art["language"], s["start"], s["end"], piece, int(label), why))
    return out


def agreement(labels: Path = TRAIN_LABELS) -> dict:
    """The two annotators' agreement as recorded in a two-annotator file."""
    return json.loads(labels.read_text(encoding="utf-8"))["agreement"]


if __name__ == "__main__":  # list the set, for a person checking the labels
    import sys

    for s in load(labels=TRAIN_LABELS if sys.argv[1:] == ["--train"] else LABELS):
        print(f"{s.label} {s.article} [{s.start}:{s.end}] {s.text}\n    ({s.why})")
