#!/usr/bin/env bash
# soak.sh [-short | -long] [-jobs N] [-faults LIST] [-fault-every S] [-miners N] [-validators N]
#         [-workdir DIR] [-keep]
#
# Runs a pol network as separate processes on loopback — `pol devchain -data-dir` (1 s blocks),
# miners and validators, each with its own dev key, data directory, ports and log — submits jobs
# continuously with `pol wallet submit` over libp2p, and injects faults at random:
#
#   kill9        kill -9 a random miner or validator, restart it 1-5 s later on its data dir
#   freeze       SIGSTOP a random daemon for 5-15 s (it neither sends nor answers, on p2p or RPC:
#                a partition of that node from everything), then SIGCONT. Shorter than the
#                20-block duty windows: a validator cut off for a whole window is absent by the
#                protocol's design and penalised (a 30 s freeze did that in a trial run)
#   dup          start a second process of a random daemon on the same key and data directory:
#                it must be refused at once (the data-dir lock)
#   dupkey       a second process on the same key with another data directory and ports, for
#                45 s: one of the two must log the duplicate-key WARN line (the second process
#                may cost the first its jobs: an operator mistake, off by default; detection
#                needs gossip signed by the second process, which a validator only sends when
#                it relays a prompt)
#   rpc-stop     SIGSTOP the dev chain for 5-30 s (RPC calls hang, no blocks), then SIGCONT
#   rpc-restart  kill -9 the dev chain, restart it 5-30 s later on its data directory (RPC
#                connections refused meanwhile)
#
# A daemon that exits on its own is restarted after 1 s (as a service manager would) and
# counted as an unexpected exit. When the submissions are done it waits for every job to end
# (the requester cancels jobs nobody claimed), then checks: every job settled or cancelled, no
# Slashed event (every node is honest: a slash or an absent/minority penalty is a failure), no
# stake lost, no collateral locked, the contract's balance equal to what it owes (stakes,
# balances, unbonding, escrow, burned, reward pool: no stuck funds), no unexpected exit, daemon RSS
# and data directories flat; it prints a table and exits 1 when a check fails.
#
# -short (default): 16 jobs, a fault every 15 s (3-5 minutes; meant for CI). -long: 300 jobs, a
# fault every 25 s (>= 30 faults). Default faults: kill9,freeze,dup,rpc-stop,rpc-restart; the
# kinds take turns from a random start, so a run of >= 5 faults injects each of them.
#
# Needs bash, Go, awk and coreutils (timeout, du) only: the funds checks use `pol wallet audit`
# and `pol wallet balance -wei` (exact wei), the latency the block numbers of the events.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode=short jobs="" every="" faults="kill9,freeze,dup,rpc-stop,rpc-restart" miners=3 validators=5 work="" keep=0
while [[ $# -gt 0 ]]; do
	case "$1" in
	-short) mode=short ;;
	-long) mode=long ;;
	-jobs) jobs="$2"; shift ;;
	-faults) faults="$2"; shift ;;
	-fault-every) every="$2"; shift ;;
	-miners) miners="$2"; shift ;;
	-validators) validators="$2"; shift ;;
	-workdir) work="$2"; shift ;;
	-keep) keep=1 ;;
	-h | -help | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "soak: unknown argument $1 (-h for help)" >&2; exit 2 ;;
	esac
	shift
done
if [[ $mode == long ]]; then
	jobs="${jobs:-300}" every="${every:-25}" interval=3 drain=900
else
	jobs="${jobs:-16}" every="${every:-15}" interval=4 drain=420
fi
for tool in awk timeout du; do
	command -v "$tool" >/dev/null || { echo "soak: needs $tool" >&2; exit 2; }
done
for k in ${faults//,/ }; do
	case "$k" in kill9 | freeze | dup | dupkey | rpc-stop | rpc-restart) ;; *) echo "soak: unknown fault $k" >&2; exit 2 ;; esac
done
if [[ $miners -lt 1 || $validators -lt 3 || $((1 + miners + validators + 1)) -gt 40 ]]; then
	echo "soak: need 1..n miners, >= 3 validators, at most 38 daemons" >&2
	exit 2
