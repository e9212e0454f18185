#!/usr/bin/env python3
"""Summaries of async-profiler's collapsed stacks (one line per stack: "frame;frame;... count"), for profile.sh.

  stacks.py FILE threads                       samples per thread (numbers in thread names folded)
  stacks.py FILE frames THREAD_RE FRAME_RE N   the N frames matching FRAME_RE with the most samples under them,
                                               in threads matching THREAD_RE (a frame counted once per stack)
  stacks.py FILE self THREAD_RE N              the N frames most often on top of the stack (where the CPU is)
"""
import collections
import re
import sys


def stacks(path):
    with open(path) as f:
        for line in f:
            stack, _, n = line.rstrip().rpartition(" ")
            frames = stack.split(";")
            thread = re.sub(r"(?<=[-#])\d+", "N", re.sub(r" tid=\d+", "", frames[0]))
            yield thread, [re.sub(r"\$\$Lambda.*", "$$Lambda", f) for f in frames[1:]], int(n)


def show(counter, total, n):
    for k, v in counter.most_common(n):
        print(f"{v:8d} {100.0 * v / total:5.1f}%  {k}")


def main(argv):
    path, mode = argv[1], argv[2]
    if mode == "threads":
        c = collections.Counter()
        for thread, _, n in stacks(path):
            c[thread] += n
        total = sum(c.values())
        print(f"samples: {total}")
        show(c, total, 12)
        return
    thread_re = re.compile(argv[3])
    c, total = collections.Counter(), 0
    frame_re = re.compile(argv[4]) if mode == "frames" else None
    n = int(argv[5] if mode == "frames" else argv[4])
    for thread, frames, k in stacks(path):
        if not thread_re.search(thread):
            continue
        total += k
        if mode == "self":
            c[frames[-1] if frames else "?"] += k
        else:
            for f in set(frames):
                if frame_re.search(f):
                    c[f] += k
    print(f"samples in {argv[3]}: {total}")
    show(c, max(total, 1), n)


if __name__ == "__main__":
    main(sys.argv)
