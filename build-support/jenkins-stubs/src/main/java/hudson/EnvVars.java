// Signature stub of hudson.EnvVars, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/EnvVars.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson;

import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {}
