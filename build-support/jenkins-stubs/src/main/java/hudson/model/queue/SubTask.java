// Signature stub of hudson.model.queue.SubTask, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/queue/SubTask.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model.queue;

import hudson.model.ResourceActivity;
import jenkins.model.queue.ITask;

public interface SubTask extends ResourceActivity, ITask {}
