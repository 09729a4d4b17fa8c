"""``python -m reprint_guard``: the same as the ``reprint-guard`` command."""

from .cli import main

main()
