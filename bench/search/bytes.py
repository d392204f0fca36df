#!/usr/bin/env python3
"""Index bytes one query fetches, without Node: python3 bytes.py SITE_DIR PAGE QUERY...

Serves SITE_DIR on 127.0.0.1 and, for each query, has a fresh headless Chromium profile load
PAGE?q=QUERY (PAGE is /search/ or /ask/) and run its scripts for a few seconds; prints the files
served under /search/ (the index: meta, shards, tail lists, postings, result chunks) and their
bytes, raw and gzipped. measure.mjs also times the results; this needs only Chromium.
"""
import gzip
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import urllib.parse

site, page, queries = sys.argv[1], sys.argv[2], sys.argv[3:]
served = []


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=site, **kwargs)

    def log_message(self, *args):
        pass

    def send_head(self):
        path = urllib.parse.urlparse(self.path).path
        if path.startswith('/search/') and not path.endswith('/'):
            served.append(path)
        return super().send_head()


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
origin = 'http://127.0.0.1:%d' % server.server_address[1]
for query in queries:
    served.clear()
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(['/usr/bin/chromium', '--headless=new', '--no-sandbox', '--disable-gpu',
                        '--user-data-dir=' + profile, '--virtual-time-budget=5000', '--dump-dom',
                        origin + page + '?q=' + urllib.parse.quote_plus(query)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    raw = zipped = 0
    for path in served:
        file = os.path.join(site, path.lstrip('/'))
        if not os.path.isfile(file):
            continue  # a 404, which the page expects for a shard with nothing in it
        body = open(file, 'rb').read()
        raw += len(body)
        zipped += len(gzip.compress(body))
    print('%-40s %3d files %8.1f KB %8.1f KB gzip  %s' % (
        query, len(served), raw / 1000, zipped / 1000, ' '.join(sorted(set(p[8:] for p in served)))))
server.shutdown()
