"""`export --format wacz`: the evidence pack, validated with the `wacz` package's own validator and
read back with warcio; its manifest ties each claim to its verdict, review, captures and tokens."""

from __future__ import annotations

import base64
import re
import hashlib
import io
import json
import zipfile

import pytest

from tests.cli.test_cli import run
from workbench.core.model import ReviewState
from workbench.core.timestamp import verify_timestamp
from workbench.services.capture import capture_source
from workbench.services.timestamp import set_tsa


def _validate(path) -> tuple[int, str]:
    """The `wacz` package's own validation, as `wacz validate -f` runs it."""
    import contextlib

    from wacz.main import main as wacz_main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = wacz_main(["validate", "-f", str(path)])
    return code, buf.getvalue()


@pytest.fixture
def evidenced(wb, sample, site, tsa, trusted_ca, tmp_path):
    """Two claims approved with a captured (stamped) source each, one with an attached file too;
    a third claim with a captured source left a draft."""
    set_tsa(wb, tsa.url, trusted_ca.ca_pem)
    claims = wb.claims(sample.id)
    out = []
    for i, claim in enumerate(claims[:3]):
        wb.set_verdict(claim.id, "false", f"التعليل {i}: المصدر الرسمي ينفي ذلك.")
        attach = tmp_path / f"بيان-{i}.pdf"
        attach.write_bytes(b"%PDF-1.4 statement " + bytes([i]))
        change = wb.add_source(claim.id, site.base + ("/r1" if i == 0 else "/news/1"), title=f"تقرير {i}",
                               publisher="AFP", files=[str(attach)] if i == 1 else ())
        source = change.claim.sources[-1]
        cap, _taken = capture_source(wb, source.id)
        assert cap.timestamped
        if i < 2:
            wb.store.update_claim(wb.claim(claim.id).with_(review_state=ReviewState.APPROVED))
        out.append((wb.claim(claim.id), cap))
    return out


