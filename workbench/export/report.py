"""The readable report, per article: title and source, then each claim with its quote, verdict,
rationale and numbered sources. Markdown for pasting, HTML as one self-contained file (every
user string escaped, ``lang``/``dir`` on each block, no script, no remote resource)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from workbench.core.model import Article, Claim, Source
from workbench.core.ratings import RatingScale

from .common import ExportOptions, Progress, Selection, clean, is_rtl, one_line

#: The report's own words, in the article's language (English for any other language).
LABELS = {
    "ar": {"report": "تقرير التحقق", "source": "المصدر", "publisher": "الناشر",
           "published": "تاريخ النشر", "claim": "الادعاء", "statement": "الصياغة",
           "verdict": "الحكم", "unrated": "بلا حكم", "rationale": "التعليل",
           "sources": "المصادر", "state": "الحالة", "checked_by": "تحقق منه",
           "supports": "يؤيد", "refutes": "يدحض", "context": "سياق",
           "draft": "مسودة", "in_review": "قيد المراجعة", "approved": "معتمد",
           "changes_requested": "مطلوب تعديلها", "approved_by": "اعتمده",
           "accessed": "تاريخ الاطلاع", "by": "صادر عن",
           "no_metadata": "لا رابط ولا ناشر مسجلان للمقال",
           "annex": "ملحق الأدلة", "annex_ref": "الادعاء {n}، المصدر {i}",
           "captured": "وقت الالتقاط", "stamped": "ختم زمني موثوق",
           "no_stamp": "بلا ختم زمني موثوق", "not_captured": "لم تُحفظ نسخة من الصفحة"},
    "en": {"report": "Fact-check report", "source": "Source", "publisher": "Publisher",
           "published": "Published", "claim": "Claim", "statement": "Statement",
           "verdict": "Verdict", "unrated": "No verdict", "rationale": "Rationale",
           "sources": "Sources", "state": "State", "checked_by": "Checked by",
           "supports": "supports", "refutes": "refutes", "context": "context",
           "draft": "draft", "in_review": "in review", "approved": "approved",
           "changes_requested": "changes requested", "approved_by": "Approved by",
           "accessed": "Accessed", "by": "Published by",
           "no_metadata": "No URL or publisher recorded for this article",
           "annex": "Evidence annex", "annex_ref": "Claim {n}, source {i}",
           "captured": "Captured", "stamped": "Trusted timestamp",
           "no_stamp": "no trusted timestamp", "not_captured": "not captured"},
}


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language.split("-", 1)[0].lower(), LABELS["en"])


def state_label(claim: Claim, t: dict[str, str]) -> str:
    return t.get(str(claim.review_state), str(claim.review_state))


def checked_line(claim: Claim, t: dict[str, str]) -> str:
    """Who last worked on the verdict and when; nothing for a claim with no verdict (its
    author has checked nothing yet)."""
    if not claim.rating or not claim.updated_by:
        return ""
    return f"{t['checked_by']}: {one_line(claim.updated_by)} · {claim.updated_at[:10]}"


def approved_line(claim: Claim, t: dict[str, str]) -> str:
    """Who approved the verdict and when, if the services said so."""
    if claim.approval is None:
        return ""
    return f"{t['approved_by']}: {one_line(claim.approval.by)} · {claim.approval.at[:10]}"


def source_dates(src: Source, t: dict[str, str]) -> str:
    """A source's publication and access dates, ``""`` if neither is known."""
    parts = [f"{t[key]}: {one_line(value)}" for key, value in
             (("published", src.published), ("accessed", src.accessed)) if value.strip()]
    return " · ".join(parts)


def org_line(options: ExportOptions, t: dict[str, str]) -> str:
    """The desk the report comes from (the organisation setting), ``""`` if not set."""
    name = one_line(options.org_name)
    return f"{t['report']} — {t['by']}: {name}" if name else ""


def has_metadata(article: Article) -> bool:
    return bool(article.url.strip() or article.publisher.strip())


def verdict_label(claim: Claim, article: Article, scale: RatingScale) -> str:
    if not claim.rating:
        return labels(article.language)["unrated"]
    return scale.get(claim.rating).label(article.language)


