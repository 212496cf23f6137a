"""The seed articles' expected attributions (../shared/gold), checked as the gold README says."""

from __future__ import annotations

import json
import re

import pytest


def _words(name: str) -> set[str]:
    return set(re.sub(r"[^\w\s]", " ", name.replace("-", " ")).lower().split())


def _cases(shared):
    gold = json.loads((shared / "gold" / "seeds-visible.json").read_text())
    for name, expected in gold["docs"].items():
        for item in expected:
            yield name, item


def test_every_gold_attribution(analyzer, shared):
    failures = []
    for name, item in _cases(shared):
        text = (shared / "seeds" / name).read_text()
        article = analyzer(text)
        anchor_start = text.index(item["anchor"])
        anchor_end = anchor_start + len(item["anchor"])
        half = len(item["anchor"]) / 2
        match = next(
            (q for q in article.quotes if min(q.end, anchor_end) - max(q.start, anchor_start) >= half), None
        )
        problems = []
        if match is None:
            problems.append("no quote covers the anchor")
        else:
            if item["speaker"] is not None:
                got = _words(match.speaker.name) if match.speaker else set()
                if not _words(item["speaker"]) <= got:
                    problems.append(f"speaker {match.speaker.name if match.speaker else None!r}")
            if match.attribution != item["type"]:
                problems.append(f"type {match.attribution}")
            if match.kind != item["kind"]:
                problems.append(f"kind {match.kind}")
            vias = " ".join(v.name for v in match.via).lower()
            for via in item.get("via", []):
                if via.lower() not in vias:
                    problems.append(f"via {[v.name for v in match.via]}")
        if problems:
            failures.append(f"{name} {item['anchor'][:40]!r}: {', '.join(problems)}")
    assert not failures, "\n".join(failures)
