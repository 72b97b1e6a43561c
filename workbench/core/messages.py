"""Every message an error can carry: a stable code, and its English template with named fields.

An error is raised with a code and the values of its fields
(``raise InvalidInput("claim.exists", claim=claim.id)``); its English message is the template
filled in (``str(exc)``, what the command line prints). The window translates the *template*
(Qt context ``errors``) and fills in the same values, so no message is ever parsed back.

A value is data (an id, a path, a number, an OS error's text) and is shown as it is, except a
:class:`Term`: one of the domain's own words (a review state, a role, a kind of file...),
listed in :data:`TERMS`, which the window translates too. Sentences that differ by more than a
word are separate codes, so no English word is glued into a translated sentence.

``tools/i18n.py`` writes these templates and terms into ``workbench/ui/error_messages.py`` for
Qt's translation tools; ``tests/core/test_messages.py`` checks that every code raised is here
and every code here is raised.
"""

from __future__ import annotations

from string import Formatter

MESSAGES: dict[str, str] = {
    # -- articles, claims, sources, attachments ---------------------------------------------
    "session.no_user": "a user name is needed (--user NAME)",
    "article.not_found": "no article with id {article!r}",
    "article.empty": "the article is empty",
    "article.not_from_web": "article {article} was not imported from a web page",
    "article.no_title": "an article needs a title",
    "article.exists": "article {article} already exists",
    "claim.not_found": "no claim with id {claim!r}",
    "claim.exists": "claim {claim} already exists",
    "claim.span_taken": "this span ({start}-{end}) is already claim {claim}",
    "claim.span_taken_spaced": "this span ({start}-{end}) is claim {claim} ({taken_start}-{taken_end}) "
                               "with white space around it: the same words are already a claim",
    "claim.reopen_approved": "claim {claim} was approved by {user}; add --reopen to change it "
                             "(it goes back to draft and needs review again)",
    "claim.reopen_in_review": "claim {claim} is in review (submitted by {user}); add --reopen to "
                              "change it (it goes back to draft and needs review again)",
    "claim.changed_since": "{user} changed the {what} of claim {claim} at {time} UTC since you "
                           "opened it; nothing was saved (reload it to see their version)",
    "verdict.no_rationale": "a verdict needs a rationale: say why the claim is rated so",
    "source.not_found": "no source with id {source!r}",
    "source.bad_url": "source URL must start with http:// or https:// (got {url!r})",
    "url.spaces": "the address {url} holds spaces or control characters; type it again without them",
    "url.bad_port": "the address {url} has a port that is not a number from 1 to 65535",
    "url.credentials": "the address {url} holds a user name or password; remove them (workbench "
                       "stores no passwords)",
    "source.unknown_stance": "unknown stance {stance!r}; choose supports, refutes or context",
    "source.bad_published": "publication date {value!r} is not a date like 2023-09-19",
    "source.bad_accessed": "access date {value!r} is not a date like 2023-09-19",
    "source.unknown_fields": "unknown source field(s): {fields}",
    "file.not_attached": "no attached file with id {file!r}",
    "attachment.missing": "attachment {path} does not exist or is not a file",
    "attachment.not_plain": "attachment {name} is not a plain file name: {reason}; rename the file first",
    "bundle.unplain_name":
        "bundle {path} is refused: attached file {name} is not a plain file name ({reason}); nothing was imported",
    "filename.not_plain": "{name} is not a plain file name: {reason}",
    "savefile.hash_mismatch": "attached file {name} no longer matches its SHA-256; not written",
    "savefile.no_temp": "cannot make a temporary file in {folder}",
    "savefile.outside": "{name} would be written outside {folder}; not written",
    "savefile.too_many": "{folder} already holds {count} files named like {name}",
    "savefile.no_folder": "folder {path} does not exist or is not a folder",
    "savefile.is_folder": "{path} is a folder; give a file name to save {name} as",
    "savefile.no_parent": "cannot write {path}: folder {folder} does not exist",
    "attachment.too_large": "attachment {path} is larger than 100 MB",
    "attachment.unreadable": "cannot read attachment {path}: {error}",
    # -- spans and quotes --------------------------------------------------------------------
    "span.not_integers": "span offsets must be whole numbers",
    "span.reversed": "span start {start} is after its end {end}",
    "span.outside": "span {start}–{end} is outside the text (0–{length})",
    "span.empty": "the selection is empty: select the words of the claim",
    "span.start_splits": "span start {start} splits a letter from its marks",
    "span.end_splits": "span end {end} splits a letter from its marks",
    "quote.empty": "empty quote",
    "quote.not_found": "quote not found in the text: {quote!r}",
    # -- ratings -----------------------------------------------------------------------------
    "ratings.malformed": "rating scale is malformed: {error}",
    "ratings.no_keys": "rating scale needs at least one rating and unique keys",
    "ratings.out_of_range": "rating {rating!r} value {value} is outside {worst}–{best}",
    "rating.unknown": "unknown rating {rating!r}; choose one of: {choices}",
    # -- review ------------------------------------------------------------------------------
    # the states after "not" are those TRANSITIONS (core/review.py) allows the action from
    "review.cannot_submit": "cannot submit claim {claim}: it is {state}, not draft or changes_requested",
    "review.cannot_approve": "cannot approve claim {claim}: it is {state}, not in_review",
    "review.cannot_request_changes":
        "cannot request changes on claim {claim}: it is {state}, not in_review",
    "review.cannot_withdraw": "cannot withdraw claim {claim}: it is {state}, not in_review",
    "review.unknown_action": "unknown review action {action!r}",
    "review.no_verdict": "claim {claim} has no verdict yet; set one before submitting",
    "review.approve_editor_only": "only an editor may approve a claim; {user} is a {role}",
    "review.request_changes_editor_only":
        "only an editor may request changes on a claim; {user} is a {role}",
    "review.four_eyes_approve":
        "{user} wrote or last changed this verdict; another editor must approve it (four eyes)",
    "review.four_eyes_request_changes":
        "{user} wrote or last changed this verdict; another editor must request changes it (four eyes)",
    "review.comment_needed": "a request for changes needs a comment saying what to change",
    "review.roles_editor_only": "only an editor may set roles ({user} is not an editor)",
    "review.roles_editor_only_new_user": "only an editor may set roles (a new user is not an editor)",
    "user.no_name": "a user needs a name",
    "user.unknown_role": "unknown role {role!r}; choose checker or editor",
    "comment.empty": "the comment is empty",
    "comment.not_found": "no comment {comment!r} on claim {claim}",
    "comment.missing": "no comment {comment!r}",
    "comment.not_yours": "only {author} may take back their comment",
    "comment.has_replies": "the comment has replies; it stays",
    # -- proposals ---------------------------------------------------------------------------
    "proposal.not_found": "no proposal with id {proposal!r}",
    "proposal.not_accepted": "proposal {proposal} is not accepted",
    "proposal.not_dismissed": "proposal {proposal} is not dismissed",
    "proposal.already_accepted": "proposal {proposal} was already accepted by {user}",
    "proposal.already_dismissed": "proposal {proposal} was already dismissed by {user}",
    "proposal.span_taken": "this span is already claim {claim}",
    "proposal.overlaps": "proposal {proposal} overlaps claim {claim} ({start}-{end}); not accepted",
    # -- search ------------------------------------------------------------------------------
    "search.no_words": "nothing to search for: the query has no words",
    "search.unknown_kinds": "unknown kind(s) {kinds}; choose from {choices}",
    # -- importing text and pages ------------------------------------------------------------
    "import.no_file": "no file was named: give the path of the file to import",
    "import.paste_empty": "the pasted text is empty: there is no text to import",
    "import.empty": "{name} is empty: there is no text to import",
    "import.too_large": "{name} is {size}; the largest file workbench imports is {limit} "
                        "(split it, or import the part you are checking)",
    "import.binary_nul": "{name} is a binary file, not text (it contains NUL bytes)",
    "import.binary_controls": "{name} is a binary file, not text (it is full of control characters)",
    "import.binary_kind": "{name} is {kind}, not text; import text, Markdown or HTML",
    "import.broken_utf8": "{name} is UTF-8 text with bytes that are not UTF-8 (first at byte "
                          "{position}); the file is damaged: save it again as UTF-8 and import it again",
    "import.unknown_encoding": "cannot tell the encoding of {name}: no common encoding reads it "
                               "as text (is it a binary file?)",
    "import.bad_byte": "{name} cannot be read as {encoding}: bad byte at {position}",
    "import.blank": "{name} holds only white space: there is no text to import",
    "page.unreadable": "{name} is not a readable web page: {error}",
    "page.no_text": "no article text found in {name}: the page holds only navigation, scripts "
                    "or images",
    # -- files -------------------------------------------------------------------------------
    "file.missing": "{path} does not exist",
    "file.is_the_desk": "{path} is this desk's own database file: it is not read as a document",
    "output.is_the_desk": "{path} is this desk's own database file: choose another file to write",
    "file.not_a_file": "{path} is not a file",
    "file.unreadable": "cannot read {path}: {error}",
    "file.unwritable": "cannot write {path}: {error}",
    "file.write_folder": "cannot write {path}: it is a folder",
    "file.no_folder": "cannot write {path}: the folder does not exist",
    "file.path_through_file": "cannot write {path}: part of the path is a file, not a folder",
    "file.permission_denied": "cannot write {path}: permission denied",
    "file.exists": "{path} already exists; choose another name",
    "output.empty": "no file name given: the output path is empty",
    "output.exists": "{path} already exists; add --force to replace it",
    "output.is_folder": "{path} is a folder; give a file name",
    "output.no_folder": "cannot write {path}: folder {folder} does not exist",
    "output.not_folder": "cannot write {path}: {folder} is a file, not a folder",
    "output.cannot_create": "cannot write {path}: files cannot be created in {folder}",
    "output.permission": "cannot write {path}: no permission to write in {folder}",
    "output.failed": "cannot write {path}: writing in {folder} failed ({error})",
    # -- fetching ----------------------------------------------------------------------------
    "fetch.not_web_address": "not a web address: {url!r} (it must start with http:// or https://)",
    "fetch.bad_timeout": "the timeout must be a number of seconds above 0 and at most 3600, "
                         "not {timeout!r}",
    "fetch.slow": "{url} did not finish loading within {timeout:g} s",
    "fetch.timeout": "{url} did not answer within {timeout:g} s",
    "fetch.too_large_declared": "{url} is {size}; pages larger than {limit} are not fetched",
    "fetch.too_large": "{url} is larger than {limit}; pages that large are not fetched",
    "fetch.truncated_of": "{url} stopped after {got:,} of {expected:,} bytes; the page is "
                          "incomplete and was not kept",
    "fetch.truncated": "{url} stopped after {got:,} bytes; the page is incomplete and was not kept",
    "fetch.bad_redirect": "{url} redirects to {target}, which is not a web address; not followed",
    "fetch.redirect_loop": "{url} redirects in a loop or more than {limit} times; open it in a "
                           "browser to find the page's real address",
    "fetch.http_status": "the server answered {status} {reason} for {url}",
    "fetch.unreachable": "cannot reach {host}: {error}",
    "fetch.failed": "cannot fetch {url}: {error}",
    "fetch.not_html": "{url} is not a web page ({content_type}); download it and import the "
                      "file instead",
    "fetch.empty": "{url} returned an empty page",
    "fetch.unknown_type": "{url} did not say what it is and does not look like a web page",
    # -- trusted time (RFC 3161) and evidence ---------------------------------------------
    "timestamp.bad_url": "the time-stamping authority's address must start with http:// or "
                         "https:// (got {url!r}; workbench export-settings --tsa-url URL)",
    "timestamp.bad_digest": "a time stamp is asked for a SHA-256 (32 bytes), not {size} bytes",
    "timestamp.unreachable": "cannot reach the time-stamping authority {url}: {error}",
    "timestamp.timeout": "the time-stamping authority {url} did not answer within {timeout:g} s",
    "timestamp.http_status": "the time-stamping authority {url} answered {status} {reason}",
    "timestamp.not_a_reply": "the time-stamping authority {url} did not send a time-stamp "
                             "reply: {error}",
    "timestamp.rejected": "the time-stamping authority {url} refused the request ({status}): {reason}",
    "timestamp.nonce_mismatch": "the time-stamping authority {url} answered another request "
                                "(the nonce differs); its reply was not kept",
    "timestamp.reply_other_digest": "the time-stamping authority {url} stamped another SHA-256 "
                                    "than the one asked for; its reply was not kept",
    "timestamp.no_roots": "the desk names no trust roots for its time-stamping authority, so "
                          "no time stamp can be checked (workbench export-settings --tsa-roots PEMFILE)",
    "timestamp.bad_roots": "the trust roots are not PEM certificates: {error}",
    "timestamp.roots_unreadable": "cannot read trust roots {path}: {error}",
    "timestamp.unreadable": "the time stamp cannot be read (it is damaged): {error}",
    "timestamp.not_sha256": "the time stamp is over a hash other than SHA-256 ({algorithm})",
    "timestamp.other_digest": "the time stamp is for SHA-256 {stamped}, not {sha256}",
    "timestamp.untrusted": "the time stamp's authority ({tsa}) does not chain to the desk's "
                           "trust roots: {error}",
    "timestamp.not_tsa_certificate": "the time stamp was not signed by a time-stamping "
                                     "certificate: {error}",
    "timestamp.bad_signature": "the time stamp's signature does not hold (it was altered): {error}",
    "evidence.hash_mismatch": "{kind} {item} no longer matches its SHA-256 (recorded {sha256}, "
                              "now {actual})",
    "evidence.not_recorded": "{kind} {item} is not the one the audit trail recorded (SHA-256 {sha256}, "
                             "the audit trail recorded {recorded}); run workbench check",
    # -- captures of web sources (services/capture.py) -------------------------------------
    "capture.not_found": "no capture with id {capture!r}",
    "capture.not_web": "{url} is not a web address (only http:// and https:// pages are captured)",
    "capture.bidi_url": "the address {url} holds invisible direction controls; type it again without them",
    "capture.unresolved": "cannot capture: the host {host} does not resolve (no such name)",
    "capture.unreachable": "cannot capture: {host} does not answer ({error})",
    "capture.tls": "cannot capture: the secure connection to {host} failed ({error})",
    "capture.timeout": "cannot capture {url}: it did not finish loading in time",
    "capture.too_large": "cannot capture {url}: it is larger than {limit}",
    "capture.truncated": "cannot capture {url}: the connection closed after {got:,} of {expected:,} bytes",
    "capture.garbage": "cannot capture {url}: the server's answer is not valid HTTP ({error})",
    "capture.http_status": "cannot capture {url}: the server answered {status} {reason}",
    "capture.bad_redirect": "cannot capture {url}: it redirects to {target}, which is not a web address",
    "capture.redirect_loop": "cannot capture {url}: it redirects in a loop (back to {target})",
    "capture.too_many_redirects": "cannot capture {url}: it redirects more than {limit} times",
    "capture.cancelled": "the capture of {url} was cancelled; nothing was stored",
    "capture.no_page": "the capture of {url} holds no page",
    "capture.altered": "capture {capture} no longer matches its SHA-256; it is not shown",
    "capture.not_recorded": "capture {capture} is not the one the audit trail recorded (its SHA-256 "
                            "was changed with its bytes); it is not used",
    "capture.unreadable": "capture {capture} is not a readable WARC file ({error}); it is not shown",
    "capture.altered_export": "capture {capture} of {url} was altered outside workbench (its bytes "
                              "do not match the SHA-256 the audit trail recorded); nothing was "
                              "exported (run workbench check)",
    # -- bundles -----------------------------------------------------------------------------
    "bundle.target_is_folder": "{path} is a folder; give a file name for the bundle",
    "bundle.unwritable": "cannot write bundle {path}: {error}",
    "bundle.missing": "bundle {path} does not exist or is not a file",
    "bundle.too_large": "bundle {path} is larger than 2 GB",
    "bundle.not_a_bundle": "{path} is not a workbench bundle",
    "bundle.unreadable": "cannot read bundle {path}: {error}",
    "bundle.version": "bundle {path} has version {version}; this workbench reads version {supported}",
    "bundle.file_missing": "bundle is damaged: file {file} is missing",
    "bundle.file_hash": "bundle is damaged: file {file} does not match its SHA-256",
    "bundle.capture_missing": "bundle is damaged: the capture {capture} of {url} is missing",
    "bundle.capture_hash": "bundle is damaged: the capture {capture} of {url} does not match its SHA-256",
    "bundle.bad_resolution": "resolve {claim} with 'theirs' or 'ours', not {side!r}",
    "bundle.damaged": "bundle {path} is damaged: {error}",
    "bundle.article_differs": "article {article} has a different text here; not merged",
    # -- export ------------------------------------------------------------------------------
    "export.no_org_name": "the organisation's name is not set "
                          "(workbench export-settings --org-name NAME)",
    "export.bad_org_url": "the organisation's URL must start with http:// or https:// "
                          "(got {url!r}; workbench export-settings --org-url URL)",
    "export.pattern_unknown_fields": "unknown field(s) {fields} in the fact-check URL pattern; "
                                     "use {choices}",
    "export.pattern_no_claim_id": "the fact-check URL pattern needs {{claim_id}}: each claim has "
                                  "its own page",
    "export.pattern_malformed": "the fact-check URL pattern {pattern!r} is malformed: {error}",
    "export.pattern_not_http": "the fact-check URL pattern gives {url!r}, not an http(s) address",
    "export.no_verdict": "no claim to export has a verdict yet; {format} needs one",
    "export.unknown_format": "unknown export format {format!r}; choose one of: {choices}",
    "export.json_stdout": "--json cannot go with -o -: the export itself goes to standard output",
    "export.binary_stdout": "{format} cannot go to standard output; give -o FILE",
    "export.no_evidence": "no claim to export has a captured source or an attached file: the evidence "
                          "pack would be empty, nothing was written",
    "export.article_empty": "article {article} has no claims to export",
    "export.database_empty": "this database has no claims to export",
    "export.article_unapproved": "article {article} has no approved claims to export "
                                 "(--all-states exports drafts and claims in review too)",
    "export.database_unapproved": "this database has no approved claims to export "
                                  "(--all-states exports drafts and claims in review too)",
    # -- the database ------------------------------------------------------------------------
    "db.locked": "database {path} is locked by another program; close it and try again",
    "db.read_only": "database {path} is read-only; choose a writable location with --db",
    "db.corrupt": "{path} is not a workbench database (or it is damaged): {error}",
    "db.cannot_open": "cannot open database {path}: {error}",
    "db.error": "database {path}: {error}",
    "gui.display_unreachable": "cannot reach the X display {display} ({where}): no X server "
                               "answers there; start one or set DISPLAY to one that runs, or use "
                               "the command line (`workbench --help`), or for a script "
                               "`QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`",
    "gui.wayland_unreachable": "cannot reach the Wayland display {display} (no socket at {path}); "
                               "set WAYLAND_DISPLAY (and XDG_RUNTIME_DIR) to a running compositor, "
                               "or use the command line (`workbench --help`), or for a script "
                               "`QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`",
    "gui.no_screen": "no screen to show the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                     "use the command line (`workbench --help`), or for a script "
                     "`QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`",
    "trail.warn_broken": "audit trail broken at event {seq}: {reason}. The record of who did what "
                         "can no longer be trusted; run `workbench check` and restore from a backup.",
    "trail.warn_damaged": "database damaged: {problem}. The record of who did what can no longer "
                          "be trusted; run `workbench check` and restore from a backup.",
    "trail.warn_drift": "changed outside workbench ({count} in all): {what}. The record of who did "
                        "what can no longer be trusted; run `workbench check` and restore from a backup.",
    "trail.warn_evidence": "evidence changed outside workbench ({count} in all): capture {capture} "
                           "(source {source}) no longer matches its SHA-256. Run `workbench check` "
                           "and restore from a backup.",
    "trail.warn_evidence_recorded": "evidence changed outside workbench ({count} in all): capture "
                                    "{capture} (source {source}) is not the one the audit trail "
                                    "recorded. Run `workbench check` and restore from a backup.",
    "copy.empty_dest": "copy-to was given an empty DEST; name the database file to copy into",
    "db.empty_path": "--db was given an empty path; name a database file (or leave out --db)",
    "db.empty_file": "{path} is an empty file, not a database; delete it or choose another --db",
    "db.no_folder": "cannot use database {path}: folder {folder} does not exist (it is not created)",
    "db.is_folder": "{path} is a folder, not a database file",
    "db.cannot_create_folder": "cannot create folder {path}: {error}",
    "db.newer_schema": "database {path} was written by a newer version of workbench (schema "
                       "{version}, this version knows {supported}); update workbench to open it",
    "db.newer_steps": "database {path} was written by a newer version of workbench (schema steps "
                      "{steps}); update workbench to open it",
    "db.foreign": "{path} is an SQLite database, but not a workbench database",
    "db.no_wal": "database {path} cannot switch to WAL mode ({mode})",
    # -- moving a desk (copy-to) ---------------------------------------------------------
    "copy.same_store": "cannot copy a desk onto itself ({path}); name another database",
    "copy.target_not_empty": "{target} already holds a desk ({held}); copy into a new or empty "
                             "database, nothing was copied",
    "copy.source_trail_broken": "the desk's audit trail is broken at event {seq} ({reason}); "
                                "run `workbench check`, nothing was copied",
    "copy.file_hash": "attached file {file} ({id}) of claim {claim} no longer matches its SHA-256; "
                      "nothing was copied",
    "copy.evidence_hash": "the page article {article} was imported from no longer matches its "
                          "SHA-256; nothing was copied",
    "copy.capture_hash": "the capture {capture} of {url} (claim {claim}) no longer matches its "
                         "SHA-256; nothing was copied",
    "db.pg_unreachable": "cannot reach the PostgreSQL server of {path}; is it running, and are the "
                         "host and port right?",
    "db.pg_password": "the PostgreSQL server of {path} refused the login (wrong user name or password)",
    "db.pg_no_password": "the PostgreSQL server of {path} asks for a password and none was given: put "
                         "it in ~/.pgpass, PGPASSWORD or a service file (the window asks for it)",
    "db.pg_no_database": "the PostgreSQL server has no database named in {path}; create it first "
                         "(createdb) or check the name",
    "desk.user_not_login": "--user {user} cannot speak for someone else: on this desk you act as "
                           "your login, {login}",
    "desk.user_fixed": "on this desk you work as your login, {login}; to work as someone else, "
                       "open the desk with their login",
    "desk.refused": "the desk's server refused this to {login}: {error}",
    "desk.needs_owner": "{path} needs an upgrade that only the desk's owner may apply ({login} cannot); "
                        "ask them to run any workbench command on it",
    "desk.cannot_create_roles": "{login} may not create the desk's roles ({error}); run desk init as the "
                                "database's owner with CREATEROLE (or a superuser)",
    "desk.not_server": "{path} is not a desk on a server: people and their passwords belong to a "
                       "PostgreSQL desk (--db postgresql://...)",
    "desk.password_on_command_line": "a password is never given on the command line; use "
                                     "--password-stdin (or run without a password for an existing login)",
    "desk.password_stdin": "a new login needs a password: give it on standard input with --password-stdin",
    "desk.password_not_here": "--password-stdin is for a desk on a server; a desk in a file has no passwords",
    "desk.no_password": "the password read from standard input is empty",
    "desk.login_exists": "{name} is already a role on this server, but not one of this desk; choose "
                         "another name (or ask the server's administrator)",
    "db.pg_foreign": "{path} is a PostgreSQL database, but not a workbench desk (it has tables and no "
                     "workbench migrations)",
}

