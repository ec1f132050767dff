#!/usr/bin/env bash
# What the REST API costs: wrk (Debian's `wrk` package) against a running packaged app on this machine, the same run
# measuring GET /api/v1/me/appointments with a patient's access token next to trivial endpoints.
#
#   SORRISO_DEMO=true PORT=8082 java -jar target/sorriso.jar &     # wait for the "Demo logins" log line
#   benchmarks/api-wrk.sh 8082
#
# Only localhost is ever targeted; every run is bounded in time.
set -euo pipefail

port="${1:-8080}"
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-16}"
base="http://127.0.0.1:${port}"

token=$(curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"email":"paciente@sorriso.demo","password":"sorriso123"}' \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

run() {
    local name="$1" path="$2"
    shift 2
    # A short warm-up lets the JIT compile the path before it is measured.
    wrk -t2 -c"$connections" -d5s "$@" "$base$path" > /dev/null
    wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$base$path" \
        | awk -v name="$name" '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
              END {printf "%-38s %10s req/s   p99 %8s   non-2xx %s\n", name, rps, p99, bad ? bad : 0}'
}

echo "wrk, 2 threads, $connections connections, $duration per endpoint, against $base"
run "GET /actuator/health (no API chain)" /actuator/health
run "GET /api/v1/specialties (anonymous)" /api/v1/specialties
run "GET /api/v1/me/appointments (token)" /api/v1/me/appointments -H "Authorization: Bearer $token"
