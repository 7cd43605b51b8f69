"""URL handling. Only urllib.parse (splitting, joining, quoting and
query strings) is provided: no urllib.request, urllib.error or
urllib.robotparser."""
