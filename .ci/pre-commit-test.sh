#!/usr/bin/env bash
# The pre-commit hook as a user meets it, with Debian's own pre-commit: installed from this
# repository at HEAD (cloned as pre-commit clones GitHub), a commit that opens SSH to the world is
# blocked, the fixed one passes, and the first run takes seconds (no environment to build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v pre-commit >/dev/null; then
  echo "installing Debian's pre-commit"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null
fi
echo "$(pre-commit --version) (minimum the hook asks: $(sed -n 's/^ *minimum_pre_commit_version: *//p' "$root/.pre-commit-hooks.yaml"))"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
rev=$(git -C "$root" rev-parse HEAD)

app="$work/app"
git init -q "$app"
cd "$app"
git config user.email ci@example.com
git config user.name ci
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: policygate
YAML
pre-commit install >/dev/null
mkdir infra
cat >infra/bastion.yaml <<'YAML'
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
YAML
echo '{"name": "app"}' >package.json
git add -A

start=$(date +%s%N)
if git commit -q -m "open SSH to the world" >"$work/out" 2>&1; then
  cat "$work/out"
  echo "FAIL: the commit opening SSH to the world was not blocked" >&2
  exit 1
fi
first_ms=$((($(date +%s%N) - start) / 1000000))
if ! grep -Eq 'infra/bastion\.yaml' "$work/out" || ! grep -Eq '11:[0-9]+ +critical .*sg-open-admin-port' "$work/out"; then
  cat "$work/out"
  echo "FAIL: the blocked commit does not name the line and the rule" >&2
  exit 1
fi
if grep -Eiq 'npm|node_modules|Installing environment' "$work/out"; then
  cat "$work/out"
  echo "FAIL: the hook installed something" >&2
  exit 1
fi
echo "blocked: SSH open to the world (first run, clone included: ${first_ms} ms)"

sed -i 's#0\.0\.0\.0/0#10.0.0.0/8#' infra/bastion.yaml
git add -A
if ! git commit -q -m "SSH from the VPC only" >"$work/out" 2>&1; then
  cat "$work/out"
  echo "FAIL: the fixed commit was blocked" >&2
  exit 1
fi
echo "passed: the fixed commit"
if [ "$first_ms" -gt 60000 ]; then
  echo "FAIL: the first run took ${first_ms} ms; it should take seconds" >&2
  exit 1
fi