# -- the evidence annex (HTML and PDF) ----------------------------------------------------------
@dataclass(frozen=True)
class AnnexEntry:
    """One capture of a source (or a source never captured: ``sha256`` empty), as the annex shows it."""

    ref: str  # "Claim 2, source 1"
    url: str
    captured: str = ""  # "2026-11-30 14:02:00 UTC", "" when not captured
    sha256: str = ""
    stamp_time: str = ""  # the TSA's time ("" when the capture carries no trusted timestamp)
    tsa: str = ""  # the TSA's address

    def status(self, t: dict[str, str]) -> str:
        """Whether it carries a trusted timestamp (or was never captured), in the report's words."""
        if not self.sha256:
            return t["not_captured"]
        return t["stamped"] if self.stamp_time else t["no_stamp"]

    @property
    def stamp_detail(self) -> str:
        """The TSA's time and address (left to right), "" when none."""
        return f"{self.stamp_time} · {self.tsa}" if self.stamp_time else ""


def utc_time(iso: str) -> str:
    """``2026-11-30T14:02:00+00:00`` as ``2026-11-30 14:02:00 UTC`` (as recorded otherwise)."""
    text = iso.strip()
    for zone in ("+00:00", "Z"):
        if text.endswith(zone) and "T" in text:
            return text[: -len(zone)].replace("T", " ") + " UTC"
    return text


def annex(numbered, t: dict[str, str]) -> list[AnnexEntry]:
    """For each source of ``claims`` (numbered as the report numbers them), each capture's time,
    SHA-256 and trusted timestamp; a source with no capture is listed as not captured. No annex
    (``[]``) when no source of ``claims`` was ever captured."""
    numbered = list(numbered)  # (number, claim): ArticleExport.numbered()
    if not any(s.captures for _n, claim in numbered for s in claim.sources):
        return []
    out = []
    for n, claim in numbered:
        for i, s in enumerate(claim.sources, 1):
            ref = t["annex_ref"].format(n=n, i=i)
            if not s.captures:
                out.append(AnnexEntry(ref, s.url))
            for cap in s.captures:
                out.append(AnnexEntry(ref, cap.final_url or cap.url, utc_time(cap.taken_at), cap.sha256,
                                      utc_time(cap.ts_time or "") if cap.timestamped else "",
                                      cap.tsa_url or "" if cap.timestamped else ""))
    return out


# -- Markdown ------------------------------------------------------------------------------
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def md_escape(text: str) -> str:
    """User text that Markdown shows as written: no emphasis, links, HTML or headings."""
    lines = clean(text).split("\n")
    return "\n".join(_MD_LINE_START.sub(r"\1\\\2", _MD_INLINE.sub(r"\\\1", ln)) for ln in lines)


def _autolink(url: str) -> str:
    """A URL inside ``<…>``, where Markdown takes every character literally (no escapes)."""
    return clean(url).replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _md_block(prefix: str, text: str) -> list[str]:
    """``text`` with each of its lines behind ``prefix`` (a quote block, a list item's indent),
    each line its own paragraph (a blank line between): renderers lay out each paragraph in the
    direction of its first strong letter (GitHub's ``dir="auto"``), so an English line in an
    Arabic quote is not drawn backwards as part of one Arabic paragraph."""
    out: list[str] = []
    for ln in md_escape(text).split("\n"):
        if not ln.strip():
            continue
        if out:
            out.append(prefix.rstrip())
        out.append(f"{prefix}{ln}".rstrip())
    return out


def render_md(selection: Selection, scale: RatingScale, options: ExportOptions,
              progress: Progress | None = None) -> bytes:
    return markdown(selection, scale, progress, options).encode("utf-8")


