#!/usr/bin/env python3
# Sign-in latency with the second factor (not run by CI): against a running server, enrols each
# staff account of ACCOUNTS (lines "email password") through the pages, then times password +
# code sign-ins.   python3 .ci/signin-latency.py http://127.0.0.1:8080 accounts.txt
# Sign-in latency with the second factor, against a running release server: each staff account
# is enrolled once (through the pages), then signs in with password + code.
import base64, hashlib, hmac, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request

BASE = sys.argv[1]
accounts = [line.rstrip("\n").split(" ", 1) for line in open(sys.argv[2])]

def totp(secret, at=None, step_offset=0):
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    counter = int((at or time.time()) // 30) + step_offset
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    o = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None

def browser():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

def get(op, path):
    try:
        r = op.open(BASE + path)
        return r.status, r.read().decode(), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), e.headers

def post(op, path, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        r = op.open(urllib.request.Request(BASE + path, data=data))
        return r.status, r.read().decode(), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), e.headers

def csrf(page):
    return re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)

secrets = {}
for email, password in accounts:
    op = browser()
    _, page, _ = get(op, "/login")
    s, _, h = post(op, "/login", {"csrf_token": csrf(page), "email": email, "password": password})
    _, page, _ = get(op, h["Location"])
    secret = re.search(r'id="secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
    s, _, _ = post(op, "/account/second-factor", {"csrf_token": csrf(page), "code": totp(secret)})
    assert s in (200, 303) and "error" not in page.lower()[:0], s
    secrets[email] = secret
time.sleep(31)  # the enrolment's code step is spent: the next sign-ins use a fresh step

times = {"password": [], "code page": [], "code": [], "whole": []}
for email, password in accounts:
    op = browser()
    _, page, _ = get(op, "/login")
    t0 = time.perf_counter()
    s, _, h = post(op, "/login", {"csrf_token": csrf(page), "email": email, "password": password})
    t1 = time.perf_counter()
    s2, page, _ = get(op, h["Location"])
    t2 = time.perf_counter()
    s3, _, h3 = post(op, "/sign-in/second-factor", {"csrf_token": csrf(page), "code": totp(secrets[email]), "next": ""})
    t3 = time.perf_counter()
    assert (s, s2, s3) == (303, 200, 303), (s, s2, s3)
    times["password"].append(t1 - t0); times["code page"].append(t2 - t1)
    times["code"].append(t3 - t2); times["whole"].append(t3 - t0)
for k, v in times.items():
    v.sort()
    print(f"{k:10s} median {v[len(v)//2]*1000:6.1f} ms  min {v[0]*1000:6.1f}  max {v[-1]*1000:6.1f}  (n={len(v)})")
