"""Collection for the whole repository (pytest also collects ``src/quotekit`` doctests)."""

from __future__ import annotations

try:  # quotekit.dask needs the [dask] extra: without it its doctests are not collected
    import dask.bag  # noqa: F401
    import dask.dataframe  # noqa: F401
    import pyarrow  # noqa: F401
except ImportError:
    collect_ignore = ["src/quotekit/dask.py"]
