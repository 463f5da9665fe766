"""``python -m sendlint``: the same as the ``sendlint`` command."""

from .cli import main

raise SystemExit(main())
