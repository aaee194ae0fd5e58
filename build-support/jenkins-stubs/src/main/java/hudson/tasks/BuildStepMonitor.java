// Signature stub of hudson.tasks.BuildStepMonitor, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/tasks/BuildStepMonitor.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.tasks;

public enum BuildStepMonitor {
  NONE,
  STEP,
  BUILD
}
