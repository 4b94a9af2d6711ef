#!/usr/bin/env bash
# Peer comparison on Banking77 in one run: NLP.js (npm node-nlp, installed into a temporary directory from the npm
# registry) and our intents library, each trained on train.csv and tested on test.csv, printing accuracy, training
# time and classifications per second. Needs node/npm, a JDK 21+ and a built benchmarks module (see README.md).
# Usage: benchmarks/peer/run-nlpjs.sh [datasets dir, default ../shared/datasets relative to the repository]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
datasets="${1:-$repo/../shared/datasets}"
train="$datasets/banking77/train.csv"
test="$datasets/banking77/test.csv"
node_nlp_version="${NODE_NLP_VERSION:-4.27.0}"
for f in "$train" "$test"; do
  [ -f "$f" ] || { echo "run-nlpjs: $f: no such file" >&2; exit 1; }
done
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
classpath_file="$repo/benchmarks/target/classpath.txt"
[ -f "$classpath_file" ] || { echo "run-nlpjs: $classpath_file missing: build the benchmarks module first (README.md)" >&2; exit 1; }
command -v npm >/dev/null || { echo "run-nlpjs: npm not found" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "run-nlpjs: installing node-nlp@$node_nlp_version into $work"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "node-nlp@$node_nlp_version" >/dev/null)
cp "$repo/benchmarks/peer/nlpjs-banking77.js" "$work/"

echo "run-nlpjs: $(node --version) node-nlp $(node -p "require('$work/node_modules/node-nlp/package.json').version")"
(cd "$work" && node nlpjs-banking77.js "$train" "$test")
echo "run-nlpjs: $("$java" -version 2>&1 | head -1)"
"$java" -cp "$repo/benchmarks/target/classes:$(cat "$classpath_file")" \
  org.shopchat.benchmarks.peer.OpenNlpBanking77 "$train" "$test"
