// Signature stub of jenkins.model.ParameterizedJobMixIn, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/model/ParameterizedJobMixIn.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import hudson.model.BuildableItem;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import jenkins.triggers.TriggeredItem;

public abstract class ParameterizedJobMixIn<
    JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
    RunT extends Run<JobT, RunT> & Queue.Executable> {
  public interface ParameterizedJob<
          JobT extends
              Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
          RunT extends Run<JobT, RunT> & Queue.Executable>
      extends BuildableItem, TriggeredItem {}
}
