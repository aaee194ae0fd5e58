// Signature stub of org.jenkinsci.plugins.workflow.job.WorkflowRun, read from
// jenkinsci/workflow-job-plugin@cef6baeff0cc
// src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowRun.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.job;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import java.io.IOException;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.scm.RunWithSCM;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun>
    implements FlowExecutionOwner.Executable,
        LazyBuildMixIn.LazyLoadingRun<WorkflowJob, WorkflowRun>,
        RunWithSCM<WorkflowJob, WorkflowRun> {
  public WorkflowRun(WorkflowJob job) throws IOException {
    super(job);
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void run() {
    throw new UnsupportedOperationException("stub");
  }

  public @CheckForNull FlowExecution getExecution() {
    throw new UnsupportedOperationException("stub");
  }
}