fi

work="${work:-$(mktemp -d /tmp/pol-soak.XXXXXX)}"
mkdir -p "$work"
pol="$work/pol"
log() { echo "soak $(date +%H:%M:%S) $*" | tee -a "$work/soak.log" >&2; }

# Ports: a random base below the kernel's ephemeral range, then consecutive ports from it. A port
# inside that range can be taken by any outgoing connection (the wallet's RPC calls open one per
# command) and stays blocked for the connection's TIME_WAIT (60 s) after it closes: a daemon
# restarted after kill -9 then cannot bind its port again (a CI run lost a validator for 45 s that
# way and it was penalised as absent).
eph_low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
top=$(( eph_low < 32768 ? eph_low : 32768 ))
[[ $top -gt 11000 ]] || { echo "soak: the ephemeral port range starts at $eph_low: no room for fixed ports below it" >&2; exit 2; }
base=$(( 10000 + (RANDOM % ((top - 10500) / 10)) * 10 ))
rpc_port=$base
rpc="http://127.0.0.1:$rpc_port"
accounts=$((miners + validators + 2)) # 0 owner, miners, validators, last: requester
requester=$((accounts - 1))

# ---------------------------------------------------------------- processes
pids_started=()
cleanup() {
	touch "$work/stop"
	for f in "$work"/*.pid; do
		[[ -e $f ]] || continue
		p=$(cat "$f")
		kill -CONT "$p" 2>/dev/null
		kill "$p" 2>/dev/null
	done
	for p in "${pids_started[@]}"; do kill "$p" 2>/dev/null; done
	wait 2>/dev/null
	if [[ $keep -eq 0 && $failed -eq 0 ]]; then rm -rf "$work"; else echo "soak: logs and data in $work" >&2; fi
}
failed=1
trap cleanup EXIT

# supervise NAME CMD...: runs CMD, restarts it when it exits. A planned stop (NAME.planned holds
# the seconds to wait) is not counted; any other exit is appended to NAME.exits.
supervise() {
	local name="$1"
	shift
	while [[ ! -e $work/stop ]]; do
		"$@" >>"$work/$name.log" 2>&1 &
		echo $! >"$work/$name.pid"
		wait $!
		local rc=$?
		[[ -e $work/stop ]] && break
		if [[ -e $work/$name.planned ]]; then
			local d
			d=$(cat "$work/$name.planned")
			rm -f "$work/$name.planned"
			sleep "$d"
		else
			echo "$(date +%s) exit $rc" >>"$work/$name.exits"
			log "$name exited on its own (status $rc); restarting"
			sleep 1
		fi
	done
}

chain_cmd=("$pol" devchain -port "$rpc_port" -period 1s -accounts "$accounts" -data-dir "$work/chain" -info "$work/chain.json")

wallet() { "$pol" wallet "$@" -rpc "$rpc" -contract "$contract"; }

log "building pol into $work"
(cd "$root" && go build -o "$pol" ./cmd/pol) || exit 1
log "dev chain on $rpc (data dir $work/chain)"
supervise chain "${chain_cmd[@]}" 2>>"$work/supervise.log" &
pids_started+=($!)
for _ in $(seq 1 120); do [[ -s $work/chain.json ]] && break; sleep 0.5; done
[[ -s $work/chain.json ]] || { log "the dev chain did not start"; cat "$work/chain.log" >&2; exit 1; }
contract=$(sed -n 's/.*"contract": "\(0x[0-9a-fA-F]*\)".*/\1/p' "$work/chain.json")
deploy=$(sed -n 's/.*"deployBlock": \([0-9]*\).*/\1/p' "$work/chain.json")
model_id=$(sed -n 's/.*"modelId": \([0-9]*\).*/\1/p' "$work/chain.json")

names=() keys=() roles=()
for i in $(seq 0 $((miners - 1))); do names+=("miner-$i") keys+=($((1 + i))) roles+=(miner); done
for i in $(seq 0 $((validators - 1))); do names+=("validator-$i") keys+=($((1 + miners + i))) roles+=(validator); done
n=${#names[@]}

for i in $(seq 0 $((n - 1))); do
	amount=1 model=()
	[[ ${roles[$i]} == miner ]] && amount=4
	# validators are drawn only for the bundled model's jobs
	[[ ${roles[$i]} == validator && -n $model_id ]] && model=(-model-id "$model_id")
	wallet stake -dev-key "${keys[$i]}" -role "${roles[$i]}" -amount "$amount" "${model[@]}" >>"$work/wallet.log" 2>&1 || {
		log "stake of ${names[$i]} failed"
		tail -3 "$work/wallet.log" >&2
		exit 1
	}
done

# daemon_cmd I [DIR P2P METRICS]: the command line of daemon I (another directory and ports for
# a duplicate on the same key).
daemon_cmd() {
	local i=$1 dir="${2:-$work/${names[$1]}}" p2p="${3:-$((base + 100 + $1))}" met="${4:-$((base + 200 + $1))}"
	local cmd=("$pol" "${roles[$i]}" -rpc "$rpc" -contract "$contract" -deploy-block "$deploy" -dev-key "${keys[$i]}"
		-data-dir "$dir" -listen "/ip4/127.0.0.1/tcp/$p2p" -metrics-addr "127.0.0.1:$met" -threads 1)
	[[ -n ${boot:-} ]] && cmd+=(-bootstrap "$boot")
	echo "${cmd[@]}"
}

peer_of() { sed -n 's/.*p2p node up.*peer=\([^ ]*\).*/\1/p' "$work/$1.log" 2>/dev/null | tail -1; }
boot=""
addrs=()
for i in $(seq 0 $((n - 1))); do
	# shellcheck disable=SC2046
	supervise "${names[$i]}" $(daemon_cmd "$i") 2>>"$work/supervise.log" &
	pids_started+=($!)
	for _ in $(seq 1 240); do [[ -n $(peer_of "${names[$i]}") ]] && break; sleep 0.5; done
	p=$(peer_of "${names[$i]}")
	[[ -n $p ]] || { log "${names[$i]} did not come up"; tail -20 "$work/${names[$i]}.log" >&2; exit 1; }
	addrs+=("/ip4/127.0.0.1/tcp/$((base + 100 + i))/p2p/$p")
	# Later nodes bootstrap from the first validator and the first miner (re-dialled when lost).
	if [[ $i -eq 0 || ${names[$i]} == validator-0 ]]; then boot=$(IFS=,; echo "${addrs[*]}"); fi
done
all_addrs=$(IFS=,; echo "${addrs[*]}")
log "network up: $miners miners, $validators validators, contract $contract"

# ---------------------------------------------------------------- measurements
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
sample() { # sample FILE: name rss_kib dir_kib per daemon
	: >"$1"
	for i in $(seq 0 $((n - 1))); do
		local p
		p=$(cat "$work/${names[$i]}.pid" 2>/dev/null || echo 0)
		echo "${names[$i]} $(rss_kib "$p") $(du -sk "$work/${names[$i]}" | cut -f1)" >>"$1"
	done
}

# ---------------------------------------------------------------- faults
declare -A fault_count=()
inject() {
	local kind="$1" i name p d
	i=$((RANDOM % n))
	name=${names[$i]}
	p=$(cat "$work/$name.pid" 2>/dev/null || echo "")
	case "$kind" in
	kill9)
		d=$((1 + RANDOM % 5))
		echo "$d" >"$work/$name.planned"
		kill -9 "$p" 2>/dev/null
		log "fault kill9: $name (restart in ${d}s)"
		;;
	freeze)
		d=$((5 + RANDOM % 11))
		log "fault freeze: $name for ${d}s"
		kill -STOP "$p" 2>/dev/null
		sleep "$d"
		kill -CONT "$p" 2>/dev/null
		;;
	dup)
		# shellcheck disable=SC2046
		timeout 20 $(daemon_cmd "$i" "" $((base + 300 + i)) $((base + 400 + i))) >"$work/$name.dup.log" 2>&1
		local rc=$?
		if [[ $rc -ne 0 && $rc -ne 124 ]] && grep -qi "lock\|another process\|in use" "$work/$name.dup.log"; then
			log "fault dup: second $name refused ($(grep -io 'in use by another[^(]*' "$work/$name.dup.log" | head -1))"
		else
			log "fault dup: second $name NOT refused (status $rc)"
			echo "$name" >>"$work/dup.unrefused"
		fi
		;;
	dupkey)
		log "fault dupkey: a second $name on another data dir for 45s"
		local before
		before=$(grep -c "another process uses this node's key" "$work/$name.log")
		# shellcheck disable=SC2046
		timeout 45 $(daemon_cmd "$i" "$work/$name.dupkey" $((base + 300 + i)) $((base + 400 + i))) >"$work/$name.dupkey.log" 2>&1
		rm -rf "$work/$name.dupkey"
		if [[ $(grep -c "another process uses this node's key" "$work/$name.log") -gt $before ]] ||
			grep -q "another process uses this node's key" "$work/$name.dupkey.log"; then
			log "fault dupkey: duplicate key warned about"
		else
			log "fault dupkey: duplicate key NOT warned about within 45s"
			echo "$name" >>"$work/dupkey.unwarned"
		fi
		;;
	rpc-stop)
		d=$((5 + RANDOM % 26))
		log "fault rpc-stop: dev chain stopped for ${d}s"
		kill -STOP "$(cat "$work/chain.pid")"
		sleep "$d"
		kill -CONT "$(cat "$work/chain.pid")"
		;;
	rpc-restart)
		d=$((5 + RANDOM % 26))
		echo "$d" >"$work/chain.planned"
		kill -9 "$(cat "$work/chain.pid")"
		log "fault rpc-restart: dev chain killed, back in ${d}s"
		sleep "$d"
		;;
	esac
	fault_count[$kind]=$((${fault_count[$kind]:-0} + 1))
}

