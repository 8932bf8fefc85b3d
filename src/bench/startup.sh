#!/usr/bin/env bash
# Start-up time of the window: the wall time from starting the launcher to the log's "Model ready for drawing"
# line (from then on a drawing is read), N starts, then the median. Runs under the current DISPLAY, e.g.
#   Xvfb :99 & DISPLAY=:99 src/bench/startup.sh
#   src/bench/startup.sh [N] [launcher...]   defaults: 11, target/dist/digit-workbench/bin/digit-workbench
# With several launchers (e.g. a build before and after a change) the starts take turns, so a busy machine
# weighs on them alike. Prints any log line that is not INFO (a clean start prints none).
# The window's files (settings, models) go to a fresh DIGIT_WORKBENCH_HOME unless one is set.
set -uo pipefail
runs=${1:-11}
shift || true
launchers=("$@")
[[ ${#launchers[@]} -gt 0 ]] || launchers=(target/dist/digit-workbench/bin/digit-workbench)
: "${DISPLAY:?no DISPLAY: start an X server (Xvfb :99 &) and export DISPLAY=:99}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DIGIT_WORKBENCH_HOME=${DIGIT_WORKBENCH_HOME:-$work/home}
log=$work/log

# "wall-seconds cpu-seconds" from start to "Model ready", or nothing when it did not get there within 60 s.
# The end is the time stamp the log line carries, so looking for it (four times a second, not to take the
# processor from the start it measures) adds nothing. The processor time (all threads of the process, read
# when the line is seen) says more than the wall time on a machine that is busy.
start_once() {
    local start line="" pid t cpu=""
    : >"$log" # here, not in the background job: its own truncation could come after the first look
    start=$(date +%s.%N)
    "$1" >>"$log" 2>&1 &
    pid=$!
    for ((t = 0; t < 240; t++)); do
        line=$(grep -m 1 "Model ready" "$log")
        if [[ -n $line ]]; then
            cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / hz }' "/proc/$pid/stat")
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
    done
    sleep 0.5 # anything logged just after
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    [[ -n $line ]] && echo "$(echo "$(date -d "${line:0:12}" +%s.%N) - $start" | bc -l) $cpu"
}

for ((i = 1; i <= runs; i++)); do
    for ((l = 0; l < ${#launchers[@]}; l++)); do
        read -r seconds cpu < <(start_once "${launchers[l]}")
        if [[ -z ${seconds:-} ]]; then
            echo "${launchers[l]}: no \"Model ready\" line within 60 s; its log:" >&2
            cat "$log" >&2
            exit 1
        fi
        echo "$seconds" >>"$work/times-$l"
        echo "$cpu" >>"$work/cpu-$l"
        printf 'start %2d  %5.2f s (processor %5.2f s)  %s\n' "$i" "$seconds" "$cpu" "${launchers[l]}"
        grep -v -E '^[0-9:.]+ INFO ' "$log" | sed 's/^/    not INFO: /'
    done
done
median() {
    sort -n "$1" | awk -v what="$2" '{ t[NR] = $1 } END {
        m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "%s median of %d starts %.2f s (%.2f to %.2f s)\n", what, NR, m, t[1], t[NR] }'
}
for ((l = 0; l < ${#launchers[@]}; l++)); do
    echo "${launchers[l]}:"
    median "$work/times-$l" "  wall time to \"Model ready\":     "
    median "$work/cpu-$l" "  processor time to \"Model ready\":"
done
