"""Use cases: one transaction per user action, each returning what changed."""

from .session import ArticleSnapshot, Change, ClaimSnapshot, SourceSnapshot, Workbench
from .factory import default_db_path, open_workbench

__all__ = ["ArticleSnapshot", "Change", "ClaimSnapshot", "SourceSnapshot", "Workbench", "default_db_path", "open_workbench"]
