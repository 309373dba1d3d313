"""stats: figures from Chinese news and government text, as tidy tables."""

__version__ = "0.1.0"
