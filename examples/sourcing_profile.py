"""Print an article's sourcing profile: how much rests on named, agency and anonymous sources.

    python examples/sourcing_profile.py [FILE]   (default: examples/harbor_bridge.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotekit

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("harbor_bridge.txt")
profile = quotekit.load()(path.read_text(encoding="utf-8")).profile
for kind in ("named", "agency", "anonymous", "unknown"):
    print(f"{kind:9} quotes={profile.quotes[kind]:2}  sources={profile.sources[kind]:2}  words={profile.word_share[kind]:.0%}")
print(f"agency reliance {profile.agency_reliance:.0%}, transparency {profile.transparency:.2f}")
for source in profile.top_sources:
    print(f"  {source.name} ({source.attribution}): {source.quotes} quotes, {source.words} words")
for warning in profile.warnings:
    print(f"  warning: {warning}")
