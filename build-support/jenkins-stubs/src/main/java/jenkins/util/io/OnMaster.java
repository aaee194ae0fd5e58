// Signature stub of jenkins.util.io.OnMaster, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/util/io/OnMaster.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.util.io;

public interface OnMaster {}
