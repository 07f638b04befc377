"""graphbuild: a knowledge graph of international electoral cooperation."""

__version__ = "0.1.0"
