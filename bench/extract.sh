#!/usr/bin/env bash
# JMH throughput of the extraction pipeline (extract module), in MB/s of UTF-8 text.
#
#   bench/extract.sh                      # every benchmark: 8 s of JIT warm-up on the seed, 4 warmup + 5 measured iterations of 2 s, 1 fork
#   bench/extract.sh pipeline -prof gc    # JMH options pass through: a name pattern, profilers, -wi/-i/-f …
#
# Set BUILD_DIR to build somewhere other than extract/target (parallel builds on one machine),
# MVN_OPTS to add Maven flags such as -o.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-$PWD/extract/target}"
# test-compile also writes the module's class path to test.classpath (see the root pom)
mvn -B -q ${MVN_OPTS:-} -pl extract test-compile -Dextract.build.dir="$build_dir"
classpath="$build_dir/test-classes:$build_dir/classes:$(cat "$build_dir/test.classpath")"
exec java -Xmx4g -Dfile.encoding=UTF-8 -cp "$classpath" taizhang.extract.bench.ExtractionBenchmark "$@"
