#!/usr/bin/env python3
"""Top-1 of /ask/ on a generated log: python3 ask.py CONTENT_DIR SITE_DIR [COUNT] [SEED]

Picks COUNT questions (default 100) from requests of three questions or more in CONTENT_DIR,
rewords each by rule (another opening, a word or two swapped for a synonym, one word dropped),
pastes them into SITE_DIR's /ask/ page as one numbered draft in headless Chromium, and counts how
often the first question listed is the original, or one asked in the same words elsewhere, since
the generator repeats its templates. Also counts how often the original's request is listed at
all in the three shown.
"""
import html
import http.server
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse

content, site = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 100
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)

OPENINGS = [('Please provide a copy of', 'Can I have a copy of'),
            ('Please provide a breakdown of', 'Could you break down'),
            ('Please confirm whether', 'Can you tell me if'), ('Please provide', 'Could you send'),
            ('How many', 'What number of'), ('How much', 'What amount'), ('What is', 'Tell me'),
            ('Does', 'Do you know if'), ('Is', 'Tell me whether')]
SYNONYMS = {'number': 'count', 'recorded': 'logged', 'employed': 'working', 'cost': 'spend',
            'copy': 'version', 'received': 'got', 'year': 'annual', 'used': 'employed',
            'policy': 'rules', 'breakdown': 'split', 'total': 'overall', 'staff': 'employees'}


def questions(path):
    text = open(path, encoding='utf-8').read()
    ref = re.search(r'^reference: (\S+)', text, re.M).group(1)
    asks = [a.strip().strip('"') for a in re.findall(r'^  - ask: (.*)$', text, re.M)]
    return ref, asks


def reword(ask):
    for old, new in OPENINGS:
        if ask.startswith(old + ' '):
            ask = new + ask[len(old):]
            break
    words = ask.split(' ')
    words = [SYNONYMS.get(w, w) for w in words]
    long = [i for i, w in enumerate(words) if i > 1 and len(w) >= 4 and w.isalpha()]
    if len(long) > 2:
        del words[rng.choice(long)]
    return ' '.join(words).replace('?', '') + '?'


picked = []
for folder, _, files in sorted(os.walk(os.path.join(content, 'requests'))):
    for name in sorted(files):
        ref, asks = questions(os.path.join(folder, name))
        if len(asks) >= 3:
            picked.append((ref, asks))
rng.shuffle(picked)
cases = []
for ref, asks in picked[:count]:
    n = rng.randrange(len(asks))
    cases.append((ref, n + 1, asks[n], reword(asks[n])))
text_of = {}
for folder, _, files in os.walk(os.path.join(content, 'requests')):
    for name in files:
        ref, asks = questions(os.path.join(folder, name))
        for i, a in enumerate(asks):
            text_of['/requests/%s/#q%d' % (ref.lower().replace('.', '-'), i + 1)] = a


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=site, **kwargs)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
draft = '\n'.join('%d. %s' % (i + 1, c[3]) for i, c in enumerate(cases))
with tempfile.TemporaryDirectory() as profile:
    dom = subprocess.run(['/usr/bin/chromium', '--headless=new', '--no-sandbox', '--disable-gpu',
                          '--user-data-dir=' + profile, '--virtual-time-budget=30000', '--dump-dom',
                          'http://127.0.0.1:%d/ask/?q=%s' % (server.server_address[1],
                                                             urllib.parse.quote_plus(draft))],
                         capture_output=True, text=True, check=False).stdout
server.shutdown()
sections = dom.split('<section class="foikb-ask">')[1:]
by_text = {c[3]: c for c in cases}
first = listed = read = own_request = own_first = 0
for section in sections:
    asked = re.search(r'foikb-ask__question">([^<]*)<', section)
    case = by_text.get(html.unescape(asked.group(1)) if asked else None)
    if case is None:
        continue
    read += 1
    links = [urllib.parse.urlparse(h).path + '#' + urllib.parse.urlparse(h).fragment
             for h in re.findall(r'<li class="foikb-result"><h2[^>]*><a [^>]*href="([^"]+)"', section)]
    slug = '/requests/%s/' % case[0].lower().replace('.', '-')
    if links and text_of.get(links[0]) == case[2]:
        first += 1
    elif os.environ.get('MISSES'):
        print('%s\n  asked %s\n  first %s' % (case[3], case[2], text_of.get(links[0]) if links else None))
    if links and links[0].startswith(slug):
        own_request += 1
        own_first += links[0] == '%s#q%d' % (slug, case[1]) or text_of.get(links[0]) == case[2]
    if any(l.startswith(slug) for l in links):
        listed += 1
print('ask on %s: %d reworded questions, %d found on the page; original first %d (%.0f%%); '
      'its request among the three listed %d (%.0f%%); where a question of its request is listed '
      'first, it is the original %d of %d' % (
          content, len(cases), read, first, 100 * first / read, listed, 100 * listed / read,
          own_first, own_request))
