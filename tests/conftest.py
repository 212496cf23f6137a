"""Shared fixtures: one analyzer per test session (loading spaCy is the slow part)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import quotekit

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("QUOTEKIT_SHARED", ROOT.parent / "shared"))

settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def analyzer() -> quotekit.Analyzer:
    return quotekit.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED
