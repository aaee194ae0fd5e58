// Signature stub of jenkins.model.queue.ITask, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/queue/ITask.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model.queue;

import jenkins.model.FullyNamedModelObject;

public interface ITask extends FullyNamedModelObject {}
