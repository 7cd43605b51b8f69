"""URL handling; only the parse submodule is provided."""
