"""One module per ``dateline`` command; each exposes ``register(app)``."""
