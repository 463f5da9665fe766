"""Built-in Python checks, metrics and analyzers, by family. Collected by :mod:`sendlint.builtin`.

Each module exports ``CHECKS`` (name -> check function), and optionally ``METRICS`` and ``ANALYZERS``.
Heavy libraries are imported inside the functions that need them, so importing this package is cheap.
"""
