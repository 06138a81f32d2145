#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Plugboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The REST API under load, against the floor of its own stack, measured with wrk.

Two servers run as processes of their own (bench_api_server):
  * plugboard: Plugboard's REST API over 200 plugins, the plugin "noop" enabled; every request
    carries the bearer token and passes the gate, the router and a real run through the
    embedded Python (a round trip to the plugin's worker thread);
  * bare: a bare QHttpServer route returning a constant (no token, no plugin, no Python).

wrk (Debian's package) drives both with keep-alive connections, alternately, several rounds:
  * latency: 1 connection, POST .../noop/run/ (p50, p75, p90, p99 from wrk --latency);
  * throughput: --connections connections, the same POST;
  * GET /api/plugins/plugins/ (200 entries) latency and throughput, plugboard only.
It prints medians over the rounds and the ratio plugboard throughput / bare throughput.
Exit status 0 when it ran (a missed target is printed, not failed), 1 when something broke.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NOOP_PLUGIN = '''class Plugin:
    def run(self, action, params, context):
        return {"status": "ok"}
'''
NOOP_MANIFEST = '{"name": "No-op", "version": "1.0", "actions": [{"id": "noop", "label": "No-op"}]}'

LUA = r'''
wrk.method = os.getenv("BENCH_METHOD")
local body = os.getenv("BENCH_BODY")
if body ~= nil and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
local token = os.getenv("BENCH_TOKEN")
if token ~= nil and token ~= "none" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
'''


def unit_us(value, unit):
    return float(value) * {"us": 1.0, "ms": 1000.0, "s": 1e6}[unit]


def parse_wrk(text):
    out = {}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    out["rps"] = float(m.group(1)) if m else 0.0
    for pct in ("50", "75", "90", "99"):
        m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s)\s*$" % pct, text, re.M)
        if m:
            out["p" + pct] = unit_us(m.group(1), m.group(2))
    m = re.search(r"(\d+) requests in", text)
    out["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    out["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors:.*", text)
    out["socket_errors"] = m.group(0) if m else ""
    return out


def run_wrk(url, token, method, body, connections, seconds, lua_path):
    env = dict(os.environ, BENCH_METHOD=method, BENCH_BODY=body, BENCH_TOKEN=token)
    cmd = ["wrk", "-t1", "-c%d" % connections, "-d%ds" % seconds, "--latency", "-s", lua_path,
           url]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=seconds + 30)
    if done.returncode != 0:
        raise RuntimeError("wrk failed: " + done.stderr)
    result = parse_wrk(done.stdout)
    if result["non2xx"] or result["socket_errors"]:
        raise RuntimeError("errors under load:\n" + done.stdout)
    return result


def start_server(binary, args):
    proc = subprocess.Popen([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    line = proc.stdout.readline()
    if not line:
        raise RuntimeError("%s did not start: %s" % (args[0], proc.stderr.read()))
    info = json.loads(line)
    return proc, info["port"], info["token"]


def median_of(rounds, key):
    return statistics.median(r[key] for r in rounds)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", default=os.path.join(ROOT, "build/bench/bench_api_server"))
    ap.add_argument("--count", type=int, default=200, help="plugins listed (default 200)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=int, default=5, help="wrk duration of each measurement")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--target-p50-ms", type=float, default=1.0)
    ap.add_argument("--target-ratio", type=float, default=0.5)
    args = ap.parse_args()
    if not shutil.which("wrk"):
        print("api_vs_bare: wrk is missing (apt-get install wrk; scripts/setup installs it)",
              file=sys.stderr)
        return 2
    if not os.path.exists(args.server):
        print("api_vs_bare: %s is missing; run scripts/build" % args.server, file=sys.stderr)
        return 2

    work = tempfile.mkdtemp(prefix="plugboard-api-bench.")
    servers = []
    try:
        plugins = os.path.join(work, "plugins")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_plugins.py"), plugins,
                        "--count", str(args.count - 1)], check=True, stdout=subprocess.DEVNULL)
        os.makedirs(os.path.join(plugins, "noop"))
        with open(os.path.join(plugins, "noop", "plugin.py"), "w") as f:
            f.write(NOOP_PLUGIN)
        with open(os.path.join(plugins, "noop", "plugin.json"), "w") as f:
            f.write(NOOP_MANIFEST)
        lua = os.path.join(work, "request.lua")
        with open(lua, "w") as f:
            f.write(LUA)

        ours, our_port, token = start_server(
            args.server, ["plugboard", "--plugins-dir", plugins, "--data-dir",
                          os.path.join(work, "data")])
        servers.append(ours)
        bare, bare_port, _ = start_server(args.server, ["bare"])
        servers.append(bare)
        run_path = "/api/plugins/plugins/noop/run/"
        body = '{"action": "noop"}'
        ours_url = "http://127.0.0.1:%d%s" % (our_port, run_path)
        bare_url = "http://127.0.0.1:%d%s" % (bare_port, run_path)
        list_url = "http://127.0.0.1:%d/api/plugins/plugins/" % our_port

        # Warm-up: both servers, every path.
        for url, tok in ((ours_url, token), (bare_url, "none")):
            run_wrk(url, tok, "POST", body, 1, 1, lua)
        run_wrk(list_url, token, "GET", "", 1, 1, lua)

        load_before = os.getloadavg()
        rounds = {k: [] for k in ("ours_lat", "bare_lat", "ours_tp", "bare_tp", "list_lat",
                                  "list_tp")}
        for i in range(args.rounds):
            order = [("ours", ours_url, token), ("bare", bare_url, "none")]
            if i % 2:
                order.reverse()
            for name, url, tok in order:
                rounds[name + "_lat"].append(run_wrk(url, tok, "POST", body, 1, args.seconds, lua))
                rounds[name + "_tp"].append(
                    run_wrk(url, tok, "POST", body, args.connections, args.seconds, lua))
            rounds["list_lat"].append(run_wrk(list_url, token, "GET", "", 1, args.seconds, lua))
            rounds["list_tp"].append(
                run_wrk(list_url, token, "GET", "", args.connections, args.seconds, lua))
        load_after = os.getloadavg()

        def line(label, key):
            r = rounds[key]
            return ("%-44s p50 %7.0f us  p90 %7.0f us  p99 %7.0f us  %9.0f req/s" %
                    (label, median_of(r, "p50"), median_of(r, "p90"), median_of(r, "p99"),
                     median_of(r, "rps")))

        print("REST API under wrk: %d plugins listed, %d rounds x %d s, medians over rounds" %
              (args.count, args.rounds, args.seconds))
        print("  1 connection (latency), keep-alive:")
        print("   " + line("POST .../noop/run/  plugboard", "ours_lat"))
        print("   " + line("POST .../noop/run/  bare QHttpServer route", "bare_lat"))
        print("   " + line("GET  /api/plugins/plugins/ (200 entries)", "list_lat"))
        print("  %d connections (throughput), keep-alive:" % args.connections)
        print("   " + line("POST .../noop/run/  plugboard", "ours_tp"))
        print("   " + line("POST .../noop/run/  bare QHttpServer route", "bare_tp"))
        print("   " + line("GET  /api/plugins/plugins/ (200 entries)", "list_tp"))
        p50_ms = median_of(rounds["ours_lat"], "p50") / 1000.0
        ratio = median_of(rounds["ours_tp"], "rps") / median_of(rounds["bare_tp"], "rps")
        ratio_1 = median_of(rounds["ours_lat"], "rps") / median_of(rounds["bare_lat"], "rps")
        print("run p50 (1 connection): %.3f ms -> %s (target <= %.1f ms)" %
              (p50_ms, "MET" if p50_ms <= args.target_p50_ms else "MISSED", args.target_p50_ms))
        print("throughput ratio plugboard / bare, %d connections: %.3f -> %s (target >= %.2f); "
              "1 connection: %.3f" % (args.connections, ratio,
                                      "MET" if ratio >= args.target_ratio else "MISSED",
                                      args.target_ratio, ratio_1))
        print("load average before %.2f, after %.2f (%d CPUs); wrk -t1; servers single-threaded" %
              (load_before[0], load_after[0], os.cpu_count()))
        return 0
    except (RuntimeError, subprocess.SubprocessError, OSError, ValueError) as e:
        print("api_vs_bare: %s" % e, file=sys.stderr)
        return 1
    finally:
        for proc in servers:
            proc.kill()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
