"""Tests of the tooling around the code: generator, templates, seam, docs, README, typing and completion gates."""
