"""Print who said what in an article, with the sourcing of each quote.

    python examples/who_said_what.py [FILE]   (default: examples/harbor_bridge.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotekit

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("harbor_bridge.txt")
article = quotekit.load()(path.read_text(encoding="utf-8"), path=str(path))
for quote in article.quotes:
    speaker = quote.speaker.name if quote.speaker else "(unknown)"
    via = f" via {', '.join(v.name for v in quote.via)}" if quote.via else ""
    print(f"{speaker} [{quote.attribution}{via}, {quote.kind}]: {' '.join(quote.text.split())}")
