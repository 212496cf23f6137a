"""The scripts in examples/ run on the bundled article and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(script: str) -> str:
    return subprocess.run([sys.executable, str(EXAMPLES / script)], capture_output=True, text=True, check=True).stdout


def test_who_said_what():
    out = run("who_said_what.py")
    assert "Maria Okafor [named, direct]: This bridge will carry" in out
    assert "[anonymous" in out and "[agency" in out


def test_sourcing_profile():
    out = run("sourcing_profile.py")
    assert out.splitlines()[0].startswith("named") and "transparency" in out
