# Sourced by ./mvnw (sps-backlinks addition, not part of the Maven Wrapper).
# The NiFi 2 modules need JDK 21+, and not only to compile: nifi-nar-maven-plugin is itself Java 21
# bytecode, so Maven has to run on 21+ (toolchains cannot help). When the java in use is older, use
# the newest JDK 21+ installed in the usual places. If there is none, nothing changes here: the core,
# sandbox, gate and cli modules build on 17, and build-support/jdk-check fails the full build at once.

sps_java_major() { # $1 = JDK home; prints the feature version
  _v=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/release" 2>/dev/null)
  [ -n "$_v" ] || _v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  _v=${_v#1.}
  printf %s\\n "${_v%%[!0-9]*}"
}

sps_select_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then _home=$JAVA_HOME
  else
    _java=$(command -v java 2>/dev/null) || return 0
    _java=$(readlink -f "$_java" 2>/dev/null || printf %s "$_java")
    _home=${_java%/bin/java}
  fi
  _have=$(sps_java_major "$_home")
  [ "${_have:-0}" -ge 21 ] 2>/dev/null && return 0
  _best= _best_v=0
  set +f
  for _d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.asdf/installs/java/*; do
    [ -x "$_d/bin/javac" ] || continue
    _v=$(sps_java_major "$_d")
    if [ "${_v:-0}" -gt "$_best_v" ] 2>/dev/null; then _best=$_d _best_v=$_v; fi
  done
  set -f
  if [ "$_best_v" -ge 21 ]; then
    echo "mvnw: using JDK $_best_v at $_best (the java in use is ${_have:-unknown}; the NiFi modules need 21+)" >&2
    JAVA_HOME=$_best
    export JAVA_HOME
  fi
}

sps_select_jdk