def markdown(selection: Selection, scale: RatingScale, progress: Progress | None = None,
             options: ExportOptions | None = None) -> str:
    out: list[str] = []
    done, total = 0, selection.claim_count
    for part in selection.articles:
        art, t = part.article, labels(part.article.language)
        out += [f"# {md_escape(one_line(art.title))}", ""]
        org = org_line(options, t) if options else ""
        if org:  # under the title, which stays the document's first line
            out += [f"_{md_escape(org)}_", ""]
        for key, value in (("source", art.url), ("publisher", art.publisher),
                           ("published", art.published)):
            if value:
                out.append(f"- {t[key]}: {md_escape(one_line(value))}")
        if not has_metadata(art):
            out.append(f"- {md_escape(t['no_metadata'])}")
        out.append("")
        for n, claim in part.numbered():
            verdict = verdict_label(claim, art, scale)
            state = f" · {t['state']}: {state_label(claim, t)}" if selection.all_states else ""
            out += [f"## {t['claim']} {n}: {md_escape(verdict)}{state}", ""]
            out += _md_block("> ", claim.quote) + [""]
            if claim.statement:
                out += [f"**{t['statement']}:** {md_escape(one_line(claim.statement))}", ""]
            if claim.rationale:
                out += [f"**{t['rationale']}:**", ""] + _md_block("", claim.rationale) + [""]
            if claim.sources:
                out += [f"**{t['sources']}:**", ""]
                for i, s in enumerate(claim.sources, 1):
                    title = md_escape(one_line(s.title or s.url))
                    pub = f" — {md_escape(one_line(s.publisher))}" if s.publisher else ""
                    out.append(f"{i}. {title}{pub} ({t[str(s.stance)]}) <{_autolink(s.url)}>")
                    if source_dates(s, t):
                        out.append(f"   {md_escape(source_dates(s, t))}")
                    if s.excerpt:
                        out += _md_block("   > ", s.excerpt)
                out.append("")
            for line in (checked_line(claim, t), approved_line(claim, t)):
                if line:
                    out += [f"_{md_escape(line)}_", ""]
            done += 1
            if progress:
                progress(done, total)
    return "\n".join(out).rstrip("\n") + "\n"


# -- HTML ----------------------------------------------------------------------------------
def esc(text: str) -> str:
    return html.escape(clean(text), quote=True)


def _paras(text: str) -> str:
    """Each line of ``text`` its own ``<p dir="auto">``: an English paragraph inside an Arabic
    quote (or an Arabic one inside English) is laid out in its own direction, as in the reader."""
    return "".join(f'<p dir="auto">{esc(ln)}</p>' for ln in clean(text).split("\n") if ln.strip())


def _lang_dir(language: str) -> str:
    return f'lang="{esc(language)}" dir="{"rtl" if is_rtl(language) else "ltr"}"'


STYLE = """
body { font-family: "Amiri", "Noto Naskh Arabic", "Geeza Pro", "Times New Roman", serif;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.7; color: #222; }
article { border-bottom: 2px solid #ccc; margin-bottom: 2em; }
section.claim { border: 1px solid #ddd; border-radius: 6px; padding: .5em 1em; margin: 1em 0; }
blockquote p, .rationale p, .statement p { margin: .2em 0; }
blockquote { margin: .5em 0; padding: .2em 1em; border-inline-start: 4px solid #999; background: #f7f7f7; }
.verdict { font-weight: bold; padding: 0 .4em; border-radius: 4px; }
.state, .meta, .org { color: #666; font-size: .9em; }
ol.sources li { margin: .3em 0; }
section.annex table { border-collapse: collapse; font-size: .85em; width: 100%; }
section.annex td, section.annex th { border: 1px solid #ddd; padding: .2em .4em; vertical-align: top; }
section.annex code { font-size: .9em; word-break: break-all; }
@media print { section.claim { break-inside: avoid; } }
"""

