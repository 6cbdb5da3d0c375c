"""The frontend: Python source -> nbc dialect IR (MLIR text)."""
