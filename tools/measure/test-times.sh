#!/usr/bin/env bash
# `bash tools/measure/test-times.sh [--steps]`: the figures of docs/testing.md ("How long they take"). Clones this
# repository's HEAD into a fresh folder, runs `.ci/run` there as CI does, then the unit project and `npm test` in the
# same clone, one after the other, and prints a row for each: wall time, the one-minute load average before and
# after, and the machine's busy time. With `--steps`, then each of `.ci/run`'s larger steps alone, and the slowest
# test files, each alone, in the same clone (where the time goes).
#
# Busy time is the `cpu` line of /proc/stat (proc(5)) read before and after: user, nice, system, irq and softirq
# ticks, idle and iowait apart. Unlike the time of the process alone, it counts Chromium's processes and every child
# a test starts, waited for or not. On a machine shared with other work it counts that work too: measure on an idle
# machine, and give the load average with the figure.
#
# Bash, not TypeScript: it runs before `npm ci`, when the machine's Node may be too old to run the project's code.
set -uo pipefail

usage='usage: bash tools/measure/test-times.sh [--steps]
  .ci/run in a fresh clone of HEAD, then the unit project and npm test there: wall, load average, machine busy time.
  --steps  then each larger step of .ci/run and the slowest test files alone, in the same clone'
steps=0
for argument in "$@"; do
  case "$argument" in
    --steps) steps=1 ;;
    --help)
      printf '%s\n' "$usage"
      exit 0
      ;;
    *)
      printf "test-times: Unknown option '%s' (--help prints the usage)\n" "$argument" >&2
      exit 1
      ;;
  esac
done

here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/claimline-test-times.XXXXXX)
ticks=$(getconf CLK_TCK)

busy() { awk '/^cpu /{ print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
load() { cut -d' ' -f1 /proc/loadavg; }

# The log of the step named <what>: `.ci/run` → ci-run.log.
log_of() { printf '%s/%s.log' "$work" "$(printf '%s' "$1" | tr -cs 'A-Za-z0-9' '-' | sed 's/^-//; s/-$//')"; }

rows=()
failed=0
# measure <what> <command...>: runs the command in the clone, its output to log_of <what>, and adds a row.
measure() {
  local what=$1 log start_busy end_busy start end load_before status=0
  shift
  log=$(log_of "$what")
  load_before=$(load)
  start_busy=$(busy)
  start=$(date +%s.%N)
  (cd "$work/clone" && "$@") >"$log" 2>&1 || status=$?
  end=$(date +%s.%N)
  end_busy=$(busy)
  [ "$status" = 0 ] || failed=1
  rows+=("$(awk -v what="$what" -v s="$start" -v e="$end" -v b0="$start_busy" -v b1="$end_busy" -v hz="$ticks" \
    -v l0="$load_before" -v l1="$(load)" -v status="$status" -v command="$*" \
    'BEGIN { printf "| %s | %.1f s | %s → %s | %.1f s | `%s`%s |", what, e - s, l0, l1, (b1 - b0) / hz, command,
      status == 0 ? "" : " (FAILED, exit " status ")" }')")
  printf '%s: exit %s, log in %s\n' "$what" "$status" "$log" >&2
}

git clone --quiet "$here" "$work/clone"
commit=$(git -C "$work/clone" rev-parse --short HEAD)
printf 'measuring %s in %s\n' "$commit" "$work/clone" >&2

measure '.ci/run' env FORCE_COLOR=1 CI=true bash .ci/run
# The clone's Node 24 and tools, as `npm test` finds them through npm.
export PATH="$work/clone/node_modules/.bin:$PATH"
measure 'unit project' npx vitest run --project unit
measure 'npm test' npm test

if [ "$steps" = 1 ]; then
  export NODE_COMPILE_CACHE="$work/clone/node_modules/.cache/node-compile-cache"
  measure 'npm ci' npm ci --no-audit --no-fund
  measure 'build' npm run build
  measure 'browser tests' npx playwright test
  measure 'axe gate' npm run gate:axe
  measure 'Lighthouse gate' npm run gate:lighthouse
  measure 'lint' npm run lint
  measure 'type check' npx astro check
  measure 'determinism gate' npm run gate:determinism -- --against dist
  measure 'format check' npm run format:check
  # The files that start builds and CLIs (vitest.config.ts's SLOW_FILES); Vitest's own start is in each figure.
  for file in $(cd "$work/clone" && node --input-type=module \
    -e "const { SLOW_FILES } = await import('./vitest.config.ts'); console.log(SLOW_FILES.join(' '))"); do
    measure "$file" env CLAIMLINE_SKIP_BUILD=1 npx vitest run "$file"
  done
fi

printf '\nAt commit %s, %s, %s cores:\n\n' "$commit" "$(date -u +%FT%TZ)" "$(nproc)"
# What `npm test` ran, as Vitest and Playwright count it.
sed 's/\x1b\[[0-9;]*m//g' "$(log_of 'npm test')" | grep -E '^ +Tests +[0-9]+|^ +[0-9]+ passed|^ +[0-9]+ (failed|skipped|flaky)'
printf '| what | wall | load average | machine busy | command |\n| --- | --- | --- | --- | --- |\n'
printf '%s\n' "${rows[@]}"
printf '\n.ci/run step by step:\n\n'
sed 's/\x1b\[[0-9;]*m//g' "$(log_of '.ci/run')" | sed -n '/^==> timings$/,$p' | sed '1d'
exit "$failed"
