"""graphbuild: a knowledge graph of international electoral cooperation."""