#: The domain's words an error may carry as a value (see :class:`Term`); the window translates
#: them in context ``errors`` like the templates.
TERMS: tuple[str, ...] = (
    # review states (ReviewState) and roles (Role); "new user (checker)": someone not yet a user
    "draft", "in_review", "approved", "changes_requested",
    "checker", "editor", "new user (checker)",
    # what textio calls input that has no file name
    "the input", "the pasted text", "the page",
    # kinds of binary file textio recognises (textio._MAGIC)
    "a PDF document", "a PNG image", "a JPEG image", "a GIF image",
    "a ZIP archive (or a Word/OpenDocument file)", "a gzip archive", "a program",
    "an old Office document", "an SQLite database", "a media file", "an audio file",
    "a RAR archive", "a 7-Zip archive",
    # what someone else changed in a claim since it was opened (services/desk.py)
    "statement", "verdict", "rationale", "sources", "review state", "claim",
    # export formats (export.common.FORMATS titles)
    "ClaimReview JSON-LD", "CSV (spreadsheet)", "Markdown report", "HTML report", "PDF report",
    "WACZ evidence pack",
    # kinds of evidence `evidence verify` checks (core/evidence_check.py)
    "attached file", "capture",
)
_TERMS = frozenset(TERMS)


class Term(str):
    """A value that is one of the domain's words (:data:`TERMS`): the English word in the
    English message, its translation in the window."""

    __slots__ = ()


def term(value: str) -> Term:
    """``value`` (a state, role, kind...) marked as a word to translate; it must be in
    :data:`TERMS`, so a new word fails loudly instead of going untranslated."""
    if str(value) not in _TERMS:
        raise ValueError(f"{value!r} is not one of the error message terms (core/messages.py TERMS)")
    return Term(str(value))


def fields(template: str) -> list[tuple[str, str, str]]:
    """``(name, conversion, format_spec)`` of each field of ``template``, in order."""
    return [(name, conv or "", spec or "") for _, name, spec, conv in Formatter().parse(template)
            if name is not None]


def english(code: str, params: dict) -> str:
    """The English message of ``code`` with ``params``; an unknown code or a missing field
    raises (a mistake at the raise site, not something to show)."""
    try:
        template = MESSAGES[code]
    except KeyError:
        raise ValueError(f"unknown error code {code!r} (core/messages.py MESSAGES)") from None
    return template.format(**params)
