// Signature stub of org.jenkinsci.plugins.workflow.job.WorkflowJob, read from
// jenkinsci/workflow-job-plugin@cef6baeff0cc
// src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowJob.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.job;

import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.TopLevelItem;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.model.lazy.LazyBuildMixIn;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun>
    implements LazyBuildMixIn.LazyLoadingJob<WorkflowJob, WorkflowRun>,
        ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun>,
        TopLevelItem {
  public WorkflowJob(ItemGroup parent, String name) {
    super(parent, name);
    throw new UnsupportedOperationException("stub");
  }

  public void setDefinition(FlowDefinition definition) {
    throw new UnsupportedOperationException("stub");
  }
}
