"""Helpers shared by the demo-data build and check scripts."""

from __future__ import annotations

import csv
import sys
from pathlib import Path


class BuildError(Exception):
    """A decision table and the source data disagree: stop rather than write bad data."""


def fail(message: str) -> None:
    raise BuildError(message)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def join_notes(*parts: str) -> str:
    """Sentences joined into one note, each starting with a capital and ending with a full stop."""
    sentences = (p.strip().rstrip(".") for p in parts if p and p.strip())
    return " ".join(s[0].upper() + s[1:] + "." for s in sentences)


class Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")


def expect(problems: Problems, ok: bool, message: str) -> None:
    if not ok:
        problems.add("expected content", message)
