# Parses an access log and an app log with regular expressions: verbose
# patterns, named groups, groupdict, sub with a function, split and counting.
import re
from collections import Counter, defaultdict

ACCESS = re.compile(r'''
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<day>\d{2})/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>[\d:]+) \s [+-]\d{4}\] \s+
    "(?P<method>GET|POST|PUT|DELETE) \s (?P<path>[^ "?]+)(?:\?(?P<query>[^ "]*))? \s HTTP/(?P<ver>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+|-)
''', re.VERBOSE)

log = '''\
192.168.0.1 - alice [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.7 - - [10/Oct/2023:13:56:01 +0000] "POST /api/login?next=%2Fhome&x=1 HTTP/1.1" 302 -
192.168.0.1 - alice [10/Oct/2023:13:57:12 +0000] "GET /img/logo.png HTTP/1.1" 304 0
172.16.5.4 - bob [11/Oct/2023:08:01:00 +0000] "DELETE /api/items/42 HTTP/2.0" 404 512
garbage line that does not match
10.0.0.7 - - [11/Oct/2023:09:15:45 +0000] "GET /search?q=regex+engine&page=2 HTTP/1.1" 200 10432
'''

by_status = Counter()
bytes_by_ip = defaultdict(int)
for n, line in enumerate(log.splitlines(), 1):
    m = ACCESS.match(line)
    if not m:
        print('line %d: no match: %r' % (n, line))
        continue
    d = m.groupdict()
    by_status[d['status']] += 1
    if d['size'] != '-':
        bytes_by_ip[d['ip']] += int(d['size'])
    params = dict(re.findall(r'([^&=]+)=([^&]*)', d['query'] or ''))
    print(n, d['method'], d['path'], d['status'], params, m.span('path'))
print(sorted(by_status.items()), dict(sorted(bytes_by_ip.items())))

APP = re.compile(r'^(?P<ts>\S+ \S+) (?P<level>[A-Z]+)\s+(?P<src>[\w.]+): (?P<msg>.*)$', re.M)
app = """2023-10-10 13:55:36,001 INFO  app.main: starting version 1.4.2
2023-10-10 13:55:37,120 WARNING app.db: slow query (1532 ms): SELECT * FROM users WHERE id = 42
2023-10-10 13:55:38,004 ERROR app.api: request failed: user=alice code=500 path=/api/items
2023-10-10 13:55:39,500 INFO  app.main: 3 workers ready
2023-10-10 13:55:40,000 ERROR app.db: connection lost (retry 1/3) host=db1.local
"""
for m in APP.finditer(app):
    msg = m['msg']
    kv = dict(re.findall(r'(\w+)=(\S+)', msg))
    nums = [int(x) for x in re.findall(r'\b\d+\b', msg)]
    redacted = re.sub(r'(?<=user=)\w+', lambda mm: '*' * len(mm.group()), msg)
    print(m.group('level'), m['src'].split('.')[-1], kv, nums, redacted)
levels = Counter(re.findall(r'^\S+ \S+ ([A-Z]+)', app, re.M))
print(sorted(levels.items()))
print(re.sub(r'(\d{4})-(\d\d)-(\d\d)', r'\3.\2.\1', app.splitlines()[0]))
print(re.subn(r'\d+(?:,\d+)?', '#', app.splitlines()[1]))
print([s for s in re.split(r'\s*[:;,]\s*|\s+-\s+', 'a: b, c ;d - e') if s])
ms = re.compile(r'\((\d+) ms\)')
print(sum(int(x) for x in ms.findall(app)), ms.search(app).expand(r'took \1ms'))
