// Signature stub of jenkins.YesNoMaybe, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/YesNoMaybe.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins;

public enum YesNoMaybe {
  YES,
  NO,
  MAYBE
}
