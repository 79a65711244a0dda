#!/bin/sh
# A reviewer's first pass over a folder of submissions: lints every report in FOLDER and writes
#   OUT/summary.html  the compliance matrix (open it in a browser, or mail it: it is one file)
#   OUT/summary.csv   the same matrix for a spreadsheet
#   OUT/findings.log  every finding, report by report
# OUT defaults to FOLDER/reportlint-review. Re-runs are fast: unchanged files come from a cache in OUT.
# Exit status: 0 no report has errors, 1 some do, 2 a file or the configuration could not be read.
# REPORTLINT overrides the command (default: reportlint), e.g. REPORTLINT="npx reportlint".
set -u

folder=${1:?usage: review-folder.sh FOLDER [OUT]}
out=${2:-$folder/reportlint-review}
reportlint=${REPORTLINT:-reportlint}

mkdir -p "$out" || exit 2
# shellcheck disable=SC2086 # $reportlint may be a command with arguments
$reportlint summary "$folder" --cache --cache-location "$out/" --no-progress --output-file "$out/summary.html"
status=$?
$reportlint summary "$folder" --cache --cache-location "$out/" --no-progress --output-file "$out/summary.csv" || true
$reportlint "$folder" --cache --cache-location "$out/" --no-progress --output-file "$out/findings.log" || true

echo "reportlint: $out/summary.html, $out/summary.csv, $out/findings.log"
exit "$status"
