# SPDX-License-Identifier: MIT
"""--map-url PREFIX=URL: requests made through urllib or aiohttp to a URL starting with PREFIX go
to URL + the rest instead, so a script written for the internet runs against a local server."""
import urllib.request


def parse(specs):
    """[(prefix, replacement)] from "PREFIX=URL" texts; ValueError names a bad one."""
    pairs = []
    for spec in specs:
        prefix, sep, target = spec.partition("=")
        if not sep or not prefix or not target:
            raise ValueError("--map-url wants PREFIX=URL, not %r" % spec)
        pairs.append((prefix, target))
    return pairs


def rewrite(url, pairs):
    for prefix, target in pairs:
        if url.startswith(prefix):
            return target + url[len(prefix):]
    return url


def install(pairs):
    if not pairs:
        return
    opener_open = urllib.request.OpenerDirector.open

    def open_mapped(self, fullurl, *args, **kwargs):
        if isinstance(fullurl, str):
            fullurl = rewrite(fullurl, pairs)
        else:
            fullurl.full_url = rewrite(fullurl.full_url, pairs)
        return opener_open(self, fullurl, *args, **kwargs)

    urllib.request.OpenerDirector.open = open_mapped
    try:
        import aiohttp
    except ImportError:
        return  # the script cannot use aiohttp either
    session_request = aiohttp.ClientSession._request

    def request_mapped(self, method, str_or_url, *args, **kwargs):
        return session_request(self, method, rewrite(str(str_or_url), pairs), *args, **kwargs)

    aiohttp.ClientSession._request = request_mapped
