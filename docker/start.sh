#!/bin/sh
# docker/start.sh — starts the packaged app (the fast-jar in $APP_HOME) with a class-data archive of its own start.
#
# Most of the start goes into loading and verifying ~18,000 classes (measured for issue 18, README "Start and
# memory"). The JVM can keep them, parsed and verified, in an archive (AppCDS) that later starts map instead. The
# archive must come from a real start, with its database, Flyway, Hibernate and OIDC, so it cannot be made while the
# image is built: the first start of a container writes it when it stops (-XX:ArchiveClassesAtExit), and every later
# start uses it. One archive per build of the app and per JVM (a checksum of both in its name); an archive of another
# build is removed. The JVM checks the archive itself and starts without it (-Xshare:auto) if it does not fit.
#
#   QINGFENG_CDS=off             no archive (neither written nor used)
#   QINGFENG_CDS_DIR=/some/dir   where the archive lives (default $APP_HOME/cds; a volume keeps it across containers)
set -eu
APP_HOME=${APP_HOME:-/deployments}
CDS_DIR=${QINGFENG_CDS_DIR:-$APP_HOME/cds}
JAR="$APP_HOME/quarkus-run.jar"
# JAVA_OPTS is a list of options, split on spaces on purpose
# shellcheck disable=SC2086
if [ "${QINGFENG_CDS:-on}" = off ] || ! mkdir -p "$CDS_DIR" 2>/dev/null || [ ! -w "$CDS_DIR" ]; then
  exec java ${JAVA_OPTS:-} -jar "$JAR"
fi
# the JVM's version and the jars' names, sizes and times (what the JVM checks an archive against), not their bytes
build=$({ java -version 2>&1; ls -lR --time-style=full-iso "$JAR" "$APP_HOME/app" "$APP_HOME/quarkus" "$APP_HOME/lib"; } \
  | cksum | cut -d' ' -f1)
ARCHIVE="$CDS_DIR/app-$build.jsa"
if [ -f "$ARCHIVE" ]; then
  # shellcheck disable=SC2086
  exec java -XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto ${JAVA_OPTS:-} -jar "$JAR"
fi
rm -f "$CDS_DIR"/app-*.jsa "$CDS_DIR"/app-*.jsa.part
echo "start.sh: no class-data archive for this build yet: this run writes $ARCHIVE when it stops" >&2
# the JVM writes the archive as it exits; it is renamed only once complete, so a run killed while writing it leaves no
# archive behind (the next start trains again). The shell stays to do that, passing on the signals that stop the app.
# shellcheck disable=SC2086
java -XX:ArchiveClassesAtExit="$ARCHIVE.part" -Xlog:cds*=error ${JAVA_OPTS:-} -jar "$JAR" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT HUP
status=0
wait "$pid" || status=$?
while kill -0 "$pid" 2>/dev/null; do # wait returned for a signal: wait on for the JVM to finish
  status=0
  wait "$pid" || status=$?
done
if [ -s "$ARCHIVE.part" ]; then
  mv "$ARCHIVE.part" "$ARCHIVE"
fi
exit "$status"