fault_kinds=(${faults//,/ })
faulter() {
	local turn=$((RANDOM % ${#fault_kinds[@]}))
	while [[ ! -e $work/stop-faults ]]; do
		sleep "$every"
		[[ -e $work/stop-faults ]] && break
		inject "${fault_kinds[$((turn % ${#fault_kinds[@]}))]}"
		turn=$((turn + 1))
		declare -p fault_count >"$work/faults.state"
	done
}

# ---------------------------------------------------------------- jobs
prompts=("Once upon a time" "The little dog" "Lily and Ben went to the park." "One day, a big bird"
	"Tom had a red ball." "The sun was hot and the cat")
submit_one() { # submit_one K: one job, its prompt published; prints the job id
	local k=$1 prompt out job try
	prompt="${prompts[$((k % ${#prompts[@]}))]}"
	for try in 1 2 3 4 5 6; do
		out=$(wallet submit -dev-key "$requester" -prompt "$prompt" -fee 0.01 -max-tokens 16 -temp 0.8 \
			-bootstrap "$all_addrs" -publish-wait 15s -timeout 60s 2>&1)
		job=$(echo "$out" | sed -n 's/^job *\(0x[0-9a-f]*\)$/\1/p')
		if [[ -n $job ]]; then
			echo "$job"
			if ! echo "$out" | grep -q "published the prompt"; then
				for _ in 1 2 3; do
					sleep 3
					wallet publish "$job" -dev-key "$requester" -prompt "$prompt" -bootstrap "$all_addrs" \
						-publish-wait 15s -timeout 60s >>"$work/wallet.log" 2>&1 && return 0
				done
				echo "$job" >>"$work/unpublished"
			fi
			return 0
		fi
		echo "$out" >>"$work/wallet.log"
		sleep $((2 * try))
	done
	return 1
}

log "submitting $jobs jobs (one every ~${interval}s); faults every ${every}s: $faults"
faulter &
pids_started+=($!)
warm=0
for k in $(seq 1 "$jobs"); do
	if job=$(submit_one "$k"); then
		echo "$job" >>"$work/jobs"
	else
		log "job $k could not be submitted"
		echo "$k" >>"$work/unsubmitted"
	fi
	if [[ $warm -eq 0 && $k -ge 3 ]]; then sample "$work/sample.start"; warm=1; fi
	sleep "$interval"
done
touch "$work/stop-faults"
log "submissions done; waiting for the last fault and for every job to end (up to ${drain}s)"
wait "${pids_started[-1]}" 2>/dev/null

# ---------------------------------------------------------------- drain
status_of() { wallet job -job "$1" 2>/dev/null | awk '$1 == "status" {print $2}'; }
deadline=$((SECONDS + drain))
while :; do
	pending=0
	while read -r job; do
		s=$(status_of "$job")
		case "$s" in
		Passed | Failed | Inconclusive | Unserved | Cancelled) ;;
		Open)
			# Nobody claimed it after the submissions ended: the requester takes its fee back.
			if [[ $SECONDS -gt $((deadline - drain + 60)) ]] && wallet cancel -dev-key "$requester" -job "$job" >>"$work/wallet.log" 2>&1; then
				echo "$job" >>"$work/cancelled.open"
			else
				pending=$((pending + 1))
			fi
			;;
		*) pending=$((pending + 1)) ;;
		esac
	done <"$work/jobs"
	[[ $pending -eq 0 || $SECONDS -ge $deadline ]] && break
	sleep 5
done
sample "$work/sample.end"

# ---------------------------------------------------------------- checks
wallet events -from "$deploy" -events JobSubmitted,JobSettled,JobCancelled,Slashed >"$work/events" 2>>"$work/wallet.log"
submitted=$(wc -l <"$work/jobs")
declare -A outcome=()
stuck=0
while read -r job; do
	s=$(status_of "$job")
	outcome[$s]=$((${outcome[$s]:-0} + 1))
	case "$s" in Passed | Failed | Inconclusive | Unserved | Cancelled) ;; *) stuck=$((stuck + 1)); echo "$job $s" >>"$work/stuck" ;; esac
