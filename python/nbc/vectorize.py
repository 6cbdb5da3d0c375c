"""@nbc.vectorize and @nbc.guvectorize (filled in below)."""


def vectorize(*args, **kwargs):
    raise NotImplementedError


def guvectorize(*args, **kwargs):
    raise NotImplementedError
