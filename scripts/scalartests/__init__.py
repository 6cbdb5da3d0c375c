"""The generators behind scripts/gen-scalar-tests.py."""
