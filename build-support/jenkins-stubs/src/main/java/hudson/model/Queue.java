// Signature stub of hudson.model.Queue, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Queue.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.model.queue.SubTask;
import jenkins.console.WithConsoleUrl;
import jenkins.model.FullyNamedModelObject;

public class Queue extends ResourceController implements Saveable {
  private Queue() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void save() {
    throw new UnsupportedOperationException("stub");
  }

  public interface Task extends FullyNamedModelObject, SubTask {}

  public interface Executable extends Runnable, WithConsoleUrl {}
}
