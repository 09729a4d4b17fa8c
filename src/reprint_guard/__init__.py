"""reprint_guard: find unlicensed reprints of protected news articles."""
