"""Numeric kernels modelled on widely used public projects (issue 13)."""