_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}")
#: No script, no remote resource: the browser may load nothing but this file's inline style.
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def render_html(selection: Selection, scale: RatingScale, options: ExportOptions,
                progress: Progress | None = None) -> bytes:
    first = selection.articles[0].article
    title = esc(one_line(first.title)) if len(selection.articles) == 1 else esc(labels(first.language)["report"])
    out = ["<!DOCTYPE html>", f"<html {_lang_dir(first.language)}>", "<head>",
           '<meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
           '<meta name="referrer" content="no-referrer">',
           f"<title>{title}</title>", f"<style>{STYLE}</style>", "</head>", "<body>"]
    done, total = 0, selection.claim_count
    for part in selection.articles:
        art, t = part.article, labels(part.article.language)
        ld = _lang_dir(art.language)
        out.append(f"<article {ld}>")
        org = org_line(options, t)
        if org:
            out.append(f'<p class="org">{esc(t["report"])} — {esc(t["by"])}: '
                       f'<span dir="auto">{esc(one_line(options.org_name))}</span></p>')
        out += [f'<h1 dir="auto">{esc(one_line(art.title))}</h1>', '<ul class="meta">']
        if art.url:
            out.append(f'<li>{esc(t["source"])}: <a href="{esc(art.url)}" dir="ltr" '
                       f'rel="noopener noreferrer">{esc(art.url)}</a></li>')
        for key, value in (("publisher", art.publisher), ("published", art.published)):
            if value:
                out.append(f'<li>{esc(t[key])}: <span dir="auto">{esc(one_line(value))}</span></li>')
        if not has_metadata(art):
            out.append(f'<li class="none">{esc(t["no_metadata"])}</li>')
        out.append("</ul>")
        for n, claim in part.numbered():
            color = scale.get(claim.rating).color if claim.rating else ""
            color = color if _COLOR.fullmatch(color) else "#eeeeee"
            out += [f'<section class="claim" id="claim-{esc(claim.id)}" {ld}>',
                    f"<h2>{esc(t['claim'])} {n}: <span class=\"verdict\" "
                    f"style=\"background:{esc(color)}\">{esc(verdict_label(claim, art, scale))}</span></h2>"]
            if selection.all_states:
                out.append(f'<p class="state" data-state="{esc(str(claim.review_state))}">'
                           f'{esc(t["state"])}: {esc(state_label(claim, t))}</p>')
            out.append(f'<blockquote class="quote">{_paras(claim.quote)}</blockquote>')
            if claim.statement:
                out.append(f'<div class="statement"><b>{esc(t["statement"])}:</b>{_paras(claim.statement)}</div>')
            if claim.rationale:
                out.append(f'<div class="rationale"><b>{esc(t["rationale"])}:</b>'
                           f'{_paras(claim.rationale)}</div>')
            if claim.sources:
                out += [f"<h3>{esc(t['sources'])}</h3>", '<ol class="sources">']
                for s in claim.sources:
                    pub = f" — {esc(one_line(s.publisher))}" if s.publisher else ""
                    item = (f'<li><span dir="auto">{esc(one_line(s.title or s.url))}</span>{pub} '
                            f'({esc(t[str(s.stance)])}) <a href="{esc(s.url)}" dir="ltr" '
                            f'rel="noopener noreferrer">{esc(s.url)}</a>')
                    if source_dates(s, t):
                        item += f'<br><span class="meta">{esc(source_dates(s, t))}</span>'
                    if s.excerpt:
                        item += f'<blockquote class="excerpt">{_paras(s.excerpt)}</blockquote>'
                    out.append(item + "</li>")
                out.append("</ol>")
            if checked_line(claim, t):
                out.append(f'<p class="meta checked">{esc(t["checked_by"])}: <span dir="auto">'
                           f"{esc(claim.updated_by)}</span> · {esc(claim.updated_at[:10])}</p>")
            if claim.approval is not None:
                out.append(f'<p class="meta approved">{esc(t["approved_by"])}: <span dir="auto">'
                           f"{esc(claim.approval.by)}</span> · {esc(claim.approval.at[:10])}</p>")
            out.append("</section>")
            done += 1
            if progress:
                progress(done, total)
        out += _html_annex(annex(part.numbered(), t), t, ld)
        out.append("</article>")
    out += ["</body>", "</html>"]
    return ("\n".join(out) + "\n").encode("utf-8")


def _html_annex(entries: list[AnnexEntry], t: dict[str, str], ld: str) -> list[str]:
    if not entries:
        return []
    out = [f'<section class="annex" {ld}>', f"<h2>{esc(t['annex'])}</h2>", "<table>",
           f"<tr><th>{esc(t['sources'])}</th><th>{esc(t['captured'])}</th><th>SHA-256</th>"
           f"<th>{esc(t['stamped'])}</th></tr>"]
    for e in entries:
        out.append(f'<tr class="capture"><td>{esc(e.ref)}<br><a href="{esc(e.url)}" dir="ltr" '
                   f'rel="noopener noreferrer">{esc(e.url)}</a></td>'
                   f'<td dir="ltr">{esc(e.captured)}</td><td><code dir="ltr">{esc(e.sha256)}</code></td>'
                   f'<td>{esc(e.status(t))}' + (f'<br><span dir="ltr">{esc(e.stamp_detail)}</span>'
                                                if e.stamp_detail else "") + "</td></tr>")
    out += ["</table>", "</section>"]
    return out
