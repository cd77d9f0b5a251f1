"""Subcommands of ``seller-composer``: each module registers a parser and a ``run`` function."""
