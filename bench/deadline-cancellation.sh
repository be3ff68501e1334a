#!/usr/bin/env bash
# Issue 7: what a deadline cancellation costs as scheduled deadlines pile up (docs/performance.md, "Deadline
# cancellation and the number of open cases"). Starts the packaged application JAR on a fresh PostgreSQL database on
# 127.0.0.1:5432 (user postgres, dropped afterwards), files a case and records a support contact (a follow-up
# deadline), copies that deadline ROWS times for other cases (ids in the form the application gives them), then times
# 30 support contacts on a new case (each cancels the case's follow-up and schedules the next one), after 5 unmeasured.
# Needs curl and psql. Usage: bench/deadline-cancellation.sh JAR LABEL ROWS, e.g.
#   bench/deadline-cancellation.sh portal/target/recours.jar this-build 100000
set -euo pipefail
JAR=$1; LABEL=$2; ROWS=$3
DB=recours_dlscale_$(date +%s)_$RANDOM
PORT=$((20000 + RANDOM % 20000)); TOKEN=rct_dlscale-$RANDOM$RANDOM
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $DB"
java -Daxoniq.update-checker.disabled=true -jar $JAR --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
  --recours.data-dir=${TMPDIR:-/tmp}/$DB --recours.security.bootstrap-api-token=$TOKEN > /tmp/$DB.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "${TMPDIR:-/tmp}/$DB" "/tmp/$DB.log"; psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
until curl -sf localhost:$PORT/actuator/health/readiness >/dev/null; do sleep 1; done
H=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
file() { curl -s "${H[@]}" -X POST localhost:$PORT/api/cases -d '{"consumer": {"fullName": "Camille Martin", "email": "c@example.org", "agreedToReminders": false}, "companyId": "amazon-prime-video", "category": "ADS_IN_PAID_SUBSCRIPTION", "facts": "Publicités", "amountAtStake": 35.88, "desiredOutcome": "Remboursement", "branch": "paris-11"}' | sed 's/.*"caseId":"\([^"]*\)".*/\1/'; }
TODAY=$(TZ=Europe/Paris date +%F)
contact() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${H[@]}" -X POST localhost:$PORT/api/cases/$1/support-contacts -d "{\"channel\": \"CHAT\", \"contactedOn\": \"$TODAY\", \"ticketReference\": \"D-1\", \"summary\": \"s\", \"outcome\": \"o\"}"; }
SEED=$(file); contact $SEED >/dev/null
psql -q -h 127.0.0.1 -U postgres -d $DB -c "INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version, priority)
  SELECT t.task_name, CASE WHEN t.task_instance LIKE '%/%' THEN 'ComplaintCase/RC-' || lpad(g::text, 9, '0') || '/support-follow-up/' ELSE '' END || md5(g::text),
         t.task_data, now() + interval '300 days', false, 1, t.priority
    FROM scheduled_tasks t, generate_series(1, $ROWS) g"
CASE=$(file)
for i in 1 2 3 4 5; do contact $CASE >/dev/null; done
for i in $(seq 1 30); do contact $CASE; done | awk -v label="$LABEL" -v rows=$ROWS '{ if ($1 != 200) bad++; t[NR]=$2*1000 } END { n=asort(t); printf "%s, %d other deadlines: support contact median %.1f ms, p90 %.1f ms, max %.1f ms (%d answers not 200)\n", label, rows, t[int(n/2)+1], t[int(n*0.9)], t[n], bad }'
psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT 'scheduled_tasks rows: ' || count(*) FROM scheduled_tasks"