def test_the_evidence_pack_validates_and_holds_every_capture_behind_the_verdicts(db_path, wb, sample,
                                                                                evidenced, tmp_path, trusted_ca):
    pack = tmp_path / "pack.wacz"
    done = run(db_path, "export", "--format", "wacz", "--article", sample.id, "-o", str(pack), "--json")
    assert json.loads(done.stdout) == {"format": "wacz", "path": str(pack), "claims": 2}
    code, said = _validate(pack)
    assert code == 0, said
    assert "Validation succeeded" in said

    z = zipfile.ZipFile(pack)
    names = set(z.namelist())
    (c0, cap0), (c1, cap1), (c2, cap2) = evidenced
    assert f"archive/capture-{cap0.id}.warc.gz" in names and f"archive/capture-{cap1.id}.warc.gz" in names
    assert f"archive/capture-{cap2.id}.warc.gz" not in names  # a draft's evidence stays out
    assert {"indexes/index.cdx", "pages/pages.jsonl", "datapackage.json", "datapackage-digest.json",
            "evidence/fact-checks.json", "evidence/tsa-roots.pem", "archive/attached-files.warc.gz"} <= names
    for info in z.infolist():
        if info.filename.startswith(("archive/", "indexes/")):
            assert info.compress_type == zipfile.ZIP_STORED
    package = json.loads(z.read("datapackage.json"))
    assert package["wacz_version"] == "1.1.1"
    listed = {r["path"]: r for r in package["resources"]}
    assert set(listed) == names - {"datapackage.json", "datapackage-digest.json"}
    for path, res in listed.items():
        assert res["hash"] == "sha256:" + hashlib.sha256(z.read(path)).hexdigest()
    # each capture's WARC is the stored one: its hash is the one recorded and stamped
    assert listed[f"archive/capture-{cap0.id}.warc.gz"]["hash"] == "sha256:" + cap0.sha256
    digest = json.loads(z.read("datapackage-digest.json"))
    assert digest["hash"] == "sha256:" + hashlib.sha256(z.read("datapackage.json")).hexdigest()

    # read the WARCs back with warcio
    from warcio.archiveiterator import ArchiveIterator

    recs = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(io.BytesIO(z.read(f"archive/capture-{cap0.id}.warc.gz")))]
    page = next(body for kind, uri, body in recs if kind == "response" and uri.endswith("/news/1"))
    assert "قال مسؤولون محليون إن أربعة مدنيين قتلوا" in page.decode("utf-8")
    assert any(uri.endswith("/r1") for kind, uri, _ in recs if kind == "response")  # the redirect
    (resource,) = [(r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                   for r in ArchiveIterator(io.BytesIO(z.read("archive/attached-files.warc.gz")))
                   if r.rec_type == "resource"]
    assert resource[1] == b"%PDF-1.4 statement \x01" and "%D8%A8%D9%8A%D8%A7%D9%86-1.pdf" in resource[0]

    # the index points at real records
    index = z.read("indexes/index.cdx").decode("utf-8").splitlines()
    assert index == sorted(index)
    for line in index:
        key, ts, blob = line.split(" ", 2)
        entry = json.loads(blob)
        assert len(ts) == 14
        data = z.read(("archive/" + entry["filename"]))
        member = data[int(entry["offset"]):int(entry["offset"]) + int(entry["length"])]
        (rec,) = list(ArchiveIterator(io.BytesIO(member)))
        assert rec.rec_headers.get_header("WARC-Target-URI") == entry["url"]
    assert any(json.loads(line.split(" ", 2)[2])["url"].endswith("/img/map.png") for line in index)
    pages = [json.loads(line) for line in z.read("pages/pages.jsonl").decode("utf-8").splitlines()]
    assert pages[0]["format"] == "json-pages-1.0"
    assert {p["id"] for p in pages[1:]} == {cap0.id, cap1.id}
    assert all(p["url"].endswith("/news/1") for p in pages[1:])

    # the manifest: claim → rating, rationale, review, sources, capture hashes, tokens
    doc = json.loads(z.read("evidence/fact-checks.json"))
    (article,) = doc["articles"]
    assert [c["id"] for c in article["claims"]] == sorted([c0.id, c1.id], key=lambda i: wb.claim(i).start)
    claim1 = next(c for c in article["claims"] if c["id"] == c1.id)
    assert claim1["rating"]["key"] == "false" and claim1["rationale"] == c1.rationale
    assert claim1["review"]["state"] == "approved"
    (src,) = claim1["sources"]
    (cap,) = src["captures"]
    assert cap["sha256"] == cap1.sha256 and cap["warc"] == f"archive/capture-{cap1.id}.warc.gz"
    token = base64.b64decode(cap["timestamp"]["token"])
    assert hashlib.sha256(token).hexdigest() == cap1.token_sha256
    assert verify_timestamp(token, bytes.fromhex(cap1.sha256), z.read("evidence/tsa-roots.pem").decode()).ok
    (f,) = src["files"]
    assert f["name"] == "بيان-1.pdf" and f["warc_target"] == resource[0]

    # refused over an existing file without --force; replaced with it
    again = run(db_path, "export", "--format", "wacz", "--article", sample.id, "-o", str(pack), check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
    run(db_path, "export", "--format", "wacz", "--article", sample.id, "-o", str(pack), "--force")
    drafts = tmp_path / "all.wacz"
    run(db_path, "export", "--format", "wacz", "--all-states", "-o", str(drafts))
    assert f"archive/capture-{cap2.id}.warc.gz" in zipfile.ZipFile(drafts).namelist()
    assert _validate(drafts)[0] == 0


def test_a_pack_altered_after_export_fails_validation(db_path, sample, evidenced, tmp_path):
    pack = tmp_path / "pack.wacz"
    run(db_path, "export", "--format", "wacz", "--article", sample.id, "-o", str(pack))
    altered = tmp_path / "altered.wacz"
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(altered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "evidence/fact-checks.json":
                data = data.replace(b'"approved"', b'"draft"')
            dst.writestr(info, data)
    code, said = _validate(altered)
    assert code == 1 and "fact-checks.json" in said and "Validation failed" in said


def test_wacz_cannot_go_to_standard_output_nor_be_empty(db_path, wb, sample, tmp_path):
    refused = run(db_path, "export", "--format", "wacz", "-o", "-", check=False)
    assert refused.returncode == 1 and "WACZ evidence pack cannot go to standard output" in refused.stderr
    claim = wb.claims(sample.id)[0]
    wb.set_verdict(claim.id, "false", "التعليل")
    wb.add_source(claim.id, "https://example.org/never-captured")
    wb.store.update_claim(wb.claim(claim.id).with_(review_state=ReviewState.APPROVED))
    empty = run(db_path, "export", "--format", "wacz", "-o", str(tmp_path / "p.wacz"), check=False)
    assert empty.returncode == 1 and "the evidence pack would be empty" in empty.stderr
    assert not (tmp_path / "p.wacz").exists()


def test_the_export_dialog_writes_the_pack(qtbot, wb, sample, evidenced, tmp_path):
    from PySide6.QtCore import QSettings, Qt

    from workbench.ui.app import make_app
    from workbench.ui.export_dialog import ExportDialog

    make_app()
    QSettings().remove("export")
    try:
        dialog = ExportDialog(None, wb, sample.id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData("wacz"))
        assert "WACZ evidence pack" in dialog.format.currentText()
        target = tmp_path / "desk.wacz"
        dialog.path.setText(str(target))
        with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
            qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
        assert blocker.args == [str(target), 2]
        assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
        assert _validate(target)[0] == 0
        names = zipfile.ZipFile(target).namelist()
        assert all(f"archive/capture-{cap.id}.warc.gz" in names for _c, cap in evidenced[:2])
    finally:
        QSettings().remove("export")


def test_the_pdf_and_html_reports_carry_the_evidence_annex(db_path, wb, sample, evidenced, tmp_path, tsa):
    import html as html_lib
    import subprocess

    pdf, page = tmp_path / "report.pdf", tmp_path / "report.html"
    run(db_path, "export", "--format", "pdf", "--article", sample.id, "-o", str(pdf))
    run(db_path, "export", "--format", "html", "--article", sample.id, "-o", str(page))
    (c0, cap0), (c1, cap1), _ = evidenced
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "Evidence annex" in flat or "ملحق الأدلة" in flat
    for cap in (cap0, cap1):
        assert cap.sha256 in flat.replace(" ", "")
        assert cap.ts_time.replace("T", " ").rstrip("Z") in flat  # the TSA's time
        assert cap.taken_at[:10] in flat
    doc = page.read_text(encoding="utf-8")
    annex = doc[doc.index('<section class="annex"'):]
    rows = re.findall(r'<tr class="capture">(.*?)</tr>', annex, re.S)
    assert len(rows) == 2
    for cap, row in zip((cap0, cap1), rows):
        assert f'<code dir="ltr">{cap.sha256}</code>' in row
        assert cap.ts_time.replace("T", " ").rstrip("Z") + " UTC" in html_lib.unescape(row)
        assert tsa.url in html_lib.unescape(row)
    assert "ملحق الأدلة" in annex  # the sample article is Arabic: the report's words are too


def test_an_unstamped_capture_says_so_in_the_annex(db_path, wb, sample, site, tmp_path):
    claim = wb.claims(sample.id)[0]
    wb.set_verdict(claim.id, "false", "التعليل")
    source = wb.add_source(claim.id, site.base + "/news/1").claim.sources[-1]
    wb.add_source(claim.id, "https://example.org/never-captured")
    capture_source(wb, source.id)
    wb.store.update_claim(wb.claim(claim.id).with_(review_state=ReviewState.APPROVED))
    page = tmp_path / "report.html"
    run(db_path, "export", "--format", "html", "--article", sample.id, "-o", str(page))
    annex = page.read_text(encoding="utf-8").split('<section class="annex"', 1)[1]
    stamped, missing = re.findall(r'<tr class="capture">(.*?)</tr>', annex, re.S)
    assert "بلا ختم زمني موثوق" in stamped and "never-captured" in missing and "لم تُحفظ نسخة" in missing


def test_claimreview_is_unchanged_by_captures(wb, sample, evidenced):
    from dataclasses import replace

    from workbench.export.common import ExportOptions, get_format, select_from

    options = ExportOptions("مرصد التحقق", "https://factcheck.example")
    selection = select_from(wb, sample.id)
    assert any(s.captures for _a, c in selection.claims() for s in c.sources)
    bare = replace(selection, articles=tuple(
        replace(part, claims=tuple(c.with_(sources=tuple(replace(s, captures=()) for s in c.sources))
                                   for c in part.claims)) for part in selection.articles))
    form = get_format("claimreview")
    assert form.render(selection, wb.scale, options) == form.render(bare, wb.scale, options)
    assert b"warc" not in form.render(selection, wb.scale, options).lower()
