"""Package and pipeline versions."""

__version__ = "0.1.0"
