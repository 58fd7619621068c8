#!/usr/bin/env python3
"""A quote backlog for bench/footprint.sh, over plain RESP (no client library needed).
  backlog.py PORT N          pushes N valid v1 quotes to a side list (100 bench assets,
                             5-minute steps, so none is a duplicate of another)
  backlog.py PORT --release  renames the side list onto the queue: the consumer sees a
                             full backlog at once
  backlog.py PORT --depth    prints queue + processing depth (0 once drained)
"""
import socket
import sys
from datetime import datetime, timedelta, timezone

SIDE = b"cryptoviz:bench:backlog"
QUEUE = b"cryptoviz:quotes"
PROCESSING = b"cryptoviz:quotes:processing:consumer-1"


def command(*args):
    out = b"*%d\r\n" % len(args)
    for a in args:
        out += b"$%d\r\n%s\r\n" % (len(a), a)
    return out


def read_reply(f):
    line = f.readline()
    kind, rest = line[:1], line[1:-2]
    if kind == b"-":
        raise SystemExit("redis: " + rest.decode())
    if kind == b"$":
        n = int(rest)
        return None if n < 0 else f.read(n + 2)[:-2]
    return rest


def main():
    port = int(sys.argv[1])
    s = socket.create_connection(("127.0.0.1", port))
    f = s.makefile("rb")
    arg = sys.argv[2]
    if arg == "--release":
        s.sendall(command(b"RENAME", SIDE, QUEUE))
        read_reply(f)
        return
    if arg == "--depth":
        s.sendall(command(b"LLEN", QUEUE) + command(b"LLEN", PROCESSING))
        print(int(read_reply(f)) + int(read_reply(f)))
        return
    n = int(arg)
    s.sendall(command(b"DEL", SIDE))
    read_reply(f)
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=5 * (n // 100 + 1))
    fetched = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    chunk, sent = [], 0
    for i in range(n):
        ts = (start + timedelta(minutes=5 * (i // 100))).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        asset = b"bench-%d" % (i % 100)
        chunk.append(b'{"v":1,"assetId":"%s","symbol":"B%d","name":"Bench %d","priceUsd":%d.5,'
                     b'"percentChange24h":0.1,"marketCapUsd":1000000.0,"volume24hUsd":1000.0,"source":"COINGECKO",'
                     b'"sourceTimestamp":"%s","fetchedAt":"%s"}' % (asset, i % 100, i % 100, 100 + i % 1000, ts, fetched))
        if len(chunk) == 10000 or i == n - 1:
            s.sendall(command(b"RPUSH", SIDE, *chunk))
            read_reply(f)
            sent += len(chunk)
            chunk = []
    print(sent)


main()
