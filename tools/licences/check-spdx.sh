#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fails when a source file of the repository lacks its licence line. Run by the root pom in `validate`.
#   check-spdx.sh [repository root]     (default: the root of this checkout)
set -euo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
cd "$root"
missing=()
while IFS= read -r -d '' file; do
  head -n 5 "$file" | grep -q 'SPDX-License-Identifier: EPL-2.0' || missing+=("$file")
done < <(find . \( -name target -o -name .git -o -name .polyglot -o -path ./tools/fuzz/corpus \) -prune -o \
           -type f \( -name '*.java' -o -name '*.sh' -o -name leefwereld -o -name run-tests -o -name run \) -print0)
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-spdx: ${#missing[@]} source file(s) without 'SPDX-License-Identifier: EPL-2.0' in their first lines:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "check-spdx: add '// SPDX-License-Identifier: EPL-2.0' (Java) or '# SPDX-License-Identifier: EPL-2.0' (shell) at the top." >&2
  exit 1
fi
echo "check-spdx: every source file carries its licence line"
