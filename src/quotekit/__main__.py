"""``python -m quotekit``: see :mod:`quotekit.cli`."""

from .cli import main

raise SystemExit(main())
