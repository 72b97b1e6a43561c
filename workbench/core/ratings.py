"""The rating scale: keys, Arabic and English labels, an ordinal value where one exists.

The scale is data (``resources/ratings.json`` by default) so a desk can configure its own.
Ordinal ratings carry a value on 1 (false) … 5 (true); categorical ones (missing context,
unverifiable) carry none.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InvalidInput


@dataclass(frozen=True)
class Rating:
    key: str
    label_en: str
    label_ar: str
    value: int | None
    color: str

    def label(self, language: str) -> str:
        return self.label_ar if language.startswith("ar") else self.label_en


@dataclass(frozen=True)
class RatingScale:
    ratings: tuple[Rating, ...]
    best: int = 5
    worst: int = 1

    @classmethod
    def from_dict(cls, data: dict) -> "RatingScale":
        try:
            ratings = tuple(
                Rating(
                    key=str(r["key"]),
                    label_en=str(r["label_en"]),
                    label_ar=str(r["label_ar"]),
                    value=None if r.get("value") is None else int(r["value"]),
                    color=str(r.get("color", "#cccccc")),
                )
                for r in data["ratings"]
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput("ratings.malformed", error=exc) from None
        keys = [r.key for r in ratings]
        if len(set(keys)) != len(keys) or not keys:
            raise InvalidInput("ratings.no_keys")
        scale = cls(ratings, int(data.get("best", 5)), int(data.get("worst", 1)))
        for r in ratings:
            if r.value is not None and not scale.worst <= r.value <= scale.best:
                raise InvalidInput("ratings.out_of_range", rating=r.key, value=r.value, worst=scale.worst, best=scale.best)
        return scale

    @property
    def keys(self) -> list[str]:
        return [r.key for r in self.ratings]

    def get(self, key: str | None) -> Rating:
        for r in self.ratings:
            if r.key == key:
                return r
        raise InvalidInput("rating.unknown", rating=key, choices=", ".join(self.keys))

    def __contains__(self, key: object) -> bool:
        return any(r.key == key for r in self.ratings)