done <"$work/jobs"
slashes=$(grep -c " Slashed " "$work/events")

# Latency: submit block to settle block (1 s blocks; a paused or stopped chain makes none).
awk '$2 == "JobSubmitted" || $2 == "JobSettled" {
	match($0, /JobId=0x[0-9a-f]+/); id = substr($0, RSTART + 6, RLENGTH - 6); split($1, a, ".")
	if ($2 == "JobSubmitted") sb[id] = a[1]; else eb[id] = a[1]
} END { for (id in eb) if (id in sb) print eb[id] - sb[id] }' "$work/events" >"$work/latency"
pct() { sort -n "$work/latency" | awk -v p="$1" '{v[NR] = $1} END {if (NR == 0) {print "-"; exit} i = int((NR - 1) * p / 100) + 1; print v[i]}'; }

# Funds: the contract holds exactly stakes + owed + unbonding + escrow of unended jobs + burned +
# reward pool (`pol wallet audit`, exact wei); no honest account has less stake than it staked.
wallet audit -from "$deploy" >"$work/audit" 2>>"$work/wallet.log"
unaccounted=$(awk '$1 == "unaccounted" {print $2}' "$work/audit")
locked_total=$(awk '$1 == "locked" {print $2}' "$work/audit")
stake_lost=0
wei_less() { # wei_less A B: integer strings of any length, A < B
	[[ ${#1} -lt ${#2} || (${#1} -eq ${#2} && $1 < $2) ]]
}
for a in $(seq 1 $((miners + validators))); do
	want=1000000000000000000
	[[ $a -le $miners ]] && want=4000000000000000000
	st=$(wallet balance -dev-key "$a" -wei 2>>"$work/wallet.log" | awk '$1 == "stake" {print $2}')
	if [[ -z $st ]] || wei_less "$st" "$want"; then stake_lost=$((stake_lost + 1)); fi
done

exits=0
for i in $(seq 0 $((n - 1))); do [[ -e $work/${names[$i]}.exits ]] && exits=$((exits + $(wc -l <"$work/${names[$i]}.exits"))); done
chain_exits=0
[[ -e $work/chain.exits ]] && chain_exits=$(wc -l <"$work/chain.exits")
[[ -e $work/faults.state ]] && source "$work/faults.state"
nfaults=0 fault_list=""
for k in "${!fault_count[@]}"; do nfaults=$((nfaults + fault_count[$k])); fault_list+="$k ${fault_count[$k]}, "; done

# RSS and data dirs: the largest at the start and at the end, per role.
flat=ok
read -r rss0 dir0 < <(awk '{if ($2 > r) r = $2; if ($3 > d) d = $3} END {print r + 0, d + 0}' "$work/sample.start")
read -r rss1 dir1 < <(awk '{if ($2 > r) r = $2; if ($3 > d) d = $3} END {print r + 0, d + 0}' "$work/sample.end")
[[ $rss1 -gt $((rss0 * 3 / 2 + 30720)) ]] && flat="RSS grew"
[[ $dir1 -gt $((dir0 * 2 + 4096)) ]] && flat="data dirs grew"

fails=()
[[ $stuck -gt 0 ]] && fails+=("$stuck stuck jobs")
[[ $slashes -gt 0 ]] && fails+=("$slashes Slashed events (honest nodes slashed or penalised)")
[[ $stake_lost -gt 0 ]] && fails+=("$stake_lost honest accounts lost stake")
[[ $locked_total != 0 ]] && fails+=("collateral still locked: ${locked_total:-unknown} wei")
[[ $unaccounted != 0 ]] && fails+=("the contract's books do not balance: ${unaccounted:-unknown} wei unaccounted (see $work/audit)")
[[ $exits -gt 0 ]] && fails+=("$exits unexpected daemon exits")
[[ $chain_exits -gt 0 ]] && fails+=("the dev chain exited $chain_exits times on its own")
[[ -e $work/dup.unrefused ]] && fails+=("a duplicate process was not refused")
[[ -e $work/dupkey.unwarned ]] && fails+=("a duplicate key was not warned about")
[[ -e $work/unsubmitted ]] && fails+=("$(wc -l <"$work/unsubmitted") jobs could not be submitted")
[[ $flat != ok ]] && fails+=("$flat")

printf '\n%-28s %s\n' "soak" "$mode mode, $miners miners, $validators validators, faults: $faults (one every ${every}s)"
printf '%-28s %s\n' "jobs submitted" "$submitted"
printf '%-28s %s\n' "jobs settled" "$(( ${outcome[Passed]:-0} + ${outcome[Failed]:-0} + ${outcome[Inconclusive]:-0} + ${outcome[Unserved]:-0} )) (Passed ${outcome[Passed]:-0}, Failed ${outcome[Failed]:-0}, Inconclusive ${outcome[Inconclusive]:-0}, Unserved ${outcome[Unserved]:-0})"
printf '%-28s %s\n' "jobs cancelled" "${outcome[Cancelled]:-0} (unclaimed at the end: $( [[ -e $work/cancelled.open ]] && wc -l <"$work/cancelled.open" || echo 0))"
printf '%-28s %s\n' "stuck jobs" "$stuck"
printf '%-28s %s\n' "faults injected" "$nfaults (${fault_list%, })"
printf '%-28s %s\n' "unexpected daemon exits" "$exits (dev chain: $chain_exits)"
printf '%-28s %s\n' "honest slashes/penalties" "$slashes"
printf '%-28s %s\n' "stuck funds (wei)" "$unaccounted (locked collateral: $locked_total)"
printf '%-28s %s\n' "submit->settle p50 / p95" "$(pct 50) / $(pct 95) blocks (1 s blocks, $(wc -l <"$work/latency") settled jobs)"
printf '%-28s %s\n' "max RSS start / end" "$((rss0 / 1024)) / $((rss1 / 1024)) MiB"
printf '%-28s %s\n' "max data dir start / end" "$dir0 / $dir1 KiB"
printf '%-28s %s\n' "wall time" "${SECONDS} s"
if [[ ${#fails[@]} -eq 0 ]]; then
	printf '%-28s %s\n' "result" "PASS"
	failed=0
	exit 0
fi
printf '%-28s %s\n' "result" "FAIL: $(IFS=';'; echo "${fails[*]}")"
exit 1
